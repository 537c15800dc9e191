#include <bedrock/application_profile_alpha.hpp>
#include <bedrock/application_profile_alpha.hpp>  // include guard works

#include <bedrock_test/catch.hpp>
#include <bedrock_test/profiles.hpp>

#include <string>


namespace {

using bedrock_test::valid_profile;

} // namespace

TEST_CASE("check_alpha follows validateProps' order and messages", "[application_profile]") {
    auto p = valid_profile();
    CHECK_FALSE(bedrock::check_alpha(p).has_value());
    p.description = "";  // skipped by alpha
    CHECK_FALSE(bedrock::check_alpha(p).has_value());
    p.description = std::string(201, 'a');
    CHECK(bedrock::check_alpha(p)->message == "description cannot exceed 200 characters");
    p.description = "bad,";
    CHECK(bedrock::check_alpha(p)->message == "description must match pattern ^([0-9a-zA-Z:.][ _-]?)+$");
    p.name = "";
    CHECK(bedrock::check_alpha(p)->message == "applicationInferenceProfileName is required and cannot be empty");
    p.name = std::string(65, 'x');
    CHECK(bedrock::check_alpha(p)->message == "applicationInferenceProfileName cannot exceed 64 characters");
    // 64 UTF-16 units: 32 characters outside the BMP are 64 units (and 128 bytes)
    std::string astral;
    for (int i = 0; i < 32; ++i) astral += "\xf0\x9f\x98\x80";
    p.name = astral;
    CHECK(bedrock::check_alpha(p)->rule == "ProfileNameInvalidPattern");
    p.name = astral + "\xf0\x9f\x98\x80";
    CHECK(bedrock::check_alpha(p)->rule == "ProfileNameTooLong");
    p.name = "ok";
    p.description.reset();
    p.source = {};
    CHECK(bedrock::check_alpha(p)->rule == "ModelSourceRequired");
}
