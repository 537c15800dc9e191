#ifndef BEDROCK_REQUEST_MEMBERS_HPP
#define BEDROCK_REQUEST_MEMBERS_HPP

/** @file
    The checked member types of the typed requests: one non-owning view per identifier shape
    (`inference_profile_identifier`, `pagination_token`, …), `max_results` (1..1000), and the owning
    `tag_list` / `tag_key_list` (at most 200 items, every key and value within its shape).

    A value of these types has passed its check, so a request made of them cannot be wrong. Identifiers are
    checked with the library's strict layer (`check_strict`: known partition, region, geo, id grammar);
    names, descriptions, tokens, tags and providers exactly as the service model states them
    (`check_syntax`), since the strict layer's extra rules for those are the CDK's, not AWS's.

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json`: shapes `MaxResults`, `PaginationToken`,
    `InferenceProfileIdentifier`, `PromptRouterArn`, `GetFoundationModelIdentifier`, `TaggableResourcesArn`,
    `IdempotencyToken`, `TagKey`, `TagValue`, `TagList`, `TagKeyList`, `Provider`.
*/

#include <bedrock/api.hpp>
#include <bedrock/arn.hpp>
#include <bedrock/checked_view.hpp>
#include <bedrock/detail/literal_error.hpp>
#include <bedrock/error.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/result.hpp>
#include <bedrock/shape.hpp>

#include <compare>      // std::strong_ordering
#include <cstddef>      // std::size_t
#include <cstdint>      // std::int64_t, std::uint16_t, std::uint32_t
#include <optional>     // std::optional (checkers)
#include <string>       // std::string (pointers)
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector (tag lists)

