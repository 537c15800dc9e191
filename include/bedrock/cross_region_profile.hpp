#ifndef BEDROCK_CROSS_REGION_PROFILE_HPP
#define BEDROCK_CROSS_REGION_PROFILE_HPP

/** @file
    System-defined cross-region inference profiles built from a geo and a foundation model, as the references'
    `CrossRegionInferenceProfile.fromConfig({ geoRegion, model })` builds them: id `<geo>.<model-id>`, type
    `SYSTEM_DEFINED`, the model, the regions the geo routes to, and the profile's ARN (concrete, or with
    CloudFormation pseudo parameters exactly as the references render it). Also the foundation-model ARNs the
    references grant on: one region, or every region (`*`).

    @par Specification
    `docs/cdk-mapping.md`
*/

#include <bedrock/arn_environment.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/detail/literal_error.hpp>
#include <bedrock/error.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/reference_flavor.hpp>
#include <bedrock/region.hpp>
#include <bedrock/result.hpp>

#include <array>             // std::array (the id buffer)
#include <cstddef>           // std::size_t
#include <cstdint>           // std::uint8_t, std::uint32_t
#include <initializer_list>  // std::initializer_list (message parts)
#include <optional>          // std::optional (checkers)
#include <span>              // std::span (caller buffers, destination regions)
#include <string>            // std::string (ARN convenience overloads)
#include <string_view>       // std::string_view

namespace bedrock {

namespace detail {

// Reason functions for the consteval constructors of cross_region_profile: never defined, not constexpr.
void model_does_not_support_cross_region_inference();
void model_is_not_in_the_catalog();
void model_is_not_offered_in_this_geo();

constexpr void reject_cross_region_profile(errc c) {
    if (c == errc::not_cross_region_capable) {
        model_does_not_support_cross_region_inference();
        return;
    }
    if (c == errc::geo_not_offered) {
        model_is_not_offered_in_this_geo();
        return;
    }
    reject_literal(c);
}

template <int = 0>
inline std::string concat(std::initializer_list<std::string_view> parts) {
    std::string s;
    std::size_t n = 0;
    for (auto p : parts) n += p.size();
    s.reserve(n);
    for (auto p : parts) s.append(p);
    return s;
}

} // namespace detail

// ---- cross-region profiles ------------------------------------------------------------------------------------

/** The references' error message for a profile that cannot be built from the model `model_id`:
    `Model <model-id> does not support cross-region inference` for `errc::not_cross_region_capable` (the exact
    text of both packages), `Model <model-id> is not in the catalog` for `errc::unknown_model`,
    `Model <model-id> is not offered in geo <geo>` for `errc::geo_not_offered` (see
    @ref geo_not_offered_message for the geos it is offered in), and `Model <model-id>: <error message>` otherwise.

    @par Example
    @code
    auto r = bedrock::make_cross_region_profile(bedrock::geo::eu, bedrock::models::anthropic_claude_v2);
    assert(bedrock::cross_region_error_message(r.error(), "anthropic.claude-v2") ==
           "Model anthropic.claude-v2 does not support cross-region inference");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline std::string cross_region_error_message(parse_error e, std::string_view model_id) {
    switch (e.code) {
    case errc::not_cross_region_capable:
        return detail::concat<I>({"Model ", model_id, " does not support cross-region inference"});
    case errc::unknown_model: return detail::concat<I>({"Model ", model_id, " is not in the catalog"});
    case errc::geo_not_offered: return detail::concat<I>({"Model ", model_id, " is not offered in this geo"});
    default: return detail::concat<I>({"Model ", model_id, ": ", e.message()});
    }
}

/** The message for a model that AWS does not offer in geo `g`:
    `Model <id> is not offered in geo <g> (offered in: us, in, global)`, the geos in enum order, each marked
    ` (assumed)` when no source documents it; `(offered in: none)` when the model has no geo.

    @par Example
    @code
    assert(bedrock::geo_not_offered_message(bedrock::models::openai_gpt_5_6_sol, bedrock::geo::eu) ==
           "Model openai.gpt-5.6-sol is not offered in geo eu (offered in: global, us)");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline std::string geo_not_offered_message(foundation_model const& m, geo g) {
    std::string s = detail::concat<I>({"Model ", m.id, " is not offered in geo ", to_string(g), " (offered in: "});
    bool first = true;
    for (geo o : all_geos) {
        if (!m.offered_in(o)) continue;
        s.append(first ? "" : ", ").append(to_string(o));
        if (!m.offered_in_documented(o)) s.append(" (assumed)");
        first = false;
    }
    return s.append(first ? "none)" : ")");
}

// The checkers, builders and members below that call other headers' checkers are `template <int I = 0>` and name
// `result<cross_region_profile>`, the catalog lookups and those checkers through `I` (`detail::dependent_t`, `f<I>`):
// a TU that includes this header instantiates none of them until it calls one (issue 9, compile time). Where the
// signature shows `auto`, the doc comment says the type; taking an address needs `<>`.
class cross_region_profile;
template <int I = 0>
[[nodiscard]] constexpr auto make_cross_region_profile(geo g, foundation_model const& m) noexcept;
template <int I = 0>
[[nodiscard]] constexpr auto make_cross_region_profile(geo g, foundation_model const& m, reference_flavor f) noexcept;
template <int I = 0>
[[nodiscard]] constexpr auto check_cross_region_profile(geo g, foundation_model const& m) noexcept;

/** A system-defined cross-region inference profile: a geo and a cross-region capable foundation model.

    It owns its id text (`<geo>.<model-id>`, at most 64 bytes) and a copy of the model entry (whose string
    views refer to the catalog's static text, or to whatever the caller built the model from). Views returned
    by @ref id refer into this object.

    Built from constants with the consteval constructor, a model without cross-region support does not compile
    (the diagnostic names `model_does_not_support_cross_region_inference`), nor does a geo the model is not
    offered in (`model_is_not_offered_in_this_geo`, e.g. `{geo::eu, models::openai_gpt_5_6_sol}`). At run time
    use @ref make_cross_region_profile, which returns the error instead.

    @par Example
    @code
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    static_assert(p.id() == "us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(p.type() == bedrock::inference_profile_type::system_defined);
    static_assert(p.destination_regions().size() == 3);
    // bedrock::cross_region_profile bad{bedrock::geo::us, bedrock::models::anthropic_claude_v2};  // does not compile
    @endcode
*/
class cross_region_profile {
public:
    /// An empty profile (no model, empty id); exists so that `result<cross_region_profile>` can hold errors.
    constexpr cross_region_profile() noexcept = default;

