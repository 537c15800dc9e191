// The JSON side of the typed requests: every body against the service model's member names, every response
// read with unknown members skipped and written back in both forms, every malformed response with its
// pointer, empty outputs, page_of, and the models a GetInferenceProfile response says a profile invokes.
#include <bedrock/json/requests.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/document_errors.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view app_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";
constexpr std::string_view haiku_arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
constexpr std::string_view sonnet = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0";

template <class T>
void text_round_trip(T const& x) {
    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        std::string const text = bedrock::serialize_document(x, form);
        CAPTURE(text);
        auto r = bedrock::parse_document<T>(text);
        INFO((r ? std::string() : r.error().message));
        REQUIRE(r.has_value());
        CHECK(*r == x);
        CHECK(bedrock::serialize_document(*r, form) == text);
    }
}

} // namespace

TEST_CASE("bodies: every operation with body members writes the model's member names in its order", "[json][requests]") {
    using namespace bedrock::requests;
    SECTION("CreateInferenceProfile") {
        auto r = create_inference_profile::make({.inference_profile_name = "support-chatbot",
                                                 .description = "Cost tracking",
                                                 .client_request_token = "a-1",
                                                 .copy_from = haiku_arn,
                                                 .tags = std::vector<bedrock::tag>{{"team", "support"}}});
        REQUIRE(r);
        auto const h = bedrock::to_http_request_with_body(*r);
        CHECK(h.path == "/inference-profiles");
        CHECK(h.body == R"({"inferenceProfileName":"support-chatbot","description":"Cost tracking","clientRequestToken":"a-1",)"
                        R"("modelSource":{"copyFrom":")" + std::string(haiku_arn) + R"("},"tags":[{"key":"team","value":"support"}]})");
        auto back = bedrock::parse_document<bedrock::create_inference_profile_request>(*h.body);
        REQUIRE(back);
        CHECK(*back == to_body(*r));
    }
    SECTION("CreatePromptRouter: routingCriteria as a JSON number, fallbackModel and models as objects") {
        auto r = create_prompt_router::make({.prompt_router_name = "support-router",
                                             .models = {haiku_arn, sonnet},
                                             .response_quality_difference = 25,
                                             .fallback_model = haiku_arn});
        REQUIRE(r);
        auto const h = bedrock::to_http_request_with_body(*r);
        CHECK(h.path == "/prompt-routers");
        CHECK(h.body == R"({"promptRouterName":"support-router","models":[{"modelArn":")" + std::string(haiku_arn) +
                            R"("},{"modelArn":")" + std::string(sonnet) +
                            R"("}],"routingCriteria":{"responseQualityDifference":25.0},"fallbackModel":{"modelArn":")" +
                            std::string(haiku_arn) + R"("}})");
        auto half = create_prompt_router::make({.prompt_router_name = "r",
                                                .models = {haiku_arn},
                                                .response_quality_difference = 12.5,
                                                .fallback_model = haiku_arn});
        REQUIRE(half);
        auto const hb = bedrock::to_http_request_with_body(*half).body.value();
        CAPTURE(hb);
        CHECK(hb.find(R"("responseQualityDifference":12.5})") != std::string::npos);
        auto back = bedrock::parse_document<bedrock::create_prompt_router_request>(hb);
        REQUIRE(back);
        CHECK(back->routing_criteria.response_quality_difference == 12.5);
    }
    SECTION("TagResource, UntagResource, ListTagsForResource: resourceARN with a capital ARN") {
        auto t = tag_resource::make({.resource_arn = app_arn, .tags = {{"team", "support"}, {"env", ""}}});
        REQUIRE(t);
        CHECK(bedrock::to_http_request_with_body(*t).body ==
              R"({"resourceARN":")" + std::string(app_arn) + R"(","tags":[{"key":"team","value":"support"},{"key":"env","value":""}]})");
        auto u = untag_resource::make({.resource_arn = app_arn, .tag_keys = {"team", "env"}});
        REQUIRE(u);
        CHECK(bedrock::to_http_request_with_body(*u).body == R"({"resourceARN":")" + std::string(app_arn) + R"(","tagKeys":["team","env"]})");
        auto l = list_tags_for_resource::make({app_arn});
        REQUIRE(l);
        auto const h = bedrock::to_http_request_with_body(*l);
        CHECK(h.method == bedrock::http_method::post);
        CHECK(h.path == "/listTagsForResource");
        CHECK(h.body == R"({"resourceARN":")" + std::string(app_arn) + R"("})");
        auto back = bedrock::parse_document<bedrock::tag_resource_request>(*bedrock::to_http_request_with_body(*t).body);
        REQUIRE(back);
        CHECK(*back == to_body(*t));
    }
    SECTION("operations without body members have no body") {
        auto g = get_inference_profile::make({"us.amazon.nova-pro-v1:0"});
        REQUIRE(g);
        CHECK_FALSE(bedrock::to_http_request_with_body(*g).body);
        auto d = delete_prompt_router::make({"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345"});
        REQUIRE(d);
        CHECK_FALSE(bedrock::to_http_request_with_body(*d).body);
        auto lp = list_inference_profiles::make({.max_results = 10});
        REQUIRE(lp);
        auto const h = bedrock::to_http_request_with_body(*lp);
        CHECK_FALSE(h.body);
        CHECK(h.path == "/inference-profiles");
    }
}

