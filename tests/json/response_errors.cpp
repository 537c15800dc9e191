// Malformed responses of the operations whose readers tests/json/requests.cpp and the invalid fixtures do not
// reach: CreateInferenceProfile, GetFoundationModel, ListFoundationModels, and the empty outputs read as a
// document: each error with its code and JSON Pointer (the CLI goldens inspect-operation-*-malformed show the
// same errors as `inspect` prints them).
#include <bedrock/json/requests.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/document_errors.hpp>

#include <string>
#include <string_view>

namespace {

constexpr std::string_view ai_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";

} // namespace

TEST_CASE("malformed CreateInferenceProfile responses", "[json][responses]") {
    using C = bedrock::create_inference_profile_response;
    using E = bedrock::json_errc;
    auto const ok = bedrock::parse_document<C>(R"({"inferenceProfileArn":")" + std::string(ai_arn) + R"(","status":"ACTIVE"})");
    REQUIRE(ok);
    CHECK(ok->status == bedrock::inference_profile_status::active);
    bedrock_test::check_document_error<C>(R"({"status":"ACTIVE"})", E::missing_member, "/inferenceProfileArn");
    bedrock_test::check_document_error<C>(R"({"inferenceProfileArn":")" + std::string(ai_arn) + R"(","status":"CREATING"})", E::unknown_enum_value, "/status");
    bedrock_test::check_document_error<C>(R"({"inferenceProfileArn":")" + std::string(ai_arn) + R"(","status":1})", E::wrong_type, "/status");
    bedrock_test::check_document_error<C>(R"({"inferenceProfileArn":"arn:aws:s3:::bucket"})", E::invalid_value, "/inferenceProfileArn");
    bedrock_test::check_document_error<C>(R"({"inferenceProfileArn":null})", E::missing_member, "/inferenceProfileArn"); // null is absent
    bedrock_test::check_document_error<C>("[]", E::wrong_type, "");
}

TEST_CASE("malformed GetFoundationModel and ListFoundationModels responses", "[json][responses]") {
    using G = bedrock::get_foundation_model_response;
    using L = bedrock::list_foundation_models_response;
    using E = bedrock::json_errc;
    std::string const arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
    std::string const id = R"("modelId":"amazon.nova-pro-v1:0")";
    REQUIRE(bedrock::parse_document<G>(R"({"modelDetails":{"modelArn":")" + arn + R"(",)" + id + "}}"));
    bedrock_test::check_document_error<G>(R"({"modelDetails":{"modelArn":")" + arn + R"("}})", E::missing_member, "/modelDetails/modelId");
    bedrock_test::check_document_error<G>(R"({"modelDetails":{)" + id + "}}", E::missing_member, "/modelDetails/modelArn");
    bedrock_test::check_document_error<G>(R"({"modelDetails":[]})", E::wrong_type, "/modelDetails");
    bedrock_test::check_document_error<G>(R"({"modelDetails":{"modelArn":")" + arn + R"(",)" + id + R"(,"responseStreamingSupported":"yes"}})", E::wrong_type,
                   "/modelDetails/responseStreamingSupported");
    bedrock_test::check_document_error<G>(R"({"modelDetails":{"modelArn":")" + arn + R"(",)" + id + R"(,"modelLifecycle":{}}})", E::missing_member,
                   "/modelDetails/modelLifecycle/status");
    bedrock_test::check_document_error<L>(R"({"modelSummaries":[{"modelArn":")" + arn + R"(",)" + id + R"(},{"modelArn":")" + arn + R"(",)" + id +
                       R"(,"modelLifecycle":{"status":"RETIRED"}}]})",
                   E::unknown_enum_value, "/modelSummaries/1/modelLifecycle/status");
    bedrock_test::check_document_error<L>(R"({"modelSummaries":[{"modelArn":")" + arn + R"(",)" + id + R"(,"inputModalities":[7]}]})", E::wrong_type,
                   "/modelSummaries/0/inputModalities/0");
    bedrock_test::check_document_error<L>(R"({"modelSummaries":{}})", E::wrong_type, "/modelSummaries");
}

TEST_CASE("malformed empty outputs: only an object (or nothing) is an empty output", "[json][responses]") {
    using E = bedrock::json_errc;
    for (std::string_view bad : {"null", "[]", "\"\"", "0"}) {
        CAPTURE(bad);
        auto const r = bedrock::parse_empty_response(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == E::wrong_type);
        CHECK(r.error().pointer == "");
    }
    auto const t = bedrock::parse_empty_response(R"({"requestId":"1"} x)");
    REQUIRE_FALSE(t);
    CHECK(t.error().code == E::trailing_garbage);
    CHECK(t.error().offset == 18);
}