    /// The profile of `(g, m)`, checked at compile time (@ref check_cross_region_profile).
    template <int I = 0>
    consteval cross_region_profile(geo g, foundation_model const& m) {
        if (auto e = init<I>(g, m)) detail::reject_cross_region_profile(e->code);
    }

    /** The profile of `(g, <catalog model with id model_id>)`, checked at compile time: an id that is not a
        model id fails with the reason of @ref check_model_id (e.g. `literal_has_uppercase`), an id the catalog
        does not have with `model_is_not_in_the_catalog`, a model without cross-region support with
        `model_does_not_support_cross_region_inference`, a geo the model is not offered in with
        `model_is_not_offered_in_this_geo`.

        @par Example
        @code
        constexpr bedrock::cross_region_profile p{bedrock::geo::apac, "meta.llama3-2-3b-instruct-v1:0"};
        static_assert(p.model() == bedrock::models::meta_llama_3_2_3b_instruct_v1);
        @endcode
    */
    template <std::size_t N, int I = 0>
    consteval cross_region_profile(geo g, char const (&model_id)[N]) {
        std::string_view const id(model_id, N - 1);
        foundation_model const* m = find_model<I>(id);
        if (!m) {
            if (auto e = check_model_id<I>(id)) detail::reject_literal(e->code);
            else detail::model_is_not_in_the_catalog();
            return;
        }
        if (auto e = init<I>(g, *m)) detail::reject_cross_region_profile(e->code);
    }