TEST_CASE("responses: prompt routers, tags and CreatePromptRouter are read (unknown members skipped) and written back", "[json][requests]") {
    std::string const summary = R"({"promptRouterName":"Claude Prompt Router","routingCriteria":{"responseQualityDifference":0.5,"future":1},)"
                                R"("description":"Routes between Claude models","createdAt":"2025-01-10T12:00:00Z","updatedAt":"2025-01-11T12:00:00Z",)"
                                R"("promptRouterArn":"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",)"
                                R"("models":[{"modelArn":")" + std::string(haiku_arn) + R"("},{"modelArn":")" + std::string(sonnet) + R"("}],)"
                                R"("fallbackModel":{"modelArn":")" + std::string(haiku_arn) + R"("},"status":"AVAILABLE","type":"default","newMember":[1,2]})";
    auto s = bedrock::parse_document<bedrock::get_prompt_router_response>(summary);
    INFO((s ? std::string() : s.error().message));
    REQUIRE(s);
    CHECK(s->prompt_router_name == "Claude Prompt Router");
    CHECK(s->routing_criteria.response_quality_difference == 0.5);
    CHECK(s->fallback_model.model_arn == haiku_arn);
    REQUIRE(s->models.size() == 2);
    CHECK(s->models[1].model_arn == sonnet);
    CHECK(s->status == bedrock::prompt_router_status::available);
    CHECK(s->type == bedrock::prompt_router_type::default_);
    text_round_trip(*s);
    CHECK(bedrock::serialize_document(*s).find("newMember") == std::string::npos);
    std::string const cli = bedrock::serialize_document(*s, bedrock::json_output::cli);
    CHECK(cli.find("\n    \"promptRouterName\": \"Claude Prompt Router\",\n") != std::string::npos);

    auto list = bedrock::parse_document<bedrock::list_prompt_routers_response>(R"({"promptRouterSummaries":[)" + summary + R"(],"nextToken":"abc"})");
    REQUIRE(list);
    REQUIRE(list->prompt_router_summaries);
    CHECK(list->prompt_router_summaries->front() == *s);
    text_round_trip(*list);
    auto page = bedrock::page_of(*list);
    CHECK(page.items.size() == 1);
    CHECK(page.next_token == "abc");
    CHECK(bedrock::page_of(bedrock::list_prompt_routers_response{}).items.empty());

    auto tags = bedrock::parse_document<bedrock::list_tags_for_resource_response>(R"({"tags":[{"key":"team","value":"support"}],"x":0})");
    REQUIRE(tags);
    CHECK(tags->tags == std::vector<bedrock::tag>{{"team", "support"}});
    text_round_trip(*tags);
    auto no_tags = bedrock::parse_document<bedrock::list_tags_for_resource_response>("{}");
    REQUIRE(no_tags);
    CHECK_FALSE(no_tags->tags);

    auto created = bedrock::parse_document<bedrock::create_prompt_router_response>(
        R"({"promptRouterArn":"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345"})");
    REQUIRE(created);
    CHECK(created->prompt_router_arn == "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345");
    text_round_trip(*created);
}

