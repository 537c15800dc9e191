// Every bad member of every typed request: the error names the member by JSON Pointer, with the library's
// identifier error (code, byte offset into the member's text) for text members.
#include <bedrock/request_members.hpp>
#include <bedrock/request_members.hpp>  // include guard works

#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/runtime_invocation.hpp>
#include <bedrock/tagging_requests.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/sample_arns.hpp>

#include <cassert>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

using bedrock::errc;
using bedrock::request_errc;
namespace rq = bedrock::requests;

namespace {

using bedrock_test::app_arn;
using bedrock_test::fm_arn;
using bedrock_test::router_arn;

template <class R>
bedrock::request_error error_of(R const& r) {
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

std::vector<bedrock::tag> many_tags(std::size_t n) {
    std::vector<bedrock::tag> v;
    for (std::size_t i = 0; i < n; ++i) v.push_back({"k" + std::to_string(i), "v"});
    return v;
}

struct bad_case {
    std::string_view what;
    std::function<bedrock::request_error()> run;
    std::string_view pointer;
    request_errc code;
    errc value_code = errc::ok;     // for invalid_value
    std::uint32_t offset = 0;       // for invalid_value
};

std::string const long_token(2049, 'x');
std::string const long_idempotency(257, 'a');
std::string const long_value(257, 'v');
std::string const long_taggable = std::string(app_arn.substr(0, 70)) + std::string(1011 - 70 + 1, 'a');

std::vector<bad_case> const cases = {
    // ListInferenceProfiles
    {"maxResults 0", [] { return error_of(rq::list_inference_profiles::make({.max_results = 0})); }, "/maxResults", request_errc::out_of_range},
    {"maxResults 1001", [] { return error_of(rq::list_inference_profiles::make({.max_results = 1001})); }, "/maxResults", request_errc::out_of_range},
    {"maxResults -1", [] { return error_of(rq::list_inference_profiles::make({.max_results = -1})); }, "/maxResults", request_errc::out_of_range},
    {"nextToken empty", [] { return error_of(rq::list_inference_profiles::make({.next_token = ""})); }, "/nextToken", request_errc::invalid_value, errc::empty, 0},
    {"nextToken space", [] { return error_of(rq::list_inference_profiles::make({.next_token = "ab c"})); }, "/nextToken", request_errc::invalid_value, errc::whitespace, 2},
    {"nextToken 2049", [] { return error_of(rq::list_inference_profiles::make({.next_token = long_token})); }, "/nextToken", request_errc::invalid_value, errc::too_long, 2048},
    {"typeEquals lowercase", [] { return error_of(rq::list_inference_profiles::make({.type_equals = "application"})); }, "/typeEquals", request_errc::unknown_enum_value},
    {"typeEquals empty", [] { return error_of(rq::list_inference_profiles::make({.type_equals = ""})); }, "/typeEquals", request_errc::unknown_enum_value},
    // Get/DeleteInferenceProfile
    {"get identifier empty", [] { return error_of(rq::get_inference_profile::make({""})); }, "/inferenceProfileIdentifier", request_errc::invalid_value, errc::empty, 0},
    {"get unknown geo", [] { return error_of(rq::get_inference_profile::make({"zz.amazon.nova-pro-v1:0"})); }, "/inferenceProfileIdentifier", request_errc::invalid_value, errc::unknown_geo, 0},
    {"delete uppercase geo", [] { return error_of(rq::delete_inference_profile::make({"US.amazon.nova-pro-v1:0"})); }, "/inferenceProfileIdentifier", request_errc::invalid_value, errc::uppercase, 0},
    // A model ARN is no profile ARN, and the bare-id branch ([a-zA-Z0-9-:.]+) runs furthest: to the "/".
    {"delete model ARN", [] { return error_of(rq::delete_inference_profile::make({fm_arn})); }, "/inferenceProfileIdentifier", request_errc::invalid_value, errc::invalid_character, 43},
    // CreateInferenceProfile
    {"name empty", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "", .copy_from = fm_arn})); }, "/inferenceProfileName", request_errc::invalid_value, errc::empty, 0},
    {"name bad char", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "my profile!", .copy_from = fm_arn})); }, "/inferenceProfileName", request_errc::invalid_value, errc::invalid_character, 10},
    {"description bad char", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .description = "cost/center", .copy_from = fm_arn})); }, "/description", request_errc::invalid_value, errc::invalid_character, 4},
    {"token leading hyphen", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .client_request_token = "-abc", .copy_from = fm_arn})); }, "/clientRequestToken", request_errc::invalid_value, errc::invalid_character, 0},
    {"token 257", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .client_request_token = long_idempotency, .copy_from = fm_arn})); }, "/clientRequestToken", request_errc::invalid_value, errc::too_long, 256},
    {"copyFrom application profile", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = app_arn})); }, "/modelSource/copyFrom", request_errc::invalid_value, errc::wrong_resource_type, 39},
    {"copyFrom empty", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p"})); }, "/modelSource/copyFrom", request_errc::invalid_value, errc::empty, 0},
    {"201 tags", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn, .tags = many_tags(201)})); }, "/tags", request_errc::too_many_items},
    {"tag key empty", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn, .tags = std::vector<bedrock::tag>{{"", "v"}}})); }, "/tags/0/key", request_errc::invalid_value, errc::empty, 0},
    {"tag key bad char", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn, .tags = std::vector<bedrock::tag>{{"a", "b"}, {"x#", "v"}}})); }, "/tags/1/key", request_errc::invalid_value, errc::invalid_character, 1},
    {"tag value 257", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn, .tags = std::vector<bedrock::tag>{{"a", long_value}}})); }, "/tags/0/value", request_errc::invalid_value, errc::too_long, 256},
    {"tag key twice", [] { return error_of(rq::create_inference_profile::make({.inference_profile_name = "p", .copy_from = fm_arn, .tags = std::vector<bedrock::tag>{{"a", "1"}, {"b", "2"}, {"a", "3"}}})); }, "/tags/2/key", request_errc::duplicate_key},
    // CreatePromptRouter
    {"router token", [] { return error_of(rq::create_prompt_router::make({.client_request_token = "a b", .prompt_router_name = "r", .models = {fm_arn}, .fallback_model = fm_arn})); }, "/clientRequestToken", request_errc::invalid_value, errc::whitespace, 1},
    {"router name", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r  x", .models = {fm_arn}, .fallback_model = fm_arn})); }, "/promptRouterName", request_errc::invalid_value, errc::bad_separator, 2},
    {"router model 1", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn, router_arn}, .fallback_model = fm_arn})); }, "/models/1/modelArn", request_errc::invalid_value, errc::wrong_resource_type, 39},
    {"router description", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .description = "", .fallback_model = fm_arn})); }, "/description", request_errc::invalid_value, errc::empty, 0},
    {"quality -1", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .response_quality_difference = -1, .fallback_model = fm_arn})); }, "/routingCriteria/responseQualityDifference", request_errc::out_of_range},
    {"quality 100.5", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .response_quality_difference = 100.5, .fallback_model = fm_arn})); }, "/routingCriteria/responseQualityDifference", request_errc::out_of_range},
    {"quality NaN", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .response_quality_difference = std::nan(""), .fallback_model = fm_arn})); }, "/routingCriteria/responseQualityDifference", request_errc::out_of_range},
    {"fallback", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .fallback_model = "anthropic.claude-v2"})); }, "/fallbackModel/modelArn", request_errc::invalid_value, errc::not_an_arn, 1},
    {"router tags", [] { return error_of(rq::create_prompt_router::make({.prompt_router_name = "r", .models = {fm_arn}, .fallback_model = fm_arn, .tags = std::vector<bedrock::tag>{{"k", "a|b"}}})); }, "/tags/0/value", request_errc::invalid_value, errc::invalid_character, 1},
    // Get/Delete/ListPromptRouters
    {"router not an ARN", [] { return error_of(rq::get_prompt_router::make({"anthropic.claude:1"})); }, "/promptRouterArn", request_errc::invalid_value, errc::not_an_arn, 1},
    {"router ARN of a profile", [] { return error_of(rq::delete_prompt_router::make({app_arn})); }, "/promptRouterArn", request_errc::invalid_value, errc::wrong_resource_type, 39},
    {"router ARN empty", [] { return error_of(rq::delete_prompt_router::make({""})); }, "/promptRouterArn", request_errc::invalid_value, errc::empty, 0},
    {"router type uppercase", [] { return error_of(rq::list_prompt_routers::make({.type = "CUSTOM"})); }, "/type", request_errc::unknown_enum_value},
    {"router maxResults", [] { return error_of(rq::list_prompt_routers::make({.max_results = 0})); }, "/maxResults", request_errc::out_of_range},
    {"router nextToken", [] { return error_of(rq::list_prompt_routers::make({.next_token = "a\tb"})); }, "/nextToken", request_errc::invalid_value, errc::whitespace, 1},
    // ListFoundationModels, GetFoundationModel
    {"provider empty", [] { return error_of(rq::list_foundation_models::make({.by_provider = ""})); }, "/byProvider", request_errc::invalid_value, errc::empty, 0},
    {"provider bad char", [] { return error_of(rq::list_foundation_models::make({.by_provider = "Stability.AI"})); }, "/byProvider", request_errc::invalid_value, errc::invalid_character, 9},
    {"customization", [] { return error_of(rq::list_foundation_models::make({.by_customization_type = "fine_tuning"})); }, "/byCustomizationType", request_errc::unknown_enum_value},
    {"modality not in the model", [] { return error_of(rq::list_foundation_models::make({.by_output_modality = "VIDEO"})); }, "/byOutputModality", request_errc::unknown_enum_value},
    {"inference type not in the model", [] { return error_of(rq::list_foundation_models::make({.by_inference_type = "INFERENCE_PROFILE"})); }, "/byInferenceType", request_errc::unknown_enum_value},
    {"model id with a geo", [] { return error_of(rq::get_foundation_model::make({"us.amazon.nova-pro-v1:0"})); }, "/modelIdentifier", request_errc::invalid_value, errc::geo_prefixed_model_id, 0},
    {"model id empty", [] { return error_of(rq::get_foundation_model::make({""})); }, "/modelIdentifier", request_errc::invalid_value, errc::empty, 0},
    // Tagging
    {"taggable ARN short", [] { return error_of(rq::tag_resource::make({.resource_arn = "arn:aws"})); }, "/resourceARN", request_errc::invalid_value, errc::too_short, 7},
    {"taggable ARN long", [] { return error_of(rq::list_tags_for_resource::make({.resource_arn = long_taggable})); }, "/resourceARN", request_errc::invalid_value, errc::too_long, 1011},
    {"taggable foundation model", [] { return error_of(rq::untag_resource::make({.resource_arn = fm_arn})); }, "/resourceARN", request_errc::invalid_value, errc::wrong_resource_type, 27},
    {"taggable default router", [] { return error_of(rq::list_tags_for_resource::make({.resource_arn = router_arn})); }, "/resourceARN", request_errc::invalid_value, errc::wrong_resource_type, 39},
    {"tag 201", [] { return error_of(rq::tag_resource::make({.resource_arn = app_arn, .tags = many_tags(201)})); }, "/tags", request_errc::too_many_items},
    {"tag key 129", [] { return error_of(rq::tag_resource::make({.resource_arn = app_arn, .tags = {{std::string(129, 'k'), ""}}})); }, "/tags/0/key", request_errc::invalid_value, errc::too_long, 128},
    {"untag 201", [] { return error_of(rq::untag_resource::make({.resource_arn = app_arn, .tag_keys = std::vector<std::string>(201, "k")})); }, "/tagKeys", request_errc::too_many_items},
    {"untag key empty", [] { return error_of(rq::untag_resource::make({.resource_arn = app_arn, .tag_keys = {"ok", ""}})); }, "/tagKeys/1", request_errc::invalid_value, errc::empty, 0},
    // Runtime
    {"runtime empty", [] { return error_of(bedrock::make_runtime_request(bedrock::runtime_operation::invoke_model, "")); }, "/modelId", request_errc::invalid_value, errc::empty, 0},
    {"runtime space", [] { return error_of(bedrock::make_runtime_request(bedrock::runtime_operation::converse, "anthropic claude")); }, "/modelId", request_errc::invalid_value, errc::whitespace, 9},
};

} // namespace

