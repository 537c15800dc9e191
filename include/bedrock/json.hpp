#ifndef BEDROCK_JSON_HPP
#define BEDROCK_JSON_HPP

/** @file
    JSON for the library's document types, with Boost.JSON and Boost.Describe (Boost ≥ 1.81): the entry
    points and the generic machinery.

    The json layer is the only one of the library that includes Boost (CMake target `bedrock::profiles_json`).
    Boost.JSON must be compiled once per program: either include `<boost/json/src.hpp>` in exactly one
    source file, or link `Boost::json` (Debian: `libboost-json1.81-dev`). See docs/json.md.

    The entry points are here; the machinery is in `bedrock/json/`: `error.hpp` (json_errc, json_error,
    json_result), `reader.hpp` (the safe reader, @ref parse_json), `format.hpp` (@ref format_json),
    `traits.hpp` (how a type maps to JSON), `convert.hpp` (the generic converter), `stream_reader.hpp` (the
    one-pass reader) and `writer.hpp` (the direct writer).

    The document types themselves are described in one header per family, which includes this one:
    - `<bedrock/json/api.hpp>`: the Bedrock API requests and responses of `<bedrock/api.hpp>`;
    - `<bedrock/json/cloudformation.hpp>`: the CloudFormation templates of `<bedrock/cloudformation.hpp>`;
    - `<bedrock/json/iam.hpp>`: the IAM policy documents of `<bedrock/iam.hpp>`;
    - `<bedrock/json/documents.hpp>`: all three.
    A TU includes the families it reads or writes, and compiles only those (issue 9). Calling an entry point
    with a document type whose family header is missing stops compilation with a message that names it.

    What it provides:
    - one generic `tag_invoke(value_from_tag, …)` and one generic `tag_invoke(try_value_to_tag<T>, …)` for all
      described types, so `boost::json::value_from(x)` and `boost::json::try_value_to<T>(v)` work. They do not
      use Boost 1.81's built-in described-struct conversion, which rejects unknown members, rejects missing
      optionals and writes `null` (style.md §2.6);
    - @ref parse_document for untrusted text, reporting the first failure as a JSON Pointer;
    - @ref to_json_value and @ref serialize_document with the wire form (compact, `Z` timestamps) and the
      AWS CLI form (4-space indent, `+00:00` timestamps, final newline).

    Importing application profiles from CloudFormation JSON (`parse_cfn_application_profile(s)`) is opt-in in
    `<bedrock/json/cfn_import.hpp>`: it needs `<bedrock/application_profile.hpp>` and the identifier layer's
    catalog and builders, which cost about as much to compile as the rest of this header (issue 9).
*/

#include <bedrock/json/convert.hpp>
#include <bedrock/json/detail/document_families.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/format.hpp>
#include <bedrock/json/reader.hpp>
#include <bedrock/json/stream_reader.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/json/writer.hpp>
#include <bedrock/timestamp.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/result.hpp>

#include <array>
#include <exception>
#include <string>
#include <string_view>
#include <utility>

namespace bedrock {

// ---- the generic Boost.JSON customisation points -----------------------------------------------------

/** Converts any described aggregate of this library to JSON (wire timestamps; empty optionals omitted).

    Found by argument-dependent lookup from `boost::json::value_from`.

    @par Example
    @code
    boost::json::value v = boost::json::value_from(bedrock::tag{"team", "support"});
    // {"key":"team","value":"support"}
    @endcode
*/
template <class T>
    requires detail::described<T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, T const& x) {
    v = detail::write_value(x, detail::write_ctx{timestamp_format::wire});
}

/** Converts JSON to any described aggregate of this library without throwing (the type's natural read mode).

    Found by argument-dependent lookup from `boost::json::try_value_to<T>`. The error code is a
    @ref json_errc; use @ref from_json_value to also get the JSON Pointer.

    @par Example
    @code
    auto r = boost::json::try_value_to<bedrock::tag>(boost::json::value{{"key", "a"}, {"value", "b"}});
    // r.has_value(), r->key == "a"
    @endcode
*/
template <class T>
    requires detail::described<T>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& v) {
    detail::read_ctx c;
    c.strict = json_object_traits<T>::strict;
    T out{};
    try {
        if (detail::read_value(v, out, c)) return out;
    } catch (std::exception const&) {
        return make_error_code(json_errc::too_large);
    }
    return make_error_code(c.error.code);
}

