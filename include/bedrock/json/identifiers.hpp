#ifndef BEDROCK_JSON_IDENTIFIERS_HPP
#define BEDROCK_JSON_IDENTIFIERS_HPP

/** @file
    The JSON form of the parsed identifier values: a @ref bedrock_arn and a @ref classification are written
    as an object of their typed parts, through the generic converter like every document of the library.

    Both values are views of the caller's text, so they cannot be read back from JSON on their own; their
    JSON form is an owning aggregate, @ref bedrock_arn_fields and @ref classification_fields, described here
    with its @ref json_object_traits (camelCase, strict). Enum parts (`resourceType`, `partition`, `geo`,
    `kind`, an error's `code`) are written by their @ref wire_names; a part that does not apply is omitted
    (never `null`). `boost::json::value_from(b)`, @ref to_json_value and any described aggregate with a
    `bedrock_arn` or `classification` member write this form; @ref from_json_value and @ref parse_document
    read the `…_fields` aggregates back (strictly, errors naming the JSON Pointer).

    @par Example
    @code
    auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID");
    boost::json::value v = bedrock::to_json_value(*b);
    // {"resourceType":"agent-alias","partition":"aws","service":"bedrock","region":"us-east-1",
    //  "account":"123456789012","resourceId":"DNCJJYQKSU/TSTALIASID","agentId":"DNCJJYQKSU","aliasId":"TSTALIASID"}
    @endcode
*/

#include <bedrock/arn.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/json.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/region.hpp>
#include <bedrock/resource_kind.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/conversion.hpp>
#include <boost/json/value.hpp>

