// The umbrella json/documents.hpp: the three family headers together, and the map of document types to their
// family header (json/detail/document_families.hpp) matching where each type is described.
#include <bedrock/json/documents.hpp>
#include <bedrock/json/documents.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>

namespace {
using bedrock::detail::json_family;
using bedrock::detail::json_family_of;

// Every family header is included through the umbrella, and each listed type is described.
static_assert(bedrock::detail::json_family_included<json_family::api> &&
              bedrock::detail::json_family_included<json_family::cloudformation> &&
              bedrock::detail::json_family_included<json_family::iam>);
template <class... T>
constexpr bool all_in(json_family f) {
    return ((json_family_of<T> == f && bedrock::detail::described<T>) && ...);
}
static_assert(all_in<bedrock::tag, bedrock::inference_profile_model_source, bedrock::create_inference_profile_request,
                     bedrock::create_inference_profile_response, bedrock::inference_profile_model,
                     bedrock::inference_profile_summary, bedrock::list_inference_profiles_response,
                     bedrock::foundation_model_lifecycle, bedrock::foundation_model_summary,
                     bedrock::list_foundation_models_response, bedrock::get_foundation_model_response,
                     bedrock::prompt_router_target_model, bedrock::routing_criteria,
                     bedrock::create_prompt_router_request, bedrock::create_prompt_router_response,
                     bedrock::prompt_router_summary, bedrock::list_prompt_routers_response,
                     bedrock::tag_resource_request, bedrock::untag_resource_request,
                     bedrock::list_tags_for_resource_request, bedrock::list_tags_for_resource_response,
                     bedrock::empty_response>(json_family::api));
static_assert(all_in<bedrock::cfn_model_source, bedrock::cfn_tag, bedrock::cfn_application_inference_profile_properties,
                     bedrock::cfn_application_inference_profile, bedrock::cfn_export, bedrock::cfn_output,
                     bedrock::cfn_template>(json_family::cloudformation));
static_assert(all_in<bedrock::iam_statement, bedrock::iam_policy_document>(json_family::iam));
static_assert(json_family_of<std::string> == json_family::none);
} // namespace

TEST_CASE("documents.hpp: one TU reads and writes every family", "[json][documents]") {
    auto const api = bedrock::parse_document<bedrock::tag>(R"({"key":"team","value":"support"})");
    REQUIRE(api.has_value());
    CHECK(bedrock::serialize_document(*api) == R"({"key":"team","value":"support"})");
    auto const cfn = bedrock::parse_document<bedrock::cfn_tag>(R"({"Key":"team","Value":{"Ref":"AWS::StackName"}})");
    REQUIRE(cfn.has_value());
    CHECK(bedrock::serialize_document(*cfn) == R"({"Key":"team","Value":{"Ref":"AWS::StackName"}})");
    auto const iam = bedrock::parse_document<bedrock::iam_statement>(R"({"Effect":"Allow","Action":"a","Resource":"*"})");
    REQUIRE(iam.has_value());
    CHECK(bedrock::serialize_document(*iam) == R"({"Effect":"Allow","Action":"a","Resource":"*"})");
}