    /// The profile id `<geo>.<model-id>`, e.g. `us.anthropic.claude-3-5-sonnet-20241022-v2:0`; a view into this object.
    [[nodiscard]] constexpr std::string_view id() const noexcept {
        // Not `{id_.data(), size_}`: with a `uint8_t` size, overload resolution tries the iterator-pair
        // constructor and checks `contiguous_iterator` and `sized_sentinel_for<unsigned char, …>`, ~2 MB of g++
        // memory at every include of this header (issue 9). A `size_t` size picks (pointer, count) directly.
        return std::string_view(id_.data(), std::size_t{size_});
    }
    /// The id as a checked @ref bedrock::profile_id view (into this object).
    template <int I = 0>
    [[nodiscard]] constexpr profile_id to_profile_id() const noexcept { return *parse_profile_id<I>(id()); }
    /// The geo (the references' `geoRegion`).
    [[nodiscard]] constexpr geo geo_region() const noexcept { return geo_; }
    /// The foundation model (the references' `inferenceProfileModel`).
    [[nodiscard]] constexpr foundation_model const& model() const noexcept { return model_; }
    /// Always `inference_profile_type::system_defined`.
    [[nodiscard]] constexpr inference_profile_type type() const noexcept { return inference_profile_type::system_defined; }
    /** The regions requests may be routed to: the profile's own list where AWS's data gives one
        (@ref profile_destination_regions), otherwise the geo's (`bedrock::destination_regions(geo)`): a
        `std::span<std::string_view const>`.

        @par Example
        @code
        constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v1_0};
        static_assert(p.destination_regions().size() == 2 && p.destination_regions_from_aws());  // us-east-1, us-west-2
        @endcode
    */
    template <int I = 0>
    [[nodiscard]] constexpr auto destination_regions() const noexcept {
        return profile_destination_regions<I>(geo_, model_.id);
    }
    /// True when @ref destination_regions is the profile's own list from AWS's data, false for the geo's fallback.
    template <int I = 0>
    [[nodiscard]] constexpr bool destination_regions_from_aws() const noexcept {
        return find_profile_destinations<I>(geo_, model_.id) != nullptr;
    }
    /// The partition of the geo (`aws-us-gov` for `us-gov`, otherwise `aws`).
    [[nodiscard]] constexpr partition destination_partition() const noexcept { return partition_of(geo_); }

    /** The profile ARN with CloudFormation pseudo parameters, exactly as the references render
        `inferenceProfileArn` (and `invokableArn`):
        `arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/<id>`.
        Written into `buffer`; fails with `too_long` at `buffer.size()`. A `result<std::string_view>`. */
    template <int I = 0>
    [[nodiscard]] constexpr auto arn(std::span<char> buffer) const noexcept {
        return result<detail::dependent_t<std::string_view, I>>(
            format_bedrock_arn<I>(template_location, resource_kind::inference_profile, id(), buffer));
    }
    /// The pseudo-parameter profile ARN, as a string.
    template <int I = 0>
    [[nodiscard]] std::string arn() const {
        return format_bedrock_arn<I>(template_location, resource_kind::inference_profile, id());
    }

    /** The profile ARN in one concrete source region and account:
        `arn:<partition>:bedrock:<region>:<account>:inference-profile/<id>`.

        Fails (offsets into the argument each code concerns) with `unknown_partition`, `region_required`, `bad_region`,
        `unknown_region`, `region_partition_mismatch` (the region is not in `p`), `account_required`,
        `bad_account` (not 12 digits), `geo_partition_mismatch` (offset 4: the profile's geo lives in another
        partition than `p`, an ARN that @ref parse_bedrock_arn rejects) or `too_long` (buffer). The region is where the request is made; it
        need not be one of @ref destination_regions. A `result<std::string_view>`.

        @par Example
        @code
        constexpr bedrock::cross_region_profile p{bedrock::geo::eu, bedrock::models::amazon_nova_lite_v1};
        char buf[bedrock::max_cross_region_arn_size];
        auto arn = p.arn(bedrock::partition::aws, "eu-west-1", "123456789012", buf);
        assert(*arn == "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0");
        @endcode
    */
    template <int I = 0>
    [[nodiscard]] constexpr auto arn(partition p, std::string_view region, std::string_view account,
                                     std::span<char> buffer) const noexcept {
        using result_type = result<detail::dependent_t<std::string_view, I>>;
        if (auto e = check_location<I>(p, region, account)) return result_type(*e);
        return result_type(
            format_bedrock_arn<I>({to_string(p), region, account}, resource_kind::inference_profile, id(), buffer));
    }
    /// The concrete profile ARN, as a string (same errors but `too_long`): a `result<std::string>`.
    template <int I = 0>
    [[nodiscard]] auto arn(partition p, std::string_view region, std::string_view account) const {
        using result_type = result<detail::dependent_t<std::string, I>>;
        if (auto e = check_location<I>(p, region, account)) return result_type(*e);
        return result_type(format_bedrock_arn<I>({to_string(p), region, account}, resource_kind::inference_profile, id()));
    }

