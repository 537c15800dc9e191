// Every typed request against the AWS service model: method, requestUri, responseCode, each member's location
// and wire name, and the request actually built (path with encoded labels, query names and values in the
// model's member order, body members nowhere else). The model is tests/data/bedrock-http-bindings.json,
// extracted from botocore by tools/extract_http_bindings.py.
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/runtime_invocation.hpp>
#include <bedrock/tagging_requests.hpp>

#include "mini_json.hpp"

#include <bedrock_test/catch.hpp>
#include <bedrock_test/sample_arns.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

mini_json::value const& model() {
    static mini_json::value const m = mini_json::read_file(BEDROCK_TEST_DATA_DIR "/bedrock-http-bindings.json");
    return m;
}

// An encoder written independently of bedrock::percent_encode: the SigV4 rule, byte by byte.
std::string oracle_encode(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        bool const keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '_' || c == '.' || c == '~';
        if (keep) {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

// The JSON input members of an operation, in the model's order.
std::vector<std::pair<std::string, mini_json::value const*>> members_in_order(mini_json::value const& op) {
    std::vector<std::pair<std::string, mini_json::value const*>> v;
    auto const& in = op["input"];
    for (std::size_t i = 0; i < in.keys.size(); ++i) v.emplace_back(in.keys[i], &in.values[i]);
    std::sort(v.begin(), v.end(), [](auto const& a, auto const& b) { return a.second->operator[]("index").n < b.second->operator[]("index").n; });
    return v;
}

/** Checks a binding and a request built with every member set.
    @param labels   uri member -> raw value given
    @param queries  querystring member -> raw value given (every querystring member of the model must be set) */
void check_operation(std::string_view service, bedrock::http_binding const& b, bedrock::http_request const& r,
                     std::map<std::string, std::string> const& labels, std::map<std::string, std::string> const& queries) {
    auto const& op = model()[service][b.operation];
    INFO("operation " << b.operation);

    // the binding
    CHECK(bedrock::to_string(b.method) == op["method"].s);
    CHECK(b.request_uri == op["requestUri"].s);
    CHECK(b.success_status == static_cast<int>(op["responseCode"].n));
    auto const members = members_in_order(op);
    REQUIRE(b.members.size() == members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        auto const& [name, m] = members[i];
        INFO("member " << name);
        CHECK(b.members[i].member == name);
        CHECK(bedrock::to_string(b.members[i].location) == (*m)["location"].s);
        CHECK(b.members[i].wire_name == (*m)["locationName"].s);
    }

    // the request
    CHECK(r.method == b.method);
    CHECK(r.success_status == b.success_status);
    std::string path = op["requestUri"].s;
    std::vector<std::string> expected_query;
    for (auto const& [name, m] : members) {
        auto const& location = (*m)["location"].s;
        auto const& wire = (*m)["locationName"].s;
        if (location == "uri") {
            REQUIRE(labels.count(name) == 1);
            auto const at = path.find("{" + wire + "}");
            REQUIRE(at != std::string::npos);
            path.replace(at, wire.size() + 2, oracle_encode(labels.at(name)));
        } else if (location == "querystring") {
            REQUIRE(queries.count(name) == 1);
            expected_query.push_back(wire + "=" + queries.at(name));
        } else {
            CHECK(location == "body"); // no operation here binds a header
            CHECK(labels.count(name) == 0);
            CHECK(queries.count(name) == 0);
        }
    }
    CHECK(r.path == path);
    CHECK(r.path.find('{') == std::string::npos);
    std::vector<std::string> got_query;
    for (auto const& q : r.query) got_query.push_back(q.name + "=" + q.value);
    CHECK(got_query == expected_query);
    // a body member never leaks into the query under its own or its wire name
    for (auto const& q : r.query) {
        auto const* mb = b.find(q.name);
        if (mb) CHECK(mb->location == bedrock::member_location::querystring);
    }
    CHECK_FALSE(r.body.has_value()); // bodies are written by the JSON layer
}

using bedrock_test::app_arn;
using bedrock_test::router_arn;
using bedrock_test::fm_arn;
constexpr std::string_view token = "eyJ2IjoxfQ==/+x";

} // namespace

TEST_CASE("the bindings file records where it comes from", "[http_bindings]") {
    auto const& src = model()["source"];
    CHECK(!src["botocore"].s.empty());
    CHECK(src["bedrock"]["serviceModel"].s == "data/bedrock/2023-04-20/service-2.json");
    CHECK(src["bedrock"]["protocol"].s == "rest-json");
    CHECK(src["bedrock-runtime"]["serviceModel"].s == "data/bedrock-runtime/2023-09-30/service-2.json");
    CHECK(model()["bedrock"].keys.size() == 13);
    CHECK(model()["bedrock-runtime"].keys.size() == 4);
}

TEST_CASE("CreateInferenceProfile matches the model", "[http_bindings]") {
    auto r = bedrock::requests::create_inference_profile::make({.inference_profile_name = "support-chatbot",
                                                                .description = "Cost tracking",
                                                                .client_request_token = "a-1",
                                                                .copy_from = fm_arn,
                                                                .tags = std::vector<bedrock::tag>{{"team", "support"}}});
    REQUIRE(r);
    check_operation("bedrock", bedrock::requests::create_inference_profile::binding, to_http_request(*r), {}, {});
    auto const body = to_body(*r);
    CHECK(body.inference_profile_name == "support-chatbot");
    CHECK(body.description == "Cost tracking");
    CHECK(body.client_request_token == "a-1");
    CHECK(body.model_source.copy_from == fm_arn);
    REQUIRE(body.tags);
    CHECK(*body.tags == std::vector<bedrock::tag>{{"team", "support"}});
    auto const minimal = bedrock::requests::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn});
    REQUIRE(minimal);
    auto const minimal_body = to_body(*minimal);
    CHECK_FALSE(minimal_body.description);
    CHECK_FALSE(minimal_body.client_request_token);
    CHECK_FALSE(minimal_body.tags);
}