TEST_CASE("every bad member is named by its pointer, with its code and offset", "[request_members]") {
    for (auto const& c : cases) {
        INFO(c.what);
        auto const e = c.run();
        CHECK(e.pointer == c.pointer);
        CHECK(e.code == c.code);
        if (c.code == request_errc::invalid_value) {
            CHECK(bedrock::to_string(e.value_error.code) == bedrock::to_string(c.value_code));
            CHECK(e.value_error.offset == c.offset);
        } else {
            CHECK(e.value_error == bedrock::parse_error{});
        }
        // the message always starts with the pointer
        CHECK(e.message().rfind(std::string(c.pointer) + ": ", 0) == 0);
    }
}

TEST_CASE("the first bad member in the model's order is reported", "[request_members]") {
    auto e = error_of(rq::list_inference_profiles::make({.max_results = 0, .next_token = "", .type_equals = "x"}));
    CHECK(e.pointer == "/maxResults");
    e = error_of(rq::list_inference_profiles::make({.next_token = "", .type_equals = "x"}));
    CHECK(e.pointer == "/nextToken");
    e = error_of(rq::create_inference_profile::make({.inference_profile_name = "", .copy_from = ""}));
    CHECK(e.pointer == "/inferenceProfileName");
}

TEST_CASE("request_error messages", "[request_members]") {
    CHECK(error_of(rq::list_inference_profiles::make({.max_results = 0})).message() == "/maxResults: 0 is outside 1..1000");
    CHECK(error_of(rq::list_inference_profiles::make({.type_equals = "x"})).message() ==
          "/typeEquals: not one of SYSTEM_DEFINED, APPLICATION");
    CHECK(error_of(rq::get_inference_profile::make({"zz.amazon.nova-pro-v1:0"})).message() ==
          "/inferenceProfileIdentifier: the prefix is not a known cross-region geo (at byte 0)");
    CHECK(error_of(rq::tag_resource::make({.resource_arn = app_arn, .tags = many_tags(201)})).message() ==
          "/tags: more items than 200");
    bedrock::request_error few{request_errc::too_few_items, "/models", {}, "1"};
    CHECK(few.message() == "/models: fewer items than 1");
    CHECK(bedrock::request_error{}.message() == "request: no error");
    for (auto c : {request_errc::ok, request_errc::invalid_value, request_errc::out_of_range, request_errc::unknown_enum_value,
                   request_errc::too_many_items, request_errc::too_few_items, request_errc::duplicate_key})
        CHECK(bedrock::to_string(c) != "unknown");
}

