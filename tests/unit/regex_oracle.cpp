// The regex oracle: the verbatim patterns of AWS's Bedrock service model (botocore:
// botocore/data/bedrock/2023-04-20/service-2.json, and the ARN policy patterns of the same model), run through
// std::regex (ECMAScript, full match, length constraints checked first, as the service model defines them), must agree with bedrock::check_syntax on accept/reject for
//   * every string of the identifier table against every shape, and
//   * every single-byte substitution, deletion and insertion (alphabet below) of every valid table string.
// std::regex is allowed here and only here: it is the oracle, not the implementation.
#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <cstddef>
#include <cstdint>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "identifier_table_rows.hpp"

using bedrock::shape;

namespace {

struct oracle_pattern {
    shape sh;
    char const* pattern;
};

// clang-format off
oracle_pattern const patterns[] = {
    // InferenceProfileArn [1..2048], verbatim from the service model
    {shape::inference_profile_arn, R"(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)"},
    // InferenceProfileId [1..64], verbatim from the service model
    {shape::inference_profile_id, R"([a-zA-Z0-9-:.]+)"},
    // InferenceProfileIdentifier [1..2048], verbatim from the service model
    {shape::inference_profile_identifier, R"((arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/)?[a-zA-Z0-9-:.]+)"},
    // InferenceProfileName [1..64], verbatim from the service model
    {shape::inference_profile_name, R"(([0-9a-zA-Z][ _-]?)+)"},
    // InferenceProfileDescription [1..200], verbatim from the service model
    {shape::inference_profile_description, R"(([0-9a-zA-Z:.][ _-]?)+)"},
    // InferenceProfileModelSourceArn [1..2048], verbatim from the service model
    {shape::inference_profile_model_source_arn, R"(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|foundation-model)/[a-zA-Z0-9-:.]+)"},
    // FoundationModelArn [..], verbatim from the service model
    {shape::foundation_model_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})"},
    // BedrockModelId [0..140], verbatim from the service model
    {shape::bedrock_model_id, R"([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}|))"},
    // GetFoundationModelIdentifier [1..2048], verbatim from the service model
    {shape::get_foundation_model_identifier, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))"},
    // ModelIdentifier [1..2048], verbatim from the service model
    {shape::model_identifier, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2})))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+))"},
    // ModelArn [20..1011], verbatim from the service model
    {shape::model_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/((imported)|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}))(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})))"},
    // ModelId [1..2048], verbatim from the service model
    {shape::model_id, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-:]{1,63}/[a-z0-9]{12}$)|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2})|(([0-9a-zA-Z][_-]?)+)$)|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+$)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2})|(([0-9a-zA-Z][_-]?)+))"},
    // PromptRouterArn [1..2048], verbatim from the service model
    {shape::prompt_router_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:default-prompt-router/[a-zA-Z0-9-:.]+)"},
    // PromptRouterName [1..64], verbatim from the service model
    {shape::prompt_router_name, R"(([0-9a-zA-Z][ _-]?)+)"},
    // PromptRouterDescription [1..200], verbatim from the service model
    {shape::prompt_router_description, R"(([0-9a-zA-Z:.][ _-]?)+)"},
    // PromptRouterTargetModelArn [1..2048], verbatim from the service model
    {shape::prompt_router_target_model_arn, R"(.*(^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(^arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))"},
    // ProvisionedModelArn [..], verbatim from the service model
    {shape::provisioned_model_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:provisioned-model/[a-z0-9]{12})"},
    // ProvisionedModelId [..], verbatim from the service model
    {shape::provisioned_model_id, R"(((([0-9a-zA-Z][_-]?)+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:provisioned-model/[a-z0-9]{12})))"},
    // ProvisionedModelName [1..63], verbatim from the service model
    {shape::provisioned_model_name, R"(([0-9a-zA-Z][_-]?)+)"},
    // CustomModelArn [20..1011], verbatim from the service model
    {shape::custom_model_arn, R"(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model/(imported|[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})/[a-z0-9]{12})"},
    // ImportedModelArn [20..1011], verbatim from the service model
    {shape::imported_model_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:imported-model/[a-z0-9]{12})"},
    // ImportedModelIdentifier [1..1011], verbatim from the service model
    {shape::imported_model_identifier, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:imported-model/[a-z0-9]{12})|(([0-9a-zA-Z][_-]?)+))"},
    // CustomModelDeploymentArn [0..1011], verbatim from the service model
    {shape::custom_model_deployment_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model-deployment/[a-z0-9]{12})"},
    // CustomModelDeploymentIdentifier [1..93], verbatim from the service model
    {shape::custom_model_deployment_identifier, R"((arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model-deployment/[a-z0-9]{12})|^([0-9a-zA-Z][_-]?){1,63})"},
    // AccountId [..], verbatim from the service model
    {shape::account_id, R"([0-9]{12})"},
    // TagKey [1..128], verbatim from the service model
    {shape::tag_key, R"([a-zA-Z0-9\s._:/=+@-]*)"},
    // TagValue [0..256], verbatim from the service model
    {shape::tag_value, R"([a-zA-Z0-9\s._:/=+@-]*)"},
    // IdempotencyToken [1..256], verbatim from the service model
    {shape::idempotency_token, R"([a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?)"},
    // InvokeModelIdentifier [1..2048], verbatim from the service model
    {shape::invoke_model_identifier, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$))"},
    // ConversationalModelId [1..2048], verbatim from the service model
    {shape::conversational_model_id, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$))"},
    // InvokedModelId [..], verbatim from the service model
    {shape::invoked_model_id, R"((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{1,20}):(|[0-9]{12}):inference-profile/[a-zA-Z0-9-:.]+))"},
    // AsyncInvokeIdentifier [1..256], verbatim from the service model
    {shape::async_invoke_identifier, R"([a-zA-Z_\.\-/0-9:]+)"},
    // AsyncInvokeArn [1..2048], verbatim from the service model
    {shape::async_invoke_arn, R"(arn:[a-z0-9\-]+:bedrock:[a-z0-9\-]*:[0-9]*:(provisioned-model|foundation-model)/.+)"},
    // InvocationArn [1..2048], verbatim from the service model
    {shape::invocation_arn, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:async-invoke/[a-z0-9]{12})"},
    // FoundationModelVersionIdentifier [1..256], verbatim from the service model
    {shape::foundation_model_version_identifier, R"([a-zA-Z_\.\-/0-9:]+)"},
    // TaggableResourcesArn, the service model's policy pattern: InferenceProfileArn with a 12-digit account
    {shape::taggable_resources_arn, R"(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):[0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)"},
    // the service model's policy pattern: FoundationModelArn with region {0,20}
    {shape::foundation_model_arn_relaxed, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{0,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})"},
    // PaginationToken, the service model
    {shape::pagination_token, R"(\S*)"},
    // Provider, the service model
    {shape::provider, R"([A-Za-z0-9- ]{1,63})"},
    // BrandedName, the service model
    {shape::branded_name, R"(.*)"},
};
// clang-format on