TEST_CASE("responses: ListInferenceProfiles pages feed the paginator", "[json][requests]") {
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(
        R"({"inferenceProfileSummaries":[{"inferenceProfileName":"chatbot","inferenceProfileArn":")" + std::string(app_arn) +
        R"(","models":[{"modelArn":")" + std::string(haiku_arn) +
        R"("}],"inferenceProfileId":"a1b2c3d4e5f6","status":"ACTIVE","type":"APPLICATION"}],"nextToken":"t1"})");
    REQUIRE(r);
    auto p = bedrock::page_of(*r);
    REQUIRE(p.items.size() == 1);
    CHECK(p.items[0].inference_profile_id == "a1b2c3d4e5f6");
    CHECK(p.next_token == "t1");
    auto last = bedrock::page_of(bedrock::list_inference_profiles_response{});
    CHECK(last.items.empty());
    CHECK_FALSE(last.next_token);
}

TEST_CASE("empty outputs: an empty body or any object", "[json][requests]") {
    for (std::string_view ok : {"", " \r\n\t", "{}", R"({"requestId":"x"})", " {} "}) {
        CAPTURE(ok);
        CHECK(bedrock::parse_empty_response(ok));
    }
    auto const a = bedrock::parse_empty_response("[]");
    REQUIRE_FALSE(a);
    CHECK(a.error().code == bedrock::json_errc::wrong_type);
    CHECK(a.error().pointer == "");
    auto const b = bedrock::parse_empty_response("{");
    REQUIRE_FALSE(b);
    CHECK(b.error().code == bedrock::json_errc::incomplete);
    auto const c = bedrock::parse_empty_response("null");
    REQUIRE_FALSE(c);
    auto const d = bedrock::parse_empty_response("{} x");
    REQUIRE_FALSE(d);
    CHECK(d.error().code == bedrock::json_errc::trailing_garbage);
}

TEST_CASE("malformed responses and bodies: each error with its pointer", "[json][requests]") {
    using E = bedrock::json_errc;
    std::string const fb = R"("fallbackModel":{"modelArn":")" + std::string(haiku_arn) + R"("})";
    std::string const ms = R"("models":[{"modelArn":")" + std::string(haiku_arn) + R"("}])";
    std::string const arn = R"("promptRouterArn":"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345")";
    std::string const rc = R"("routingCriteria":{"responseQualityDifference":5})";
    std::string const tail = R"("status":"AVAILABLE","type":"custom")";
    auto summary = [&](std::string const& a, std::string const& b, std::string const& c, std::string const& d, std::string const& e) {
        std::string s = R"({"promptRouterName":"r")";
        for (auto const* part : {&a, &b, &c, &d, &e})
            if (!part->empty()) s += "," + *part;
        return s + "}";
    };
    REQUIRE(bedrock::parse_document<bedrock::prompt_router_summary>(summary(rc, arn, ms, fb, tail)));
    using S = bedrock::prompt_router_summary;
    bedrock_test::check_document_error<S>(summary("", arn, ms, fb, tail), E::missing_member, "/routingCriteria");
    bedrock_test::check_document_error<S>(summary(R"("routingCriteria":{})", arn, ms, fb, tail), E::missing_member, "/routingCriteria/responseQualityDifference");
    bedrock_test::check_document_error<S>(summary(R"("routingCriteria":{"responseQualityDifference":"5"})", arn, ms, fb, tail), E::wrong_type,
                       "/routingCriteria/responseQualityDifference");
    bedrock_test::check_document_error<S>(summary(rc, "", ms, fb, tail), E::missing_member, "/promptRouterArn");
    bedrock_test::check_document_error<S>(summary(rc, arn, "", fb, tail), E::missing_member, "/models");
    bedrock_test::check_document_error<S>(summary(rc, arn, R"("models":[])", fb, tail), E::too_few_items, "/models");
    bedrock_test::check_document_error<S>(summary(rc, arn, R"("models":[{}])", fb, tail), E::missing_member, "/models/0/modelArn");
    bedrock_test::check_document_error<S>(summary(rc, arn, R"("models":[{"modelArn":"arn:aws:s3:::bucket"}])", fb, tail), E::invalid_value, "/models/0/modelArn");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, "", tail), E::missing_member, "/fallbackModel");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, R"("fallbackModel":{"modelArn":7})", tail), E::wrong_type, "/fallbackModel/modelArn");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, fb, R"("status":"DELETING","type":"custom")"), E::unknown_enum_value, "/status");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, fb, R"("status":"AVAILABLE","type":"CUSTOM")"), E::unknown_enum_value, "/type");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, fb, R"("status":"AVAILABLE")"), E::missing_member, "/type");
    bedrock_test::check_document_error<S>(summary(rc, arn, ms, fb, tail + R"(,"createdAt":"yesterday")"), E::bad_timestamp, "/createdAt");

    using L = bedrock::list_prompt_routers_response;
    bedrock_test::check_document_error<L>(R"({"promptRouterSummaries":{}})", E::wrong_type, "/promptRouterSummaries");
    bedrock_test::check_document_error<L>(R"({"promptRouterSummaries":[{"promptRouterName":"r"}]})", E::missing_member, "/promptRouterSummaries/0/routingCriteria");
    bedrock_test::check_document_error<L>(R"({"nextToken":1})", E::wrong_type, "/nextToken");

    using T = bedrock::list_tags_for_resource_response;
    bedrock_test::check_document_error<T>(R"({"tags":[{"key":"team"}]})", E::missing_member, "/tags/0/value");
    bedrock_test::check_document_error<T>(R"({"tags":[{"key":"a","value":"b"},{"key":5,"value":"c"}]})", E::wrong_type, "/tags/1/key");
    bedrock_test::check_document_error<T>(R"({"tags":"team=support"})", E::wrong_type, "/tags");

    using C = bedrock::create_prompt_router_response;
    bedrock_test::check_document_error<C>(R"({"promptRouterArn":null,"x":1} junk)", E::trailing_garbage, "");
    bedrock_test::check_document_error<C>(R"({"promptRouterArn":["a"]})", E::wrong_type, "/promptRouterArn");

    // request bodies are strict: unknown members and bad members are named
    using TR = bedrock::tag_resource_request;
    bedrock_test::check_document_error<TR>(R"({"resourceArn":"x","tags":[]})", E::unknown_member, "/resourceArn");
    bedrock_test::check_document_error<TR>(R"({"resourceARN":"x"})", E::missing_member, "/tags");
    bedrock_test::check_document_error<TR>(R"({"resourceARN":"x","tags":[{"key":"bad\u0001key","value":""}]})", E::invalid_value, "/tags/0/key");
    using UR = bedrock::untag_resource_request;
    bedrock_test::check_document_error<UR>(R"({"resourceARN":"x","tagKeys":[1]})", E::wrong_type, "/tagKeys/0");
    using CR = bedrock::create_prompt_router_request;
    bedrock_test::check_document_error<CR>(R"({"promptRouterName":"r","models":[],"routingCriteria":{"responseQualityDifference":1},)" + fb + "}",
                        E::too_few_items, "/models");
    bedrock_test::check_document_error<CR>(R"({"promptRouterName":"bad name!","models":[{"modelArn":"a"}],"routingCriteria":{"responseQualityDifference":1},)" + fb + "}",
                        E::invalid_value, "/promptRouterName");
}