namespace bedrock {

/** Checks `s` for the member type `T` (one of the `checked_view` member types below); the result views `s`. */
template <class T>
[[nodiscard]] constexpr result<T> parse_checked(std::string_view s) noexcept {
    return T::parse(s);
}

namespace detail {

/// The resource kinds the TaggableResourcesArn pattern lists (botocore service-2.json, shape TaggableResourcesArn).
constexpr bool is_taggable_kind(resource_kind k) noexcept {
    switch (k) {
    case resource_kind::custom_model:
    case resource_kind::fine_tuning_job:
    case resource_kind::model_customization_job:
    case resource_kind::guardrail:
    case resource_kind::automated_reasoning_policy:
    case resource_kind::inference_profile:
    case resource_kind::application_inference_profile:
    case resource_kind::provisioned_model:
    case resource_kind::model_invocation_job:
    case resource_kind::model_evaluation_job:
    case resource_kind::evaluation_job:
    case resource_kind::model_import_job:
    case resource_kind::imported_model:
    case resource_kind::async_invoke:
    case resource_kind::provisioned_model_v2:
    case resource_kind::provisioned_model_reservation:
    case resource_kind::prompt_router:
    case resource_kind::custom_model_deployment: return true;
    default: return false;
    }
}

constexpr std::optional<parse_error> check_length(std::string_view s, std::size_t min, std::size_t max) noexcept {
    if (s.empty() && min > 0) return parse_error{errc::empty, 0};
    if (s.size() < min) return parse_error{errc::too_short, static_cast<std::uint32_t>(s.size())};
    if (s.size() > max) return parse_error{errc::too_long, static_cast<std::uint32_t>(max)};
    return std::nullopt;
}

/// A strict Bedrock ARN whose kind is in `ok`, else `wrong_resource_type` at the resource type.
template <class Pred>
constexpr std::optional<parse_error> check_arn_kind(std::string_view s, Pred ok) noexcept {
    auto const b = parse_bedrock_arn(s);
    if (!b) return b.error();
    if (!ok(b->kind)) return parse_error{errc::wrong_resource_type, b->arn.offset_of(4)};
    return std::nullopt;
}

} // namespace detail

/// `PaginationToken`: 1..2048 bytes of non-whitespace (`\S*`).
struct pagination_token : checked_view<pagination_token> {
    constexpr pagination_token() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval pagination_token(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::pagination_token>(s);
    }
};
/// `InferenceProfileIdentifier`, strict: a profile ARN (either kind), a cross-region id or an application id.
struct inference_profile_identifier : checked_view<inference_profile_identifier> {
    constexpr inference_profile_identifier() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval inference_profile_identifier(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_strict<shape::inference_profile_identifier>(s);
    }
};
/** `PromptRouterArn`: a strict `default-prompt-router/…` ARN (the model's pattern) or a custom
    `prompt-router/[a-z0-9]{12}` ARN, 1..2048 bytes. The model's pattern lists only the default kind, yet
    CreatePromptRouter makes `prompt-router/` ARNs and DeletePromptRouter can delete nothing else
    (docs/requests.md, "Departures"). */
struct prompt_router_arn : checked_view<prompt_router_arn> {
    constexpr prompt_router_arn() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval prompt_router_arn(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        if (auto e = detail::check_length(s, 1, 2048)) return e;
        return detail::check_arn_kind(s, [](resource_kind k) {
            return k == resource_kind::default_prompt_router || k == resource_kind::prompt_router;
        });
    }
};
/// `GetFoundationModelIdentifier`, strict: a foundation-model ARN or a model id.
struct foundation_model_identifier : checked_view<foundation_model_identifier> {
    constexpr foundation_model_identifier() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval foundation_model_identifier(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_strict<shape::get_foundation_model_identifier>(s);
    }
};
/** `TaggableResourcesArn`: 20..1011 bytes, a strict Bedrock ARN of a kind the model's pattern lists. */
struct taggable_resource_arn : checked_view<taggable_resource_arn> {
    constexpr taggable_resource_arn() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval taggable_resource_arn(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        if (auto e = detail::check_length(s, 20, 1011)) return e;
        return detail::check_arn_kind(s, detail::is_taggable_kind);
    }
};
/// `IdempotencyToken`: 1..256 bytes of `[a-zA-Z0-9-]`, starting and ending with a letter or digit.
struct client_request_token : checked_view<client_request_token> {
    constexpr client_request_token() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval client_request_token(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::idempotency_token>(s);
    }
};
/// `Provider` (the `byProvider` filter): 1..63 bytes of `[A-Za-z0-9- ]`.
struct provider_name : checked_view<provider_name> {
    constexpr provider_name() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval provider_name(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::provider>(s);
    }
};
/// `InferenceProfileName`: 1..64 bytes, `([0-9a-zA-Z][ _-]?)+`.
struct inference_profile_name : checked_view<inference_profile_name> {
    constexpr inference_profile_name() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval inference_profile_name(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::inference_profile_name>(s);
    }
};
/// `InferenceProfileDescription` / `PromptRouterDescription`: 1..200 bytes, `([0-9a-zA-Z:.][ _-]?)+`.
struct resource_description : checked_view<resource_description> {
    constexpr resource_description() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval resource_description(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::inference_profile_description>(s);
    }
};
/// `InferenceProfileModelSourceArn`, strict: a foundation-model ARN or a system-defined profile ARN.
struct model_source_arn : checked_view<model_source_arn> {
    constexpr model_source_arn() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval model_source_arn(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_strict<shape::inference_profile_model_source_arn>(s);
    }
};
/// `PromptRouterName`: 1..64 bytes, `([0-9a-zA-Z][ _-]?)+`.
struct prompt_router_name : checked_view<prompt_router_name> {
    constexpr prompt_router_name() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval prompt_router_name(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_syntax<shape::prompt_router_name>(s);
    }
};
/// `PromptRouterTargetModelArn`, strict: a foundation-model ARN or an inference-profile ARN.
struct prompt_router_target_model_arn : checked_view<prompt_router_target_model_arn> {
    constexpr prompt_router_target_model_arn() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval prompt_router_target_model_arn(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_strict<shape::prompt_router_target_model_arn>(s);
    }
};


/** `MaxResults`: an integer in 1..1000.

    @par Example
    @code
    constexpr bedrock::max_results m{50};
    static_assert(m.value() == 50 && !bedrock::parse_max_results(1001));
    @endcode
*/
class max_results {
public:
    static constexpr std::int64_t min = 1;    ///< The model's `min`.
    static constexpr std::int64_t max = 1000; ///< The model's `max`.