    /// Same id, geo and model.
    friend constexpr bool operator==(cross_region_profile const& a, cross_region_profile const& b) noexcept {
        return a.geo_ == b.geo_ && a.model_ == b.model_ && a.id() == b.id();
    }

private:
    // The location rules of every concrete ARN, then the rule of a system-defined profile: it exists only in
    // its geo's partition (parse_bedrock_arn's geo_partition_mismatch), reported at the partition (offset 4).
    // Like the checkers below, returns a `std::optional<parse_error>`.
    template <int I = 0>
    constexpr auto check_location(partition p, std::string_view region, std::string_view account) const noexcept {
        using optional = std::optional<detail::dependent_t<parse_error, I>>;
        if (auto e = detail::check_arn_location<I>(p, region, &account)) return e;
        if (partition_of(geo_) != p) return optional(parse_error{errc::geo_partition_mismatch, 4});
        return optional();
    }

    template <int I>
    friend constexpr auto make_cross_region_profile(geo g, foundation_model const& m) noexcept;
    template <int I>
    friend constexpr auto check_cross_region_profile(geo g, foundation_model const& m) noexcept;
    template <int I>
    friend constexpr auto make_cross_region_profile(geo g, foundation_model const& m, reference_flavor f) noexcept;

    // The one checker, AWS first: a model offered in no geo is not cross-region capable; then the geo must be one
    // AWS offers the model in (foundation_model::offered_in); then the id (make_profile_id runs check_model_id
    // and the 64-byte limit).
    template <int I = 0>
    constexpr auto init(geo g, foundation_model const& m) noexcept {
        using optional = std::optional<detail::dependent_t<parse_error, I>>;
        bool any = false;
        for (geo o : all_geos) any = any || m.offered_in(o);
        if (!any) return optional(parse_error{errc::not_cross_region_capable, 0});
        if (!m.offered_in(g)) return optional(parse_error{errc::geo_not_offered, 0});
        return set<I>(g, m);
    }
    // The references' gate only: the package's supportsCrossRegion, any geo (their enum has no other check).
    template <int I = 0>
    constexpr auto init(geo g, foundation_model const& m, reference_flavor f) noexcept {
        using optional = std::optional<detail::dependent_t<parse_error, I>>;
        auto const caps = m.capabilities_in(f == reference_flavor::alpha ? reference_package::alpha
                                                                         : reference_package::genai);
        bool const declared = m.declared_by(f == reference_flavor::alpha ? reference_package::alpha
                                                                         : reference_package::genai);
        if (!has(declared ? caps : m.capabilities, capability::cross_region))
            return optional(parse_error{errc::not_cross_region_capable, 0});
        return set<I>(g, m);
    }
    template <int I = 0>
    constexpr auto set(geo g, foundation_model const& m) noexcept {
        using optional = std::optional<detail::dependent_t<parse_error, I>>;
        auto r = detail::write_profile_id<I>(g, m.id, id_.data(), id_.size());
        if (!r) return optional(r.error());
        size_ = static_cast<std::uint8_t>(r->str().size());
        geo_ = g;
        model_ = m;
        return optional();
    }

