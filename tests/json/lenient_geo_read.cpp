// Issue 10, point 1: a GetInferenceProfile / ListInferenceProfiles response read in the default (natural,
// lenient) mode keeps a profile whose geo the library does not recognise, its id and ARN as the strings they
// were; a strict read refuses them as parse_profile_id and parse_bedrock_arn do.
#include <bedrock/json/api.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

namespace {

std::string lenient_geo_summary(std::string_view id, std::string_view arn_id) {
    return R"({"inferenceProfileName":"n","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/)" +
           std::string(arn_id) + R"(","inferenceProfileId":")" + std::string(id) +
           R"(","status":"ACTIVE","type":"SYSTEM_DEFINED","models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}]})";
}

} // namespace

TEST_CASE("lenient geo read: a response keeps an unrecognised geo; a strict read refuses it", "[json][lenient_geo]") {
    constexpr std::string_view id = "zz.amazon.nova-pro-v1:0";
    auto const text = lenient_geo_summary(id, id);
    auto const natural = bedrock::parse_document<bedrock::inference_profile_summary>(text);
    REQUIRE(natural);
    CHECK(natural->inference_profile_id == id);
    CHECK(natural->inference_profile_arn == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0");
    auto const page = bedrock::parse_document<bedrock::list_inference_profiles_response>(
        R"({"inferenceProfileSummaries":[)" + text + "]}");
    REQUIRE(page);
    REQUIRE(page->inference_profile_summaries);
    CHECK(page->inference_profile_summaries->at(0).inference_profile_id == id);
    // written back unchanged
    CHECK(bedrock::serialize_document(*natural).find(R"("inferenceProfileId":"zz.amazon.nova-pro-v1:0")") != std::string::npos);

    auto const strict = bedrock::parse_document<bedrock::inference_profile_summary>(text, bedrock::read_mode::strict);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().code == bedrock::json_errc::invalid_value);
    CHECK(strict.error().pointer == "/inferenceProfileArn");
    CHECK(strict.error().value_error.code == bedrock::errc::unknown_geo);
    // the id alone (with a known-geo ARN): the strict read names the id
    auto const id_only = bedrock::parse_document<bedrock::inference_profile_summary>(
        lenient_geo_summary(id, "us.amazon.nova-pro-v1:0"), bedrock::read_mode::strict);
    REQUIRE_FALSE(id_only);
    CHECK(id_only.error().pointer == "/inferenceProfileId");
    CHECK(id_only.error().value_error.code == bedrock::errc::unknown_geo);
    CHECK(id_only.error().value_error.offset == 0);
}

TEST_CASE("lenient geo read: what is no profile id is refused in every mode", "[json][lenient_geo]") {
    struct row {
        std::string_view id;
        std::string_view pointer;
    };
    constexpr row rows[] = {
        {"zz.Amazon.nova-pro-v1:0", "/inferenceProfileArn"}, // an invalid model id after the unrecognised geo
        {"ZZ.amazon.nova-pro-v1:0", "/inferenceProfileArn"}, // uppercase is no geo
        {"abcdefg.amazon.nova-pro-v1:0", "/inferenceProfileArn"}, // too long for a geo
        {"zz.us.amazon.nova-pro-v1:0", "/inferenceProfileArn"},   // the model id names a geo
    };
    for (auto const& r : rows) {
        CAPTURE(r.id);
        for (auto const mode : {bedrock::read_mode::natural, bedrock::read_mode::strict}) {
            auto const doc = bedrock::parse_document<bedrock::inference_profile_summary>(lenient_geo_summary(r.id, r.id), mode);
            REQUIRE_FALSE(doc);
            CHECK(doc.error().pointer == r.pointer);
        }
        // with a valid ARN the id itself is refused
        auto const id_only = bedrock::parse_document<bedrock::inference_profile_summary>(
            lenient_geo_summary(r.id, "us.amazon.nova-pro-v1:0"));
        REQUIRE_FALSE(id_only);
        CHECK(id_only.error().pointer == "/inferenceProfileId");
    }
}