    /// A constant checked at compile time; out of range does not compile.
    consteval max_results(int v) : value_(static_cast<std::uint16_t>(v)) { // NOLINT: implicit on purpose
        if (v < min || v > max) max_results_is_outside_1_to_1000();
    }
    /// The value.
    [[nodiscard]] constexpr int value() const noexcept { return value_; }
    friend constexpr bool operator==(max_results, max_results) noexcept = default;

private:
    struct unchecked_t {};
    constexpr max_results(unchecked_t, std::int64_t v) noexcept : value_(static_cast<std::uint16_t>(v)) {}
    friend constexpr std::optional<max_results> parse_max_results(std::int64_t v) noexcept;
    static void max_results_is_outside_1_to_1000(); // never defined: reaching it is the diagnostic
    std::uint16_t value_ = 1;
};

/// `v` as a @ref max_results, or `std::nullopt` outside 1..1000.
[[nodiscard]] constexpr std::optional<max_results> parse_max_results(std::int64_t v) noexcept {
    if (v < max_results::min || v > max_results::max) return std::nullopt;
    return max_results(max_results::unchecked_t{}, v);
}

/// The most tags one request carries (`TagList`, `TagKeyList`: max 200).
inline constexpr std::size_t max_tags = 200;

/** A checked `TagList`: at most 200 tags, each key `TagKey` (1..128 bytes of `[a-zA-Z0-9\s._:/=+@-]`),
    each value `TagValue` (0..256 bytes, same characters), no key twice. Owns its tags.

    @par Example
    @code
    auto t = bedrock::make_tag_list({{"team", "support"}, {"cost-center", "42"}});
    assert(t && t->tags().size() == 2);
    @endcode
*/
class tag_list {
public:
    /// An empty list.
    tag_list() = default;
    /// The tags, in the order given.
    [[nodiscard]] std::vector<tag> const& tags() const noexcept { return tags_; }
    friend bool operator==(tag_list const&, tag_list const&) = default;

private:
    friend request_result<tag_list> make_tag_list(std::vector<tag> tags, std::string_view pointer);
    std::vector<tag> tags_;
};

namespace detail {
inline request_error member_error(std::string pointer, parse_error e) {
    return request_error{request_errc::invalid_value, std::move(pointer), e, {}};
}
inline std::string item_pointer(std::string_view list, std::size_t i, std::string_view member = {}) {
    std::string p(list);
    p += '/';
    p += std::to_string(i);
    if (!member.empty()) {
        p += '/';
        p += member;
    }
    return p;
}
} // namespace detail

/** Checks `tags` as a `TagList`; errors point into the list (`/tags/3/key`, `/tags` when too long).
    @param pointer the list's JSON Pointer, `/tags` by default. */
[[nodiscard]] inline request_result<tag_list> make_tag_list(std::vector<tag> tags, std::string_view pointer = "/tags") {
    if (tags.size() > max_tags)
        return request_error{request_errc::too_many_items, std::string(pointer), {}, "200"};
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (auto e = check_syntax<shape::tag_key>(tags[i].key)) return detail::member_error(detail::item_pointer(pointer, i, "key"), *e);
        if (auto e = check_syntax<shape::tag_value>(tags[i].value))
            return detail::member_error(detail::item_pointer(pointer, i, "value"), *e);
        for (std::size_t j = 0; j < i; ++j)
            if (tags[j].key == tags[i].key)
                return request_error{request_errc::duplicate_key, detail::item_pointer(pointer, i, "key"), {}, {}};
    }
    tag_list l;
    l.tags_ = std::move(tags);
    return l;
}

/** A checked `TagKeyList` (UntagResource): at most 200 keys, each a `TagKey`. Owns its keys. */
class tag_key_list {
public:
    /// An empty list.
    tag_key_list() = default;
    /// The keys, in the order given.
    [[nodiscard]] std::vector<std::string> const& keys() const noexcept { return keys_; }
    friend bool operator==(tag_key_list const&, tag_key_list const&) = default;

private:
    friend request_result<tag_key_list> make_tag_key_list(std::vector<std::string> keys, std::string_view pointer);
    std::vector<std::string> keys_;
};

/** Checks `keys` as a `TagKeyList`; errors point at the key (`/tagKeys/1`) or the list. */
[[nodiscard]] inline request_result<tag_key_list> make_tag_key_list(std::vector<std::string> keys,
                                                                   std::string_view pointer = "/tagKeys") {
    if (keys.size() > max_tags) return request_error{request_errc::too_many_items, std::string(pointer), {}, "200"};
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (auto e = check_syntax<shape::tag_key>(keys[i])) return detail::member_error(detail::item_pointer(pointer, i), *e);
    tag_key_list l;
    l.keys_ = std::move(keys);
    return l;
}

namespace detail {
/// Parses an optional text member into `out`; on failure returns the error naming `pointer`.
template <class T>
std::optional<request_error> take(std::optional<std::string_view> in, std::optional<T>& out, std::string_view pointer) {
    if (!in) return std::nullopt;
    auto r = T::parse(*in);
    if (!r) return member_error(std::string(pointer), r.error());
    out = *r;
    return std::nullopt;
}
/// Parses a required text member into `out`.
template <class T>
std::optional<request_error> take(std::string_view in, T& out, std::string_view pointer) {
    auto r = T::parse(in);
    if (!r) return member_error(std::string(pointer), r.error());
    out = *r;
    return std::nullopt;
}
/// Parses an optional `maxResults`.
inline std::optional<request_error> take_max_results(std::optional<std::int64_t> in, std::optional<max_results>& out) {
    if (!in) return std::nullopt;
    out = parse_max_results(*in);
    if (!out)
        return request_error{request_errc::out_of_range, "/maxResults", {}, std::to_string(*in) + " is outside 1..1000"};
    return std::nullopt;
}
/// Parses an optional enum member with `parse` (an exact wire-spelling parser); `expected` lists the values.
template <class E, class Parse>
std::optional<request_error> take_enum(std::optional<std::string_view> in, std::optional<E>& out, Parse parse,
                                       std::string_view pointer, std::string_view expected) {
    if (!in) return std::nullopt;
    out = parse(*in);
    if (!out) return request_error{request_errc::unknown_enum_value, std::string(pointer), {}, std::string(expected)};
    return std::nullopt;
}
} // namespace detail

} // namespace bedrock

#endif // BEDROCK_REQUEST_MEMBERS_HPP