    foundation_model model_{};
    std::array<char, max_profile_id_size> id_{};
    std::uint8_t size_ = 0;
    geo geo_ = geo::global;
};

/** Checks that a system-defined profile can be built from `(g, m)`: the model must be offered in some geo
    (`errc::not_cross_region_capable`, offset 0), AWS must offer it in `g` (@ref foundation_model::offered_in:
    `errc::geo_not_offered`, offset 0), and its id must be a
    canonical model id (@ref check_model_id; offsets into the profile id `<geo>.<model-id>`) whose profile id
    fits in 64 bytes (`too_long` at 64). The same checker runs in the consteval constructor and in
    @ref make_cross_region_profile. Returns a `std::optional<parse_error>`.

    @par Example
    @code
    static_assert(!bedrock::check_cross_region_profile(bedrock::geo::us, bedrock::models::amazon_nova_pro_v1));
    static_assert(bedrock::check_cross_region_profile(bedrock::geo::us, bedrock::models::anthropic_claude_v2)->code ==
                  bedrock::errc::not_cross_region_capable);
    @endcode
*/
template <int I>
[[nodiscard]] constexpr auto check_cross_region_profile(geo g, foundation_model const& m) noexcept {
    detail::dependent_t<cross_region_profile, I> p;
    return p.template init<I>(g, m);
}

/** Builds the profile of `(g, m)` at run time (or in a constant expression), returning the error of
    @ref check_cross_region_profile instead of failing to compile. `cross_region_error_message(r.error(), m.id)`
    gives the references' message. Returns a `result<cross_region_profile>`.

    @par Example
    @code
    auto ok = bedrock::make_cross_region_profile(bedrock::geo::apac, bedrock::models::amazon_nova_micro_v1);
    assert(ok && ok->id() == "apac.amazon.nova-micro-v1:0");
    auto bad = bedrock::make_cross_region_profile(bedrock::geo::apac, bedrock::models::ai21_jamba_1_5_mini_v1);
    assert(!bad && bad.error().code == bedrock::errc::not_cross_region_capable);
    auto eu = bedrock::make_cross_region_profile(bedrock::geo::eu, bedrock::models::openai_gpt_5_6_sol);
    assert(!eu && eu.error().code == bedrock::errc::geo_not_offered);
    @endcode
*/
template <int I>
[[nodiscard]] constexpr auto make_cross_region_profile(geo g, foundation_model const& m) noexcept {
    using profile = detail::dependent_t<cross_region_profile, I>;
    profile p;
    if (auto e = p.template init<I>(g, m)) return result<profile>(*e);
    return result<profile>(p);
}

/** Builds the profile of `(g, m)` as reference package `f` does: its `supportsCrossRegion` flag is the only
    gate (`errc::not_cross_region_capable`), whatever geos AWS offers the model in. For the reference-conformance
    tests and users who must reproduce the references' output; docs/catalog.md lists where AWS differs. Returns a
    `result<cross_region_profile>`.

    @par Example
    @code
    auto ref = bedrock::make_cross_region_profile(bedrock::geo::eu, bedrock::models::openai_gpt_5_6_sol,
                                                  bedrock::reference_flavor::alpha);
    assert(ref && ref->id() == "eu.openai.gpt-5.6-sol");
    @endcode
*/
template <int I>
[[nodiscard]] constexpr auto make_cross_region_profile(geo g, foundation_model const& m, reference_flavor f) noexcept {
    using profile = detail::dependent_t<cross_region_profile, I>;
    profile p;
    if (auto e = p.template init<I>(g, m, f)) return result<profile>(*e);
    return result<profile>(p);
}

/** Builds the profile of `(g, <catalog model with id model_id>)`. Fails with the error of
    @ref check_model_id when `model_id` is not a canonical model id (e.g. `geo_prefixed_model_id` for
    `us.anthropic…`), with `errc::unknown_model` (offset 0) when the catalog does not have it, and otherwise
    as @ref make_cross_region_profile(geo, foundation_model const&). Returns a `result<cross_region_profile>`.

    @par Example
    @code
    auto p = bedrock::make_cross_region_profile(bedrock::geo::jp, "anthropic.claude-sonnet-4-5-20250929-v1:0");
    assert(p && p->id() == "jp.anthropic.claude-sonnet-4-5-20250929-v1:0");
    assert(bedrock::make_cross_region_profile(bedrock::geo::jp, "acme.unknown-v1").error().code == bedrock::errc::unknown_model);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto make_cross_region_profile(geo g, std::string_view model_id) noexcept {
    using result_type = result<detail::dependent_t<cross_region_profile, I>>;
    auto const* m = find_model<I>(model_id);
    if (!m) {
        if (auto e = check_model_id<I>(model_id)) return result_type(*e);
        return result_type(parse_error{errc::unknown_model, 0});
    }
    return make_cross_region_profile<I>(g, *m);
}

// ---- ARNs in an environment ------------------------------------------------------------------------------

/** The foundation-model ARN in the environment's region (`modelArn` of the references). */
template <int I = 0>
[[nodiscard]] inline std::string foundation_model_arn(foundation_model const& m, arn_environment const& env) {
    return format_bedrock_arn<I>(env.location(), resource_kind::foundation_model, m.id);
}

/** The cross-region profile ARN in the environment's source region and account. */
template <int I = 0>
[[nodiscard]] inline std::string cross_region_profile_arn(cross_region_profile const& p, arn_environment const& env) {
    return format_bedrock_arn<I>(env.location(), resource_kind::inference_profile, p.id());
}

} // namespace bedrock

#endif // BEDROCK_CROSS_REGION_PROFILE_HPP
