#ifndef BEDROCK_IO_HPP
#define BEDROCK_IO_HPP

/** @file
    Stream output (`operator<<`) for the identifier types. This is the only header of the library that
    includes `<ostream>`; the core headers stay free of streams (fmt's `ostream.h` split).
*/

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/shape.hpp>

#include <ostream>  // std::ostream

namespace bedrock {

/** Writes the wire name of the code (`too_long`).
    @par Example
    @code
    std::ostringstream os;
    os << bedrock::errc::too_long;   // "too_long"
    @endcode
*/
inline std::ostream& operator<<(std::ostream& os, errc e) { return os << to_string(e); }

/** Writes `<code> at offset <n>: <message>`, e.g. `bad_account at offset 26: an account id is exactly 12 digits`. */
inline std::ostream& operator<<(std::ostream& os, parse_error const& e) {
    return os << to_string(e.code) << " at offset " << e.offset << ": " << e.message();
}

/// Writes the partition id (`aws-us-gov`).
inline std::ostream& operator<<(std::ostream& os, partition p) { return os << to_string(p); }
/// Writes the geo's wire spelling (`us-gov`).
inline std::ostream& operator<<(std::ostream& os, geo g) { return os << to_string(g); }
/// Writes the resource type (`inference-profile`).
inline std::ostream& operator<<(std::ostream& os, resource_kind k) { return os << to_string(k); }
/// Writes the AWS shape name (`InferenceProfileArn`).
inline std::ostream& operator<<(std::ostream& os, shape s) { return os << to_string(s); }
/// Writes the identifier kind (`cross_region_profile_id`).
inline std::ostream& operator<<(std::ostream& os, identifier_kind k) { return os << to_string(k); }
/// Writes the model id.
inline std::ostream& operator<<(std::ostream& os, model_id const& m) { return os << m.str(); }
/// Writes the profile id.
inline std::ostream& operator<<(std::ostream& os, profile_id const& p) { return os << p.str(); }
/// Writes the application profile id.
inline std::ostream& operator<<(std::ostream& os, application_profile_id const& a) { return os << a.str(); }
/// Writes the ARN.
inline std::ostream& operator<<(std::ostream& os, arn_view const& a) { return os << a.str(); }
/// Writes the ARN.
inline std::ostream& operator<<(std::ostream& os, bedrock_arn const& a) { return os << a.str(); }
/// Writes the ARN.
inline std::ostream& operator<<(std::ostream& os, arn_literal const& a) { return os << a.str(); }

/** Writes a one-line description: the kind (and resource kind, geo, model), the note, or the error. A geo
    this library does not recognise is written as text with `(unrecognised)`.

    @par Example
    @code
    std::ostringstream os;
    os << bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0");
    // "cross_region_profile_id geo=zz (unrecognised) model=anthropic.claude-sonnet-4-5-20250929-v1:0"
    @endcode
*/
inline std::ostream& operator<<(std::ostream& os, classification const& c) {
    if (!c.valid()) return os << "invalid: " << c.error;
    os << to_string(c.kind);
    if (c.resource) os << ' ' << to_string(*c.resource);
    if (c.geo) os << " geo=" << to_string(*c.geo);
    else if (c.geo_unrecognised()) os << " geo=" << c.geo_text << " (unrecognised)";
    if (!c.model.empty()) os << " model=" << c.model;
    if (c.note == classification_note::ambiguous_twelve_char_id) os << " (" << to_string(c.note) << ')';
    return os;
}

} // namespace bedrock

#endif // BEDROCK_IO_HPP