TEST_CASE("Get/DeleteInferenceProfile match the model, with the identifier encoded", "[http_bindings]") {
    auto id = GENERATE(as<std::string_view>{}, "us.anthropic.claude-3-5-sonnet-20241022-v2:0", "a1b2c3d4e5f6", app_arn,
                       "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    CAPTURE(id);
    auto g = bedrock::requests::get_inference_profile::make({id});
    REQUIRE(g);
    check_operation("bedrock", bedrock::requests::get_inference_profile::binding, to_http_request(*g),
                    {{"inferenceProfileIdentifier", std::string(id)}}, {});
    auto d = bedrock::requests::delete_inference_profile::make({id});
    REQUIRE(d);
    check_operation("bedrock", bedrock::requests::delete_inference_profile::binding, to_http_request(*d),
                    {{"inferenceProfileIdentifier", std::string(id)}}, {});
}

TEST_CASE("ListInferenceProfiles matches the model: typeEquals goes out as `type`", "[http_bindings]") {
    auto r = bedrock::requests::list_inference_profiles::make({.max_results = 1000, .next_token = token, .type_equals = "SYSTEM_DEFINED"});
    REQUIRE(r);
    auto const h = to_http_request(*r);
    check_operation("bedrock", bedrock::requests::list_inference_profiles::binding, h, {},
                    {{"maxResults", "1000"}, {"nextToken", std::string(token)}, {"typeEquals", "SYSTEM_DEFINED"}});
    CHECK(bedrock::target(h) == "/inference-profiles?maxResults=1000&nextToken=eyJ2IjoxfQ%3D%3D%2F%2Bx&type=SYSTEM_DEFINED");
    CHECK(bedrock::target(h).find("typeEquals") == std::string::npos);
    // the model's enum is exactly the library's wire table
    auto const& e = model()["bedrock"]["ListInferenceProfiles"]["input"]["typeEquals"]["enum"].items;
    REQUIRE(e.size() == 2);
    CHECK(e[0].s == bedrock::to_string(bedrock::inference_profile_type::system_defined));
    CHECK(e[1].s == bedrock::to_string(bedrock::inference_profile_type::application));
    auto const& mr = model()["bedrock"]["ListInferenceProfiles"]["input"]["maxResults"];
    CHECK(mr["min"].n == bedrock::max_results::min);
    CHECK(mr["max"].n == bedrock::max_results::max);
    CHECK(bedrock::target(to_http_request(bedrock::requests::list_inference_profiles{})) == "/inference-profiles");
}

TEST_CASE("CreatePromptRouter matches the model", "[http_bindings]") {
    auto r = bedrock::requests::create_prompt_router::make({.client_request_token = "t0",
                                                            .prompt_router_name = "support-router",
                                                            .models = {fm_arn, app_arn},
                                                            .description = "Routes support prompts",
                                                            .response_quality_difference = 100,
                                                            .fallback_model = fm_arn,
                                                            .tags = std::vector<bedrock::tag>{{"team", "support"}}});
    REQUIRE(r);
    check_operation("bedrock", bedrock::requests::create_prompt_router::binding, to_http_request(*r), {}, {});
    CHECK(r->models.size() == 2);
    CHECK(r->response_quality_difference == 100);
    auto const& q = model()["bedrock"]["CreatePromptRouter"]["input"]["routingCriteria"];
    CHECK(q["shape"].s == "RoutingCriteria");
}

TEST_CASE("Get/DeletePromptRouter match the model, with the ARN encoded", "[http_bindings]") {
    auto arn = GENERATE(as<std::string_view>{}, router_arn, "arn:aws:bedrock:us-west-2:123456789012:prompt-router/abcdef012345");
    CAPTURE(arn);
    auto g = bedrock::requests::get_prompt_router::make({arn});
    REQUIRE(g);
    check_operation("bedrock", bedrock::requests::get_prompt_router::binding, to_http_request(*g),
                    {{"promptRouterArn", std::string(arn)}}, {});
    auto d = bedrock::requests::delete_prompt_router::make({arn});
    REQUIRE(d);
    check_operation("bedrock", bedrock::requests::delete_prompt_router::binding, to_http_request(*d),
                    {{"promptRouterArn", std::string(arn)}}, {});
}

TEST_CASE("ListPromptRouters matches the model", "[http_bindings]") {
    auto type = GENERATE(as<std::string_view>{}, "custom", "default");
    auto r = bedrock::requests::list_prompt_routers::make({.max_results = 1, .next_token = token, .type = type});
    REQUIRE(r);
    check_operation("bedrock", bedrock::requests::list_prompt_routers::binding, to_http_request(*r), {},
                    {{"maxResults", "1"}, {"nextToken", std::string(token)}, {"type", std::string(type)}});
    auto const& e = model()["bedrock"]["ListPromptRouters"]["input"]["type"]["enum"].items;
    REQUIRE(e.size() == 2);
    CHECK(e[0].s == bedrock::to_string(bedrock::prompt_router_type::custom));
    CHECK(e[1].s == bedrock::to_string(bedrock::prompt_router_type::default_));
}

TEST_CASE("ListFoundationModels matches the model, every filter and every enum value", "[http_bindings]") {
    auto r = bedrock::requests::list_foundation_models::make({.by_provider = "Meta Platforms",
                                                              .by_customization_type = "CONTINUED_PRE_TRAINING",
                                                              .by_output_modality = "EMBEDDING",
                                                              .by_inference_type = "PROVISIONED"});
    REQUIRE(r);
    auto const h = to_http_request(*r);
    check_operation("bedrock", bedrock::requests::list_foundation_models::binding, h, {},
                    {{"byProvider", "Meta Platforms"},
                     {"byCustomizationType", "CONTINUED_PRE_TRAINING"},
                     {"byOutputModality", "EMBEDDING"},
                     {"byInferenceType", "PROVISIONED"}});
    CHECK(bedrock::query_string(h).find("byProvider=Meta%20Platforms") == 0);

    auto const& in = model()["bedrock"]["ListFoundationModels"]["input"];
    for (auto const& v : in["byCustomizationType"]["enum"].items) {
        CAPTURE(v.s);
        auto x = bedrock::requests::list_foundation_models::make({.by_customization_type = v.s});
        REQUIRE(x);
        CHECK(to_string(*x->by_customization_type) == v.s);
    }
    for (auto const& v : in["byOutputModality"]["enum"].items) {
        CAPTURE(v.s);
        auto x = bedrock::requests::list_foundation_models::make({.by_output_modality = v.s});
        REQUIRE(x);
        CHECK(to_string(*x->by_output_modality) == v.s);
    }
    for (auto const& v : in["byInferenceType"]["enum"].items) {
        CAPTURE(v.s);
        auto x = bedrock::requests::list_foundation_models::make({.by_inference_type = v.s});
        REQUIRE(x);
        CHECK(to_string(*x->by_inference_type) == v.s);
    }
    CHECK(in["byCustomizationType"]["enum"].items.size() == 3);
    CHECK(in["byOutputModality"]["enum"].items.size() == 3);
    CHECK(in["byInferenceType"]["enum"].items.size() == 2);
}

TEST_CASE("GetFoundationModel matches the model, with the identifier encoded", "[http_bindings]") {
    auto id = GENERATE(as<std::string_view>{}, "anthropic.claude-3-5-sonnet-20241022-v2:0", fm_arn);
    CAPTURE(id);
    auto g = bedrock::requests::get_foundation_model::make({id});
    REQUIRE(g);
    check_operation("bedrock", bedrock::requests::get_foundation_model::binding, to_http_request(*g),
                    {{"modelIdentifier", std::string(id)}}, {});
}

TEST_CASE("TagResource, UntagResource, ListTagsForResource match the model: the ARN is in the body", "[http_bindings]") {
    auto t = bedrock::requests::tag_resource::make({.resource_arn = app_arn, .tags = {{"team", "support"}}});
    REQUIRE(t);
    check_operation("bedrock", bedrock::requests::tag_resource::binding, to_http_request(*t), {}, {});
    auto u = bedrock::requests::untag_resource::make({.resource_arn = app_arn, .tag_keys = {"team"}});
    REQUIRE(u);
    check_operation("bedrock", bedrock::requests::untag_resource::binding, to_http_request(*u), {}, {});
    auto l = bedrock::requests::list_tags_for_resource::make({.resource_arn = app_arn});
    REQUIRE(l);
    check_operation("bedrock", bedrock::requests::list_tags_for_resource::binding, to_http_request(*l), {}, {});
    auto const& tags = model()["bedrock"]["TagResource"]["input"]["tags"];
    CHECK(tags["max"].n == bedrock::max_tags);
    CHECK(model()["bedrock"]["UntagResource"]["input"]["tagKeys"]["max"].n == bedrock::max_tags);
}

TEST_CASE("runtime invoke operations match the bedrock-runtime model", "[http_bindings]") {
    auto op = GENERATE(bedrock::runtime_operation::invoke_model, bedrock::runtime_operation::invoke_model_with_response_stream,
                       bedrock::runtime_operation::converse, bedrock::runtime_operation::converse_stream);
    auto id = GENERATE(as<std::string_view>{}, "amazon.nova-pro-v1:0", app_arn, router_arn, "eu.amazon.nova-pro-v1:0");
    CAPTURE(bedrock::to_string(op), id);
    auto const b = bedrock::binding(op);
    auto const& json_op = model()["bedrock-runtime"][b.operation];
    CHECK(bedrock::to_string(b.method) == json_op["method"].s);
    CHECK(b.request_uri == json_op["requestUri"].s);
    CHECK(b.success_status == static_cast<int>(json_op["responseCode"].n));
    REQUIRE(b.members.size() == 1);
    auto const& m = json_op["input"]["modelId"];
    CHECK(m["location"].s == "uri");
    CHECK(m["locationName"].s == b.members[0].wire_name);
    auto r = bedrock::make_runtime_request(op, id);
    REQUIRE(r);
    std::string path = json_op["requestUri"].s;
    path.replace(path.find("{modelId}"), 9, oracle_encode(id));
    CHECK(r->path == path);
    CHECK(r->method == bedrock::http_method::post);
    CHECK(r->query.empty());
}
