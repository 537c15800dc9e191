#include <bedrock/checked.hpp>
#include <bedrock/checked.hpp>  // include guard works

#include <bedrock/application_profile.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <type_traits>
#include <vector>

// javadoc (moved from the application_profile doc examples)
TEST_CASE("checked.hpp doc examples compile", "[checked]") {
    bedrock::application_profile q;
    auto r = bedrock::make_cfn_resource(q);
    CHECK((!r && r.error().size() == 2));
}

TEST_CASE("checked<T>: value() throws validation_error, which names the first violation and keeps them all", "[checked]") {
    static_assert(std::is_same_v<bedrock::checked<int>, bedrock::result<int, std::vector<bedrock::profile_violation>>>);
    std::vector<bedrock::profile_violation> const v{
        {bedrock::errc::empty, "/inferenceProfileName", 0, "a name is required", bedrock::service_rule},
        {bedrock::errc::too_long, "/description", 200, "too long", bedrock::service_rule}};
    bedrock::checked<int> bad = v;
    REQUIRE_FALSE(bad);
    try {
        (void)bad.value();
        FAIL("value() of a checked<T> without a value returned");
    } catch (bedrock::validation_error const& e) {
        CHECK(std::string(e.what()) == "/inferenceProfileName: a name is required");
        CHECK(e.violations() == v);
    }
    CHECK(std::string(bedrock::validation_error({}).what()) == "invalid application profile");
    bedrock::checked<int> good = 7;
    CHECK(good.value() == 7);
}
