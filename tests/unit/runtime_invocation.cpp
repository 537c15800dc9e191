#include <bedrock/runtime_invocation.hpp>
#include <bedrock/runtime_invocation.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <string_view>

using bedrock::runtime_operation;

TEST_CASE("runtime operations: names and paths", "[runtime_invocation]") {
    static_assert(bedrock::to_string(runtime_operation::invoke_model) == "InvokeModel");
    static_assert(bedrock::binding(runtime_operation::invoke_model).request_uri == "/model/{modelId}/invoke");
    static_assert(bedrock::binding(runtime_operation::invoke_model_with_response_stream).request_uri ==
                  "/model/{modelId}/invoke-with-response-stream");
    static_assert(bedrock::binding(runtime_operation::converse).request_uri == "/model/{modelId}/converse");
    static_assert(bedrock::binding(runtime_operation::converse_stream).request_uri == "/model/{modelId}/converse-stream");
    for (auto op : {runtime_operation::invoke_model, runtime_operation::invoke_model_with_response_stream,
                    runtime_operation::converse, runtime_operation::converse_stream})
        CHECK(bedrock::parse_runtime_operation(bedrock::to_string(op)) == op);
    CHECK_FALSE(bedrock::parse_runtime_operation("invokeModel"));
    CHECK(bedrock::to_string(static_cast<runtime_operation>(9)) == "unknown");
}

TEST_CASE("every identifier kind the runtime accepts becomes one encoded path segment", "[runtime_invocation]") {
    auto [id, kind, encoded] = GENERATE(table<std::string_view, bedrock::identifier_kind, std::string_view>({
        {"amazon.nova-pro-v1:0", bedrock::identifier_kind::foundation_model_id, "amazon.nova-pro-v1%3A0"},
        {"us.anthropic.claude-3-5-sonnet-20241022-v2:0", bedrock::identifier_kind::cross_region_profile_id,
         "us.anthropic.claude-3-5-sonnet-20241022-v2%3A0"},
        {"a1b2c3d4e5f6", bedrock::identifier_kind::application_profile_id, "a1b2c3d4e5f6"},
        {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fa1b2c3d4e5f6"},
        {"arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aeu-west-1%3A123456789012%3Ainference-profile%2Feu.amazon.nova-pro-v1%3A0"},
        {"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Adefault-prompt-router%2Fanthropic.claude%3A1"},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprompt-router%2Fabcdef012345"},
        {"arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan/abcdefghijkl", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Acustom-model%2Famazon.titan%2Fabcdefghijkl"},
        {"arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdefghijkl", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aimported-model%2Fabcdefghijkl"},
        {"arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprovisioned-model%2Fabcdefghijkl"},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt/ABCDEFGHIJ:3", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprompt%2FABCDEFGHIJ%3A3"},
        {"arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Asagemaker%3Aus-east-1%3A123456789012%3Aendpoint%2Fmy-endpoint"},
        {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", bedrock::identifier_kind::arn,
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.nova-pro-v1%3A0"},
    }));
    CAPTURE(id);
    auto t = bedrock::invocation_target::parse(id);
    REQUIRE(t);
    CHECK(bedrock::classify(*t).kind == kind);
    auto const r = bedrock::runtime_request(runtime_operation::invoke_model_with_response_stream, *t);
    CHECK(r.path == "/model/" + std::string(encoded) + "/invoke-with-response-stream");
    CHECK(r.path.find('/', 7) == 7 + encoded.size()); // the identifier is one segment
    CHECK(r.method == bedrock::http_method::post);
    CHECK(r.success_status == 200);
    CHECK_FALSE(r.body);
}

TEST_CASE("which foundation model a cross-region profile invokes, from the catalog", "[runtime_invocation]") {
    constexpr bedrock::profile_id eu{"eu.amazon.nova-pro-v1:0"};
    auto c = bedrock::invoked_by(eu);
    REQUIRE(c);
    CHECK(c->model().id == "amazon.nova-pro-v1:0");
    CHECK(c->geo_region() == bedrock::geo::eu);
    auto arns = bedrock::invoked_model_arns(eu);
    REQUIRE(arns);
    REQUIRE(arns->size() == bedrock::destination_regions(bedrock::geo::eu).size());
    for (std::size_t i = 0; i < arns->size(); ++i)
        CHECK((*arns)[i] == "arn:aws:bedrock:" + std::string(bedrock::destination_regions(bedrock::geo::eu)[i]) +
                                "::foundation-model/amazon.nova-pro-v1:0");

    constexpr bedrock::profile_id gov{"us-gov.anthropic.claude-3-haiku-20240307-v1:0"};
    auto g = bedrock::invoked_model_arns(gov);
    REQUIRE(g);
    REQUIRE_FALSE(g->empty());
    CHECK(g->front().rfind("arn:aws-us-gov:bedrock:us-gov-", 0) == 0);

    auto unknown = bedrock::parse_profile_id("us.example.not-a-model-v1:0");
    REQUIRE(unknown);
    auto u = bedrock::invoked_by(*unknown);
    REQUIRE_FALSE(u);
    CHECK(u.error().code == bedrock::errc::unknown_model);
    CHECK(u.error().offset == 3);
    CHECK(bedrock::invoked_model_arns(*unknown).error().code == bedrock::errc::unknown_model);
}

TEST_CASE("runtime_invocation.hpp doc examples", "[runtime_invocation]") {
    // javadoc
    static_assert(bedrock::binding(bedrock::runtime_operation::converse).request_uri == "/model/{modelId}/converse");
    {
        constexpr bedrock::invocation_target t{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"};
        static_assert(bedrock::classify(t).kind == bedrock::identifier_kind::arn);
    }
    {
        constexpr bedrock::invocation_target t{"us.anthropic.claude-3-5-sonnet-20241022-v2:0"};
        assert(bedrock::runtime_request(bedrock::runtime_operation::converse, t).path ==
               "/model/us.anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse");
        CHECK(bedrock::runtime_request(bedrock::runtime_operation::converse, t).path ==
              "/model/us.anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse");
    }
    {
        auto r = bedrock::make_runtime_request(bedrock::runtime_operation::invoke_model, "anthropic claude");
        assert(!r && r.error().pointer == "/modelId");
        CHECK(r.error().pointer == "/modelId");
    }
    {
        constexpr bedrock::profile_id p{"eu.amazon.nova-pro-v1:0"};
        auto c = bedrock::invoked_by(p);
        assert(c && c->model().id == "amazon.nova-pro-v1:0");
        CHECK(c->model().id == "amazon.nova-pro-v1:0");
    }
}
