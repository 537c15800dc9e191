#ifndef BEDROCK_PROMPT_ROUTER_HPP
#define BEDROCK_PROMPT_ROUTER_HPP

#include <bedrock/arn_environment.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/result.hpp>

#include <array>        // std::array (routing models)
#include <optional>     // std::optional
#include <string>       // std::string (region, ARN)
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <variant>      // std::variant (routing endpoints)
#include <vector>       // std::vector

/** @file
    Default prompt routers (`docs/cdk-mapping.md`): `anthropic.claude:1` and `meta.llama:1`, their routing
    endpoints in a region and their ARN. The IAM statements of `grantInvoke` are in `<bedrock/grants.hpp>`.
*/

namespace bedrock {

/** A default prompt router id and the models it routes between (the references' `DefaultPromptRouterIdentifier`).

    @par Example
    @code
    static_assert(bedrock::default_prompt_routers::anthropic_claude_v1.id == "anthropic.claude:1");
    @endcode
*/
struct default_prompt_router_identifier {
    std::string_view id;                                  ///< `promptRouterId`, e.g. `anthropic.claude:1`
    std::array<foundation_model const*, 2> routing_models; ///< the two routing models, in the references' order
};

/// The two default routers of both reference packages (identical there).
namespace default_prompt_routers {
/// `ANTHROPIC_CLAUDE_V1`: `anthropic.claude:1`, Claude 3 Haiku and Claude 3.5 Sonnet (v1).
inline constexpr default_prompt_router_identifier anthropic_claude_v1{
    "anthropic.claude:1", {&models::anthropic_claude_haiku_v1_0, &models::anthropic_claude_3_5_sonnet_v1_0}};
/// `META_LLAMA_3_1`: `meta.llama:1`, Llama 3.1 8B and 70B Instruct.
inline constexpr default_prompt_router_identifier meta_llama_3_1{
    "meta.llama:1", {&models::meta_llama_3_1_8b_instruct_v1, &models::meta_llama_3_1_70b_instruct_v1}};
/// Both, in declaration order.
inline constexpr std::array<default_prompt_router_identifier const*, 2> all{&anthropic_claude_v1, &meta_llama_3_1};
} // namespace default_prompt_routers

/** A routing endpoint: a cross-region profile in the region's geo, or the bare model where the region has none. */
using routing_endpoint = std::variant<foundation_model, cross_region_profile>;

/** A default prompt router used from one region (the references' `PromptRouter.fromDefaultId(id, region)`).

    The ARN uses the region **as given** (not `${AWS::Region}`) with the partition and account as pseudo
    parameters: `arn:${AWS::Partition}:bedrock:<region>:${AWS::AccountId}:default-prompt-router/<id>`.
    Routing endpoints follow the alpha package: in a region of the references' 11-entry region→geo table each
    model becomes the cross-region profile `<geo>.<model>`; in any other region (e.g. `ca-central-1`,
    `eu-west-2`) the bare foundation model. (genai builds `undefined.<model>` profiles there; see
    docs/application-profiles.md.)

    @par Example
    @code
    auto r = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, "us-east-1").value();
    assert(r.arn() == "arn:${AWS::Partition}:bedrock:us-east-1:${AWS::AccountId}:default-prompt-router/anthropic.claude:1");
    assert(std::holds_alternative<bedrock::cross_region_profile>(r.routing_endpoints()[0]));
    @endcode
*/
class prompt_router {
public:
    /// An empty router (no id, no endpoints); exists so that result<prompt_router> can hold errors.
    prompt_router() = default;

    /// The router id, e.g. `anthropic.claude:1`.
    [[nodiscard]] std::string const& id() const noexcept { return id_; }
    /// The region the router is used from (as given).
    [[nodiscard]] std::string const& region() const noexcept { return region_; }
    /// The endpoints, in the routing models' order.
    [[nodiscard]] std::vector<routing_endpoint> const& routing_endpoints() const noexcept { return endpoints_; }

    /// The ARN with pseudo parameters for partition and account (the references' `promptRouterArn`).
    [[nodiscard]] std::string arn() const {
        return format_bedrock_arn({cfn_partition, region_, cfn_account_id}, resource_kind::default_prompt_router, id_);
    }
    /// The concrete ARN in a partition and account (fails like @ref make_default_prompt_router_arn).
    [[nodiscard]] result<std::string> arn(partition p, std::string_view account) const {
        return make_default_prompt_router_arn(p, region_, account, id_);
    }
    /// The ARN in an environment: pseudo parameters for a template, else the concrete ARN in the environment's partition and account.
    [[nodiscard]] std::string arn(arn_environment const& env) const {
        return env.is_template() ? arn() : arn(env.partition(), env.account()).value();
    }

    friend bool operator==(prompt_router const& a, prompt_router const& b) noexcept {
        return a.id_ == b.id_ && a.region_ == b.region_;
    }

private:
    friend result<prompt_router> make_prompt_router(default_prompt_router_identifier const&, std::string_view);
    std::string id_;
    std::string region_;
    std::vector<routing_endpoint> endpoints_;
};

/** Builds a default prompt router for a region.

    Fails with the error of @ref check_region (offsets into `region`): `region_required`, `uppercase` or
    `bad_region`. An unknown but well-formed region is accepted, as the references accept it (its endpoints are
    then bare models).
*/
[[nodiscard]] inline result<prompt_router> make_prompt_router(default_prompt_router_identifier const& id, std::string_view region) {
    if (auto e = check_region(region)) return *e;
    prompt_router r;
    r.id_ = std::string(id.id);
    r.region_ = std::string(region);
    std::optional<geo> g;  // the references' REGION_TO_GEO_AREA (11 entries), not the library's wider geo_for_source_region
    for (auto const& e : reference_region_to_geo)
        if (e.region == region) g = e.geo;
    for (foundation_model const* m : id.routing_models) {
        if (g) {
            if (auto p = make_cross_region_profile(*g, *m)) {
                r.endpoints_.emplace_back(*p);
                continue;
            }
        }
        r.endpoints_.emplace_back(*m);
    }
    return r;
}

} // namespace bedrock

#endif // BEDROCK_PROMPT_ROUTER_HPP