#include <array>        // std::array (rules, renames)
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (parts that do not apply)
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace bedrock {

/** The typed parts of a Bedrock ARN, owning their text: the JSON form of a @ref bedrock_arn.

    Member order is JSON order. The kind-specific parts are set only where @ref bedrock_arn sets them:
    `agent_id` is the parent of an agent alias, `flow_id` the parent of a flow alias or execution.
*/
struct bedrock_arn_fields {
    resource_kind resource_type = resource_kind::foundation_model; ///< `resourceType`, e.g. `inference-profile`
    bedrock::partition partition = bedrock::partition::aws;        ///< `partition`, e.g. `aws-us-gov`
    std::string service;                     ///< `service` (`bedrock`)
    std::string region;                      ///< `region` (empty for a region-less ARN)
    std::string account;                     ///< `account` (empty, 12 digits, or `aws`)
    std::string resource_id;                 ///< `resourceId`: everything after `<type>/`
    std::optional<std::string> suffix;       ///< custom models and jobs: the trailing 12-character id
    std::optional<std::string> version;      ///< prompts and automated-reasoning policies, when versioned
    std::optional<std::string> agent_id;     ///< agent aliases: the agent id
    std::optional<std::string> flow_id;      ///< flow aliases and executions: the flow id
    std::optional<std::string> alias_id;     ///< agent and flow aliases: the alias id
    std::optional<std::string> execution_id; ///< flow executions: the execution id
    std::optional<std::string> owner;        ///< `"aws"` when AWS owns the resource (the account is `aws`)
    std::optional<bedrock::geo> geo;         ///< inference profiles: the geo, when recognised
    std::optional<std::string> unrecognised_geo; ///< inference profiles read leniently: a geo the library does not know
    std::optional<std::string> model_id;     ///< the model id part, when the kind has one
    /// Member-wise equality.
    friend bool operator==(bedrock_arn_fields const&, bedrock_arn_fields const&) = default;
};

/** A @ref parse_error as JSON: its code (wire name), byte offset and sentence. */
struct parse_error_fields {
    errc code = errc::ok;      ///< `code`, e.g. `bad_account`
    std::uint32_t offset = 0;  ///< `offset`: byte offset into the classified text
    std::string message;       ///< `message`: the code's sentence (@ref parse_error::message)
    /// Member-wise equality.
    friend bool operator==(parse_error_fields const&, parse_error_fields const&) = default;
};

/** The JSON form of a @ref classification: its kind, then for an ARN the parts of @ref bedrock_arn_fields
    (flat, in the same order and spelling), then the geo and model id of any kind, and the error of an
    `invalid` one. The classifier's note is a sentence, not a value, and is left to the printer. */
struct classification_fields {
    identifier_kind kind = identifier_kind::invalid;   ///< `kind`, e.g. `cross_region_profile_id`
    std::optional<resource_kind> resource_type;        ///< ARNs: as @ref bedrock_arn_fields
    std::optional<bedrock::partition> partition;       ///< ARNs
    std::optional<std::string> service;                ///< ARNs
    std::optional<std::string> region;                 ///< ARNs (may be empty)
    std::optional<std::string> account;                ///< ARNs (may be empty)
    std::optional<std::string> resource_id;            ///< ARNs
    std::optional<std::string> suffix;                 ///< ARNs
    std::optional<std::string> version;                ///< ARNs
    std::optional<std::string> agent_id;               ///< ARNs
    std::optional<std::string> flow_id;                ///< ARNs
    std::optional<std::string> alias_id;               ///< ARNs
    std::optional<std::string> execution_id;           ///< ARNs
    std::optional<std::string> owner;                  ///< ARNs
    std::optional<bedrock::geo> geo;                   ///< profile ids and ARNs: the geo, when recognised
    std::optional<std::string> unrecognised_geo;       ///< profile ids and ARNs: a geo the library does not know, as written
    std::optional<std::string> model_id;               ///< the model id part, when there is one
    std::optional<parse_error_fields> error;           ///< `invalid`: why and where
    /// Member-wise equality.
    friend bool operator==(classification_fields const&, classification_fields const&) = default;
};

/** The parts of `a`, copied (@ref bedrock_arn_fields).

    @par Example
    @code
    auto f = bedrock::make_bedrock_arn_fields(*bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12AB:3"));
    // f.resource_type == bedrock::resource_kind::prompt, f.resource_id == "PROMPT12AB:3", f.version == "3"
    @endcode
*/
[[nodiscard]] inline bedrock_arn_fields make_bedrock_arn_fields(bedrock_arn const& a) {
    auto const unless_empty = [](std::string_view s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    bedrock_arn_fields f;
    f.resource_type = a.kind;
    f.partition = a.partition;
    f.service = std::string(a.arn.service());
    f.region = std::string(a.arn.region());
    f.account = std::string(a.arn.account());
    f.resource_id = std::string(a.id);
    f.suffix = unless_empty(a.suffix);
    f.version = unless_empty(a.version);
    if (a.kind == resource_kind::agent_alias) f.agent_id = unless_empty(a.parent);
    if (a.kind == resource_kind::flow) f.flow_id = unless_empty(a.parent);
    f.alias_id = unless_empty(a.alias);
    f.execution_id = unless_empty(a.execution);
    if (a.aws_owned()) f.owner = "aws";
    f.geo = a.geo;
    if (a.kind == resource_kind::inference_profile && !a.geo)  // read leniently (@ref read_bedrock_arn)
        f.unrecognised_geo = unless_empty(a.id.substr(0, detail::first_segment_size(a.id)));
    f.model_id = unless_empty(a.model);
    return f;
}

/** The parts of `c`, copied (@ref classification_fields).

    @par Example
    @code
    auto f = bedrock::make_classification_fields(bedrock::classify_model_identifier("zz.amazon.nova-pro-v1:0"));
    // f.kind == bedrock::identifier_kind::cross_region_profile_id, f.unrecognised_geo == "zz", !f.geo
    @endcode
*/
[[nodiscard]] inline classification_fields make_classification_fields(classification const& c) {
    classification_fields f;
    f.kind = c.kind;
    if (c.arn) {
        auto a = make_bedrock_arn_fields(*c.arn);
        f.resource_type = a.resource_type;
        f.partition = a.partition;
        f.service = std::move(a.service);
        f.region = std::move(a.region);
        f.account = std::move(a.account);
        f.resource_id = std::move(a.resource_id);
        f.suffix = std::move(a.suffix);
        f.version = std::move(a.version);
        f.agent_id = std::move(a.agent_id);
        f.flow_id = std::move(a.flow_id);
        f.alias_id = std::move(a.alias_id);
        f.execution_id = std::move(a.execution_id);
        f.owner = std::move(a.owner);
    }
    f.geo = c.geo;
    if (c.geo_unrecognised()) f.unrecognised_geo = std::string(c.geo_text);
    if (!c.model.empty()) f.model_id = std::string(c.model);
    if (!c.valid()) f.error = parse_error_fields{c.error.code, c.error.offset, std::string(c.error.message())};
    return f;
}

// ---- descriptions (member order = JSON output order) ---------------------------------------------------
BOOST_DESCRIBE_STRUCT(bedrock_arn_fields, (),
                      (resource_type, partition, service, region, account, resource_id, suffix, version, agent_id,
                       flow_id, alias_id, execution_id, owner, geo, unrecognised_geo, model_id))
BOOST_DESCRIBE_STRUCT(parse_error_fields, (), (code, offset, message))
BOOST_DESCRIBE_STRUCT(classification_fields, (),
                      (kind, resource_type, partition, service, region, account, resource_id, suffix, version,
                       agent_id, flow_id, alias_id, execution_id, owner, geo, unrecognised_geo, model_id, error))

namespace detail {
/// An ARN's region part: empty (region-less ARNs) or a region (@ref check_region).
constexpr std::optional<parse_error> check_arn_region_part(std::string_view s) noexcept {
    return s.empty() ? std::nullopt : check_region(s);
}
/// An ARN's account part: empty, `aws` (AWS-owned resources) or 12 digits (@ref check_account_id).
constexpr std::optional<parse_error> check_arn_account_part(std::string_view s) noexcept {
    return s.empty() || s == "aws" ? std::nullopt : check_account_id(s);
}
/// Traits of the identifier forms: camelCase; strict, as they are the library's own documents.
struct json_identifier_traits {
    static constexpr json_naming naming = json_naming::camel;
    static constexpr bool strict = true;
    static constexpr std::array<json_rename, 0> renames{};
    static constexpr std::array<json_member_rule, 2> rules{{
        {"region", json_rule_level::read, &check_arn_region_part, "an ARN's region: empty or a region"},
        {"account", json_rule_level::read, &check_arn_account_part, "an ARN's account: empty, aws or 12 digits"}}};
};
} // namespace detail

/// @ref bedrock_arn_fields: camelCase, strict; `region` and `account` are checked as an ARN's parts.
template <> struct json_object_traits<bedrock_arn_fields> : detail::json_identifier_traits {};
/// @ref classification_fields: as @ref bedrock_arn_fields.
template <> struct json_object_traits<classification_fields> : detail::json_identifier_traits {};
/// @ref parse_error_fields: camelCase, strict.
template <> struct json_object_traits<parse_error_fields> {
    static constexpr json_naming naming = json_naming::camel;       ///< member spelling
    static constexpr bool strict = true;                             ///< unknown members are refused
    static constexpr std::array<json_member_rule, 0> rules{};        ///< no member checks
    static constexpr std::array<json_rename, 0> renames{};           ///< no explicit names
};

namespace detail {
// Leaves (found by argument-dependent lookup through write_ctx): a bedrock_arn or classification member of
// any described aggregate is written as its fields. There is no read_value: the values are views.
inline bj::value write_value(bedrock_arn const& a, write_ctx const& w) { return write_value(make_bedrock_arn_fields(a), w); }
inline bj::value write_value(classification const& c, write_ctx const& w) {
    return write_value(make_classification_fields(c), w);
}
} // namespace detail

/** The JSON form of `a` (@ref bedrock_arn_fields). */
[[nodiscard]] inline boost::json::value to_json_value(bedrock_arn const& a) { return detail::write_value(a, detail::write_ctx{}); }
/** The JSON form of `c` (@ref classification_fields). */
[[nodiscard]] inline boost::json::value to_json_value(classification const& c) { return detail::write_value(c, detail::write_ctx{}); }

/** `boost::json::value_from(a)`: the JSON form of a @ref bedrock_arn (found by argument-dependent lookup). */
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, bedrock_arn const& a) { v = to_json_value(a); }
/** `boost::json::value_from(c)`: the JSON form of a @ref classification (found by argument-dependent lookup). */
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, classification const& c) { v = to_json_value(c); }

} // namespace bedrock

#endif // BEDROCK_JSON_IDENTIFIERS_HPP