struct oracle_limits {
    shape sh;
    std::uint32_t min;
    std::uint32_t max; // 0xFFFFFFFF: none
};
constexpr std::uint32_t none = 0xFFFF'FFFFu;
// the Bedrock service model and the service model, typed again here so that the header's table is checked too.
constexpr oracle_limits lengths[] = {
    {shape::inference_profile_arn, 1, 2048}, {shape::inference_profile_id, 1, 64},
    {shape::inference_profile_identifier, 1, 2048}, {shape::inference_profile_name, 1, 64},
    {shape::inference_profile_description, 1, 200}, {shape::inference_profile_model_source_arn, 1, 2048},
    {shape::foundation_model_arn, 0, none}, {shape::bedrock_model_id, 0, 140},
    {shape::get_foundation_model_identifier, 1, 2048}, {shape::model_identifier, 1, 2048},
    {shape::model_arn, 20, 1011}, {shape::model_id, 1, 2048}, {shape::prompt_router_arn, 1, 2048},
    {shape::prompt_router_name, 1, 64}, {shape::prompt_router_description, 1, 200},
    {shape::prompt_router_target_model_arn, 1, 2048}, {shape::provisioned_model_arn, 0, none},
    {shape::provisioned_model_id, 0, none}, {shape::provisioned_model_name, 1, 63},
    {shape::custom_model_arn, 20, 1011}, {shape::imported_model_arn, 20, 1011},
    {shape::imported_model_identifier, 1, 1011}, {shape::custom_model_deployment_arn, 0, 1011},
    {shape::custom_model_deployment_identifier, 1, 93}, {shape::account_id, 0, none}, {shape::tag_key, 1, 128},
    {shape::tag_value, 0, 256}, {shape::taggable_resources_arn, 20, 1011}, {shape::idempotency_token, 1, 256},
    {shape::invoke_model_identifier, 1, 2048}, {shape::conversational_model_id, 1, 2048},
    {shape::invoked_model_id, 0, none}, {shape::async_invoke_identifier, 1, 256}, {shape::async_invoke_arn, 1, 2048},
    {shape::invocation_arn, 1, 2048}, {shape::foundation_model_version_identifier, 1, 256},
    {shape::foundation_model_arn_relaxed, 0, none}, {shape::pagination_token, 1, 2048}, {shape::provider, 0, none},
    {shape::branded_name, 1, 20},
};

struct oracle {
    std::regex re;
    std::uint32_t min;
    std::uint32_t max;
    bool accepts(std::string const& s) const {
        if (s.size() < min || s.size() > max) return false;
        return std::regex_match(s, re);
    }
};