TEST_CASE("request_result: value() throws bad_request_access with the message", "[request_members]") {
    auto bad = rq::list_inference_profiles::make({.max_results = 5000});
    REQUIRE(bad.has_error());
    REQUIRE_THROWS_AS(bad.value(), bedrock::bad_request_access);
    try {
        (void)bad.value();
    } catch (bedrock::bad_request_access const& e) {
        CHECK(std::string(e.what()) == "/maxResults: 5000 is outside 1..1000");
        CHECK(e.error().pointer == "/maxResults");
    }
    auto good = rq::list_inference_profiles::make({});
    REQUIRE(good.has_value());
    CHECK(good.error().code == request_errc::ok);
    CHECK_FALSE(good.value().max_results);
    CHECK_FALSE(good->next_token);
}

TEST_CASE("checked members: literals, parse, max_results", "[request_members]") {
    constexpr bedrock::inference_profile_identifier id{"us.amazon.nova-pro-v1:0"};
    static_assert(id.str() == "us.amazon.nova-pro-v1:0");
    static_assert(bedrock::inference_profile_identifier::parse("a1b2c3d4e5f6").has_value());
    static_assert(bedrock::parse_checked<bedrock::prompt_router_arn>(
        "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345").has_value());
    static_assert(!bedrock::parse_checked<bedrock::taggable_resource_arn>(router_arn));
    static_assert(bedrock::parse_checked<bedrock::taggable_resource_arn>(
        "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345").has_value());
    constexpr bedrock::max_results m{50};
    static_assert(m.value() == 50 && !bedrock::parse_max_results(1001) && !bedrock::parse_max_results(0));
    static_assert(bedrock::parse_max_results(1)->value() == 1 && bedrock::parse_max_results(1000)->value() == 1000);
    // Named constants, not consteval temporaries: clang 14 crashes on several of those in one function.
    constexpr bedrock::inference_profile_identifier same{"us.amazon.nova-pro-v1:0"};
    constexpr bedrock::inference_profile_identifier later{"us.amazon.nova-pro-v2:0"};
    CHECK(id == same);
    CHECK(id < later);

    // javadoc (checked_text)
    auto arn = bedrock::parse_checked<bedrock::inference_profile_identifier>(
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    assert(arn && arn->str().size() == 81);
    CHECK(arn->str().size() == 81);
    // javadoc (tag_list)
    auto t = bedrock::make_tag_list({{"team", "support"}, {"cost-center", "42"}});
    assert(t && t->tags().size() == 2);
    CHECK(t->tags().size() == 2);
    CHECK(bedrock::make_tag_list({}).has_value());
    auto k = bedrock::make_tag_key_list({"team"});
    REQUIRE(k);
    CHECK(k->keys() == std::vector<std::string>{"team"});
    CHECK(bedrock::make_tag_list(many_tags(200)).has_value());
}