TEST_CASE("invoked_models: the foundation models of a GetInferenceProfile response", "[json][requests]") {
    auto g = bedrock::parse_document<bedrock::get_inference_profile_response>(
        R"({"inferenceProfileName":"Global Claude Sonnet 4","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0",)"
        R"("models":[{"modelArn":"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"},)"
        R"({"modelArn":"arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"}],)"
        R"("inferenceProfileId":"global.anthropic.claude-sonnet-4-20250514-v1:0","status":"ACTIVE","type":"SYSTEM_DEFINED"})");
    INFO((g ? std::string() : g.error().message));
    REQUIRE(g);
    auto m = bedrock::invoked_models(*g);
    REQUIRE(m);
    REQUIRE(m->size() == 2);
    CHECK((*m)[0].region.empty());
    CHECK((*m)[0].model_id == "anthropic.claude-sonnet-4-20250514-v1:0");
    CHECK((*m)[1].region == "us-west-2");
    CHECK((*m)[1].model_arn == "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0");

    bedrock::get_inference_profile_response bad = *g;
    bad.models[1].model_arn.reset();
    auto const missing = bedrock::invoked_models(bad);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == bedrock::json_errc::missing_member);
    CHECK(missing.error().pointer == "/models/1/modelArn");
    bad.models[1].model_arn = std::string(app_arn);
    auto const wrong = bedrock::invoked_models(bad);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == bedrock::json_errc::invalid_value);
    CHECK(wrong.error().pointer == "/models/1/modelArn");
    CHECK(wrong.error().value_error.code != bedrock::errc::ok);

    // javadoc (invoked_models)
    bedrock::get_inference_profile_response d;
    d.models = {{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}};
    auto dm = bedrock::invoked_models(d);
    REQUIRE(dm);
    CHECK(dm->at(0).model_id == "amazon.nova-pro-v1:0");
    CHECK(dm->at(0).region == "us-east-1");
}