std::vector<oracle> const& oracles() {
    static std::vector<oracle> const all = [] {
        std::vector<oracle> v(bedrock::all_shapes.size());
        for (auto const& p : patterns) v[static_cast<std::size_t>(p.sh)].re = std::regex(p.pattern, std::regex::ECMAScript);
        for (auto const& l : lengths) {
            v[static_cast<std::size_t>(l.sh)].min = l.min;
            v[static_cast<std::size_t>(l.sh)].max = l.max;
        }
        return v;
    }();
    return all;
}

bool agrees(shape sh, std::string const& s) {
    bool const want = oracles()[static_cast<std::size_t>(sh)].accepts(s);
    bool const got = !bedrock::check_syntax(sh, s).has_value();
    return want == got;
}

} // namespace

TEST_CASE("regex oracle: every shape has a verbatim pattern and the same length limits", "[regex_oracle]") {
    STATIC_REQUIRE(std::size(patterns) == bedrock::all_shapes.size());
    STATIC_REQUIRE(std::size(lengths) == bedrock::all_shapes.size());
    for (auto sh : bedrock::all_shapes) {
        CAPTURE(bedrock::to_string(sh));
        bool found = false;
        for (auto const& l : lengths)
            if (l.sh == sh) {
                found = true;
                CHECK(bedrock::limits(sh).min == l.min);
                CHECK(bedrock::limits(sh).max == l.max);
            }
        CHECK(found);
    }
}

TEST_CASE("regex oracle: table strings against every shape", "[regex_oracle]") {
    std::size_t compared = 0;
    for (auto const& row : bedrock_test::identifier_rows()) {
        for (auto sh : bedrock::all_shapes) {
            if (row.input.size() > 300 && sh != row.sh) continue; // long strings: own shape only (speed)
            CAPTURE(row.id, bedrock::to_string(sh), row.input);
            CHECK(agrees(sh, row.input));
            ++compared;
        }
        // and the table's own verdict is the regex's verdict
        CAPTURE(row.id, row.input);
        CHECK(oracles()[static_cast<std::size_t>(row.sh)].accepts(row.input) == (row.syntax_code == bedrock::errc::ok));
    }
    CHECK(compared > 8000);
}

TEST_CASE("regex oracle: single-byte mutations of every valid table string", "[regex_oracle]") {
    std::size_t compared = 0;
    std::size_t rejected = 0;
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.syntax_code != bedrock::errc::ok || row.input.size() > 300) continue;
        std::string const& s = row.input;
        auto check = [&](std::string const& m) {
            CAPTURE(row.id, bedrock::to_string(row.sh), m);
            CHECK(agrees(row.sh, m));
            ++compared;
            if (bedrock::check_syntax(row.sh, m)) ++rejected;
        };
        bedrock_test::for_each_single_byte_mutation(s, check);
    }
    CHECK(compared > 50000);
    CHECK(rejected > compared / 4); // the mutations are not all trivially valid
}

TEST_CASE("the fast G1 matcher agrees with the G1 grammar and with std::regex", "[regex_oracle][model_id]") {
    namespace d = bedrock::detail;
    std::regex const g1(R"([a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})",
                        std::regex::ECMAScript);
    std::vector<std::string> inputs;
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.input.size() > 300) continue;
        if (row.input.rfind("arn:", 0) != 0) inputs.push_back(row.input); // ARNs themselves are never G1
        auto const slash = row.input.rfind('/');
        if (slash != std::string::npos) inputs.push_back(row.input.substr(slash + 1)); // the id of an ARN
        auto const dot = row.input.find('.');
        if (dot != std::string::npos) inputs.push_back(row.input.substr(dot + 1));     // the model of a profile id
    }
    inputs.push_back("a.b.c.d:e:f");
    inputs.push_back(std::string(63, 'a') + "." + std::string(63, 'b'));
    inputs.push_back(std::string(64, 'a') + ".b");
    std::size_t const base = inputs.size();
    constexpr std::string_view alphabet{"a.:-A"};
    for (std::size_t k = 0; k < base; ++k) {
        std::string const s = inputs[k];
        if (s.size() > 80) continue;
        for (std::size_t i = 0; i <= s.size(); ++i) {
            if (i < s.size()) inputs.push_back(std::string(s).erase(i, 1));
            for (char c : alphabet) {
                inputs.push_back(std::string(s).insert(i, 1, c));
                if (i < s.size() && s[i] != c) {
                    std::string m = s;
                    m[i] = c;
                    inputs.push_back(m);
                }
            }
        }
    }
    std::size_t accepted = 0;
    for (auto const& s : inputs) {
        CAPTURE(s);
        bool const fast = d::is_model_id_g1(s);
        REQUIRE(fast == !d::check_full_exact(d::model_id_g1, s, 1, d::unbounded).has_value());
        REQUIRE(fast == std::regex_match(s, g1));
        accepted += fast ? 1 : 0;
    }
    CHECK(accepted > 1000);
    CHECK(inputs.size() - accepted > 1000);
}