// ---- the library's entry points ----------------------------------------------------------------------

namespace detail {
/// The types the entry points accept: described aggregates, and the library's document types even when their
/// family header is missing (then @ref require_json_family names it, instead of an unsatisfied constraint).
template <class T>
concept json_document = described<T> || json_family_of<T> != json_family::none;
} // namespace detail

/** The output form of @ref serialize_document. */
enum class json_output : unsigned char {
    wire, ///< compact, timestamps `…Z` (what the service sends; botocore request form)
    cli,  ///< AWS CLI v2: 4-space indent, timestamps `…+00:00`, final newline
};

/** Converts a described aggregate to a `boost::json::value`, writing timestamps in the given form.

    @par Example
    @code
    bedrock::create_inference_profile_response r{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", std::nullopt};
    boost::json::value v = bedrock::to_json_value(r);  // {"inferenceProfileArn": "…"} (no "status": null)
    @endcode
*/
template <class T>
    requires detail::json_document<T>
[[nodiscard]] boost::json::value to_json_value(T const& x, timestamp_format timestamps = timestamp_format::wire) {
    detail::require_json_family<T>();
    if constexpr (detail::described<T>) return detail::write_value(x, detail::write_ctx{timestamps});
    else return {};
}

/** Converts a `boost::json::value` to a described aggregate, reporting the first failure as a JSON Pointer.

    `mode` chooses how strict the read is (@ref read_mode). Never throws.

    @par Example
    @code
    boost::json::value v = {{"inferenceProfileArn", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"},
                            {"status", "DELETING"}};
    auto r = bedrock::from_json_value<bedrock::create_inference_profile_response>(v);
    // r.error().code == bedrock::json_errc::unknown_enum_value, r.error().pointer == "/status"
    @endcode
*/
template <class T>
    requires detail::json_document<T>
[[nodiscard]] json_result<T> from_json_value(boost::json::value const& v, read_mode mode = read_mode::natural) noexcept {
    detail::require_json_family<T>();
    if constexpr (!detail::described<T>) return detail::document_error(json_errc::wrong_type, 0);
    else try {
        detail::read_ctx c;
        c.strict = mode == read_mode::natural ? json_object_traits<T>::strict : mode == read_mode::strict;
        T out{};
        if (detail::read_value(v, out, c)) return out;
        return std::move(c.error);
    } catch (std::exception const&) {
        return detail::document_error(json_errc::too_large, 0);
    }
}

/** Parses untrusted JSON text into a described aggregate: the result of @ref parse_json, then @ref from_json_value,
    computed in one pass without a DOM (@ref read_document).

    Never throws and never crashes on any input: syntax, encoding, depth (64), duplicate keys, trailing
    content, wrong types, missing required members, unknown enum values, bad timestamps and values that
    break their pattern are all returned as a @ref json_error naming the JSON Pointer.

    @par Example
    @code
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
    // r.has_value(), r->next_token == "abc", !r->inference_profile_summaries
    @endcode
*/
template <class T>
    requires detail::json_document<T>
[[nodiscard]] json_result<T> parse_document(std::string_view text, read_mode mode = read_mode::natural,
                                            json_read_options options = {}) noexcept {
    detail::require_json_family<T>();
    if constexpr (detail::described<T>)
        return read_document<T>(text, mode, options); // one pass, no DOM; same results as the DOM path above
    else return detail::document_error(json_errc::wrong_type, 0);
}

/** Writes a described aggregate as JSON text: the wire form (compact, `Z`) or the AWS CLI v2 form (4-space
    indent, `+00:00`, final newline). Reading a CLI fixture and writing it in cli form gives the same bytes;
    likewise for the wire form (without the final newline a file may add).

    @par Example
    @code
    std::string s = bedrock::serialize_document(bedrock::tag{"team", "support"}, bedrock::json_output::cli);
    // "{\n    \"key\": \"team\",\n    \"value\": \"support\"\n}\n"
    @endcode
*/
template <class T>
    requires detail::json_document<T>
[[nodiscard]] std::string serialize_document(T const& x, json_output form = json_output::wire) {
    detail::require_json_family<T>();
    std::string out;
    if constexpr (detail::described<T>)
        write_json(out, x, form == json_output::cli ? json_layout::cli : json_layout::compact,
                   form == json_output::cli ? timestamp_format::cli : timestamp_format::wire);
    return out;
}

} // namespace bedrock

#endif // BEDROCK_JSON_HPP
