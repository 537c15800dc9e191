// The hostile-input table for identifiers, timestamps and the classifier (issue 14): every row names the
// entry point, the input (large ones are generated here, never committed) and the exact (code, offset)
// the library must report, or errc::ok for an input that must be accepted. Rows whose expected result is
// a *fixed* behaviour live in hostile_regressions.cpp instead.
//
// Set BEDROCK_HOSTILE_PRINT=1 to print every row's actual result in row syntax (for reviewing new rows).
#include <bedrock/profiles.hpp>

#include <bedrock/classify.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock_test/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using bedrock::errc;

namespace {

enum class entry : std::uint8_t {
    parse_arn,           ///< bedrock::parse_arn (generic)
    parse_bedrock_arn,   ///< bedrock::parse_bedrock_arn (strict)
    parse_model_id,      ///< bedrock::parse_model_id
    parse_profile_id,    ///< bedrock::parse_profile_id
    app_profile_id,      ///< bedrock::check_application_profile_id
    parse_timestamp,     ///< bedrock::parse_timestamp
    classify,            ///< bedrock::classify_model_identifier (kind invalid -> its error)
    syntax_tag_key,      ///< check_syntax(shape::tag_key)
    syntax_tag_value,    ///< check_syntax(shape::tag_value)
    syntax_name,         ///< check_syntax(shape::inference_profile_name)
    strict_name,         ///< check_strict(shape::inference_profile_name)
    syntax_description,  ///< check_syntax(shape::inference_profile_description)
    syntax_token,        ///< check_syntax(shape::idempotency_token)
    syntax_model_source, ///< check_syntax(shape::inference_profile_model_source_arn)
    strict_model_source, ///< check_strict(shape::inference_profile_model_source_arn)
};

constexpr std::string_view name_of(entry e) {
    constexpr std::string_view names[] = {"parse_arn",       "parse_bedrock_arn", "parse_model_id",    "parse_profile_id",
                                          "app_profile_id",  "parse_timestamp",   "classify",          "syntax_tag_key",
                                          "syntax_tag_value", "syntax_name",      "strict_name",       "syntax_description",
                                          "syntax_token",    "syntax_model_source", "strict_model_source"};
    return names[static_cast<std::size_t>(e)];
}

template <class T>
std::optional<bedrock::parse_error> error_of(bedrock::result<T> const& r) {
    if (r) return std::nullopt;
    return r.error();
}

std::optional<bedrock::parse_error> run(entry e, std::string_view in) {
    using bedrock::shape;
    switch (e) {
    case entry::parse_arn: return error_of(bedrock::parse_arn(in));
    case entry::parse_bedrock_arn: return error_of(bedrock::parse_bedrock_arn(in));
    case entry::parse_model_id: return error_of(bedrock::parse_model_id(in));
    case entry::parse_profile_id: return error_of(bedrock::parse_profile_id(in));
    case entry::app_profile_id: return bedrock::check_application_profile_id(in);
    case entry::parse_timestamp: return error_of(bedrock::parse_timestamp(in));
    case entry::classify: {
        auto const c = bedrock::classify_model_identifier(in);
        if (c.valid()) return std::nullopt;
        return c.error;
    }
    case entry::syntax_tag_key: return bedrock::check_syntax(shape::tag_key, in);
    case entry::syntax_tag_value: return bedrock::check_syntax(shape::tag_value, in);
    case entry::syntax_name: return bedrock::check_syntax(shape::inference_profile_name, in);
    case entry::strict_name: return bedrock::check_strict(shape::inference_profile_name, in);
    case entry::syntax_description: return bedrock::check_syntax(shape::inference_profile_description, in);
    case entry::syntax_token: return bedrock::check_syntax(shape::idempotency_token, in);
    case entry::syntax_model_source: return bedrock::check_syntax(shape::inference_profile_model_source_arn, in);
    case entry::strict_model_source: return bedrock::check_strict(shape::inference_profile_model_source_arn, in);
    }
    return std::nullopt;
}

struct hostile_row {
    std::string what;  ///< the hostile class
    entry at;          ///< entry point
    std::string input; ///< the input
    errc code;         ///< expected code (ok = accepted)
    std::uint32_t offset;
};

std::string rep(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string with_nul(std::string s, std::size_t at) {
    s[at] = '\0';
    return s;
}

constexpr std::size_t mb = 1u << 20;
constexpr std::uint32_t mb_u32 = 1u << 20;

std::vector<hostile_row> rows() {
    std::string const fm = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
    std::string const ip = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
    std::string const ap = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p";
    std::string const ts = "2024-11-04T17:49:37.317261Z";
    using e = entry;
    return {
        // ---- empty, whitespace, NUL ----
        {"empty", e::parse_arn, "", errc::unexpected_end, 0},
        {"empty", e::parse_bedrock_arn, "", errc::unexpected_end, 0},
        {"empty", e::parse_model_id, "", errc::empty, 0},
        {"empty", e::parse_profile_id, "", errc::empty, 0},
        {"empty", e::app_profile_id, "", errc::empty, 0},
        {"empty", e::parse_timestamp, "", errc::unexpected_end, 0},
        {"empty", e::classify, "", errc::empty, 0},
        {"empty", e::syntax_tag_key, "", errc::empty, 0},
        {"empty", e::syntax_tag_value, "", errc::ok, 0},
        {"empty", e::syntax_name, "", errc::empty, 0},
        {"empty", e::syntax_description, "", errc::empty, 0},
        {"empty", e::syntax_token, "", errc::empty, 0},
        {"empty", e::syntax_model_source, "", errc::empty, 0},
        {"space", e::parse_arn, " ", errc::not_an_arn, 0},
        {"space", e::parse_model_id, " ", errc::whitespace, 0},
        {"space", e::parse_profile_id, " ", errc::whitespace, 0},
        {"space", e::parse_timestamp, " ", errc::invalid_character, 0},
        {"space", e::classify, " ", errc::whitespace, 0},
        {"space", e::syntax_name, " ", errc::bad_separator, 0},
        {"space", e::syntax_tag_key, " ", errc::ok, 0},
        {"tab newline", e::syntax_tag_value, "\t\n\r\f\v", errc::ok, 0},
        {"leading space", e::parse_bedrock_arn, " " + fm, errc::not_an_arn, 0},
        {"trailing space", e::parse_bedrock_arn, fm + " ", errc::whitespace, 64},
        {"trailing newline", e::parse_bedrock_arn, fm + "\n", errc::whitespace, 64},
        {"trailing space", e::parse_timestamp, ts + " ", errc::invalid_character, 27},
        {"trailing space", e::syntax_name, "abc ", errc::ok, 0},
        {"trailing space", e::strict_name, "abc ", errc::trailing_separator, 3},
        {"NUL in region", e::parse_bedrock_arn, with_nul(fm, 20), errc::bad_region, 20},
        {"NUL in model id", e::parse_bedrock_arn, with_nul(fm, 50), errc::whitespace, 50},
        {"NUL in model id", e::parse_model_id, with_nul(std::string("amazon.nova-pro-v1:0"), 8), errc::whitespace, 8},
        {"NUL in profile id", e::parse_profile_id, with_nul(std::string("us.amazon.nova-pro-v1:0"), 2), errc::whitespace, 2},
        {"NUL in app id", e::app_profile_id, with_nul(std::string("k3x9q2mz7w4p"), 11), errc::whitespace, 11},
        {"NUL in timestamp", e::parse_timestamp, with_nul(ts, 13), errc::invalid_character, 13},
        {"NUL in tag", e::syntax_tag_key, with_nul(std::string("team"), 2), errc::whitespace, 2},
        {"NUL in name", e::syntax_name, with_nul(std::string("name"), 0), errc::whitespace, 0},
        {"only NUL", e::classify, std::string(1, '\0'), errc::whitespace, 0},
        // ---- 1 MB and 10 MB ----
        {"1 MB letters", e::parse_arn, std::string(mb, 'a'), errc::not_an_arn, 1},
        {"1 MB letters", e::parse_bedrock_arn, "arn:" + std::string(mb, 'a'), errc::missing_component, 4 + mb_u32},
        {"1 MB model id", e::parse_model_id, "amazon." + std::string(mb, 'a'), errc::segment_too_long, 70},
        {"1 MB profile id", e::parse_profile_id, "us." + std::string(mb, 'a'), errc::too_long, 64},
        {"1 MB app id", e::app_profile_id, std::string(mb, 'a'), errc::too_long, 12},
        {"1 MB timestamp", e::parse_timestamp, std::string(mb, '9'), errc::too_long, 35},
        {"1 MB tag key", e::syntax_tag_key, std::string(mb, 'a'), errc::too_long, 128},
        {"1 MB tag value", e::syntax_tag_value, std::string(mb, 'a'), errc::too_long, 256},
        {"1 MB name", e::syntax_name, std::string(mb, 'a'), errc::too_long, 64},
        {"1 MB description", e::syntax_description, std::string(mb, 'a'), errc::too_long, 200},
        {"1 MB token", e::syntax_token, std::string(mb, 'a'), errc::too_long, 256},
        {"1 MB ARN tail", e::syntax_model_source, fm + std::string(mb, 'a'), errc::too_long, 2048},
        {"1 MB ARN tail", e::parse_bedrock_arn, fm + std::string(mb, 'a'), errc::too_long, 2048},
        {"10 MB letters", e::parse_bedrock_arn, std::string(10 * mb, 'a'), errc::not_an_arn, 1},
        {"10 MB of ':'", e::parse_arn, "arn:" + std::string(10 * mb, ':'), errc::bad_partition, 4},
        {"10 MB model id", e::parse_model_id, std::string(10 * mb, 'a'), errc::segment_too_long, 63},
        {"10 MB dots", e::parse_model_id, rep("a.", 5 * mb), errc::too_many_segments, 7},
        {"10 MB dots", e::classify, rep("a.", 5 * mb), errc::too_many_segments, 7},
        {"10 MB", e::parse_timestamp, std::string(10 * mb, '-'), errc::too_long, 35},
        {"10 MB", e::syntax_model_source, rep("arn:", 2 * mb + mb / 2), errc::bad_partition, 5},
        // ---- non-ASCII, invalid UTF-8, overlong encodings ----
        {"non-ASCII in model id", e::parse_model_id, "amazon.nova-pr\xC3\xB3-v1:0", errc::non_ascii, 14},
        {"non-ASCII geo", e::parse_profile_id, "\xC3\xBCs.amazon.nova-pro-v1:0", errc::non_ascii, 0},
        {"non-ASCII region", e::parse_bedrock_arn, "arn:aws:bedrock:us-\xC3\xA9" "ast-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_region, 19},
        {"non-ASCII tag", e::syntax_tag_key, "t\xC3\xA9" "am", errc::non_ascii, 1},
        {"non-ASCII name", e::syntax_name, "caf\xC3\xA9", errc::non_ascii, 3},
        {"invalid UTF-8 0xFF", e::parse_model_id, "amazon.\xFF", errc::non_ascii, 7},
        {"invalid UTF-8 0xFF", e::classify, "\xFF", errc::non_ascii, 0},
        {"stray continuation", e::parse_timestamp, "2024-11-04T17:49:37\x80Z", errc::invalid_character, 19},
        {"overlong '.'", e::parse_model_id, "amazon\xC0\xAEnova", errc::non_ascii, 6},
        {"overlong '/'", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model\xC0\xAF" "amazon.nova-pro-v1:0", errc::account_required, 26},
        {"overlong ':'", e::parse_arn, "arn\xC0\xBA" "aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::not_an_arn, 3},
        {"fullwidth digits", e::parse_timestamp, "\xEF\xBC\x92" "024-11-04T17:49:37Z", errc::invalid_character, 0},
        {"UTF-8 BOM", e::parse_bedrock_arn, "\xEF\xBB\xBF" + fm, errc::not_an_arn, 0},
        // ---- fields missing ----
        {"no partition", e::parse_bedrock_arn, "arn::bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_partition, 4},
        {"no service", e::parse_bedrock_arn, "arn:aws::us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_service, 8},
        {"no region (IP)", e::parse_bedrock_arn, "arn:aws:bedrock:::inference-profile/us.amazon.nova-pro-v1:0", errc::region_required, 16},
        {"no account (profile)", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::inference-profile/us.amazon.nova-pro-v1:0", errc::account_required, 26},
        {"no resource", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::", errc::missing_resource_id, 27},
        {"no resource id", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model/", errc::missing_resource_id, 44},
        {"no delimiter", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model", errc::missing_resource_delimiter, 43},
        {"five components", e::parse_arn, "arn:aws:bedrock:us-east-1:foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"four components", e::parse_arn, "arn:aws:bedrock:us-east-1", errc::missing_component, 25},
        {"prefix only", e::parse_arn, "arn:", errc::missing_component, 4},
        {"no provider", e::parse_model_id, ".nova-pro-v1:0", errc::empty_segment, 0},
        {"no name", e::parse_model_id, "amazon.", errc::unexpected_end, 7},
        {"no dot", e::parse_model_id, "amazon", errc::unexpected_end, 6},
        {"no model", e::parse_profile_id, "us.", errc::unexpected_end, 3},
        {"geo only", e::parse_profile_id, "us", errc::unexpected_end, 2},
        {"no date", e::parse_timestamp, "T17:49:37Z", errc::invalid_character, 0},
        {"no time", e::parse_timestamp, "2024-11-04", errc::unexpected_end, 10},
        {"no seconds", e::parse_timestamp, "2024-11-04T17:49Z", errc::invalid_character, 16},
        {"no zone", e::parse_timestamp, "2024-11-04T17:49:37", errc::unexpected_end, 19},
        {"empty fraction", e::parse_timestamp, "2024-11-04T17:49:37.Z", errc::invalid_character, 20},
        {"offset without colon", e::parse_timestamp, "2024-11-04T17:49:37+0000", errc::invalid_character, 22},
        {"short offset", e::parse_timestamp, "2024-11-04T17:49:37+00", errc::unexpected_end, 22},
        // ---- fields doubled ----
        {"doubled prefix", e::parse_bedrock_arn, "arn:arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_partition, 5},
        {"doubled service", e::parse_bedrock_arn, "arn:aws:bedrock:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::unknown_region, 16},
        {"doubled geo", e::parse_profile_id, "us.us.amazon.nova-pro-v1:0", errc::doubled_geo, 3},
        {"doubled geo in ARN", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.eu.amazon.nova-pro-v1:0", errc::doubled_geo, 60},
        {"doubled version", e::parse_model_id, "amazon.nova-pro-v1:0:0:0:0", errc::too_many_suffixes, 22},
        {"doubled zone", e::parse_timestamp, "2024-11-04T17:49:37ZZ", errc::invalid_character, 20},
        {"doubled fraction", e::parse_timestamp, "2024-11-04T17:49:37.1.2Z", errc::invalid_character, 21},
        {"doubled ARN", e::parse_bedrock_arn, fm + fm, errc::too_many_suffixes, 71},
        // ---- separators in every position ----
        {"leading dot", e::parse_model_id, ".amazon.nova", errc::empty_segment, 0},
        {"double dot", e::parse_model_id, "amazon..nova", errc::empty_segment, 7},
        {"trailing dot", e::parse_model_id, "amazon.nova.", errc::unexpected_end, 12},
        {"leading colon", e::parse_model_id, ":amazon.nova", errc::empty_segment, 0},
        {"double colon", e::parse_model_id, "amazon.nova::0", errc::empty_segment, 12},
        {"trailing colon", e::parse_model_id, "amazon.nova:", errc::unexpected_end, 12},
        {"leading hyphen", e::parse_model_id, "-amazon.nova", errc::ok, 0},
        {"slash in model id", e::parse_model_id, "amazon/nova", errc::invalid_character, 6},
        {"leading space name", e::syntax_name, " a", errc::bad_separator, 0},
        {"double separator", e::syntax_name, "a__b", errc::bad_separator, 2},
        {"mixed separators", e::syntax_name, "a-_b", errc::bad_separator, 2},
        {"trailing hyphen", e::syntax_name, "a-", errc::ok, 0},
        {"trailing hyphen", e::strict_name, "a-", errc::trailing_separator, 1},
        {"dot in name", e::syntax_name, "my.profile", errc::invalid_character, 2},
        {"colon in description", e::syntax_description, "a:b.c", errc::ok, 0},
        {"double separator", e::syntax_description, "a  b", errc::bad_separator, 2},
        {"token leading hyphen", e::syntax_token, "-abc", errc::invalid_character, 0},
        {"token trailing hyphen", e::syntax_token, "abc-", errc::unexpected_end, 4},
        {"token inner hyphens", e::syntax_token, "a--b", errc::ok, 0},
        {"ARN leading colon", e::parse_arn, ":arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::not_an_arn, 0},
        {"ARN slash for colon", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model:amazon.nova-pro-v1:0", errc::account_required, 26},
        {"ARN double slash", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model//amazon.nova-pro-v1:0", errc::invalid_character, 44},
        {"date with slashes", e::parse_timestamp, "2024/11/04T17:49:37Z", errc::invalid_character, 4},
        {"space for T", e::parse_timestamp, "2024-11-04 17:49:37Z", errc::invalid_character, 10},
        // ---- digits where letters belong, and the reverse ----
        {"digit partition", e::parse_bedrock_arn, "arn:123:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_partition, 4},
        {"letter account", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:12345678901a:inference-profile/us.amazon.nova-pro-v1:0", errc::bad_account, 37},
        {"11-digit account", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:12345678901:inference-profile/us.amazon.nova-pro-v1:0", errc::bad_account, 37},
        {"13-digit account", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:1234567890123:inference-profile/us.amazon.nova-pro-v1:0", errc::bad_account, 38},
        {"account on FM", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.nova-pro-v1:0", errc::account_not_allowed, 26},
        {"letter month", e::parse_timestamp, "2024-1a-04T17:49:37Z", errc::invalid_character, 6},
        {"letter year", e::parse_timestamp, "2o24-11-04T17:49:37Z", errc::invalid_character, 1},
        {"digit geo", e::parse_profile_id, "42.amazon.nova-pro-v1:0", errc::unknown_geo, 0},
        {"uppercase app id", e::app_profile_id, "K3X9Q2MZ7W4P", errc::uppercase, 0},
        {"uppercase model id", e::parse_model_id, "Amazon.nova-pro-v1:0", errc::uppercase, 0},
        {"uppercase region", e::parse_bedrock_arn, "arn:aws:bedrock:US-EAST-1::foundation-model/amazon.nova-pro-v1:0", errc::uppercase, 16},
        {"uppercase prefix", e::parse_arn, "ARN:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::not_an_arn, 0},
        {"uppercase prefix", e::classify, "ARN:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::not_an_arn, 0},
        // ---- lengths at and past the limits ----
        {"app id 11", e::app_profile_id, "k3x9q2mz7w4", errc::unexpected_end, 11},
        {"app id 12", e::app_profile_id, "k3x9q2mz7w4p", errc::ok, 0},
        {"app id 13", e::app_profile_id, "k3x9q2mz7w4pq", errc::too_long, 12},
        {"segment 63", e::parse_model_id, "amazon." + std::string(63, 'a'), errc::ok, 0},
        {"segment 64", e::parse_model_id, "amazon." + std::string(64, 'a'), errc::segment_too_long, 70},
        {"region 20", e::parse_arn, "arn:aws:bedrock:" + std::string(20, 'a') + "::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"tag key 128", e::syntax_tag_key, std::string(128, 'k'), errc::ok, 0},
        {"tag key 129", e::syntax_tag_key, std::string(129, 'k'), errc::too_long, 128},
        {"tag value 256", e::syntax_tag_value, std::string(256, 'v'), errc::ok, 0},
        {"tag value 257", e::syntax_tag_value, std::string(257, 'v'), errc::too_long, 256},
        {"name 64", e::syntax_name, std::string(64, 'n'), errc::ok, 0},
        {"name 65", e::syntax_name, std::string(65, 'n'), errc::too_long, 64},
        {"description 200", e::syntax_description, std::string(200, 'd'), errc::ok, 0},
        {"description 201", e::syntax_description, std::string(201, 'd'), errc::too_long, 200},
        {"token 256", e::syntax_token, std::string(256, 't'), errc::ok, 0},
        {"token 257", e::syntax_token, std::string(257, 't'), errc::too_long, 256},
        {"model source 2048", e::syntax_model_source, "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(2048 - 44, 'a'), errc::ok, 0},
        {"model source 2049", e::syntax_model_source, "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(2049 - 44, 'a'), errc::too_long, 2048},
        // ---- strict layer: well-formed but wrong ----
        {"unlisted region of a known pattern", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-9::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"unknown region", e::parse_bedrock_arn, "arn:aws:bedrock:xx-east-1::foundation-model/amazon.nova-pro-v1:0", errc::unknown_region, 16},
        {"foreign region", e::parse_bedrock_arn, "arn:aws:bedrock:us-gov-west-1::foundation-model/amazon.nova-pro-v1:0", errc::region_partition_mismatch, 16},
        {"unknown partition", e::parse_bedrock_arn, "arn:aws-xx:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::unknown_partition, 4},
        {"wrong service", e::parse_bedrock_arn, "arn:aws:s3:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::bad_service, 8},
        {"unknown type", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:123456789012:widget/x", errc::unknown_resource_type, 39},
        {"unknown geo", e::parse_profile_id, "zz.amazon.nova-pro-v1:0", errc::unknown_geo, 0},
        {"geo/partition", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0", errc::geo_partition_mismatch, 57},
        {"geo/partition", e::strict_model_source, "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0", errc::geo_partition_mismatch, 57},
        {"geo/partition", e::syntax_model_source, "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0", errc::ok, 0},
        {"app profile as source", e::syntax_model_source, ap, errc::wrong_resource_type, 39},
        {"geo-prefixed FM", e::parse_bedrock_arn, "arn:aws:bedrock:us-east-1::foundation-model/us.amazon.nova-pro-v1:0", errc::geo_prefixed_model_id, 44},
        {"valid profile ARN", e::parse_bedrock_arn, ip, errc::ok, 0},
        {"valid app ARN", e::parse_bedrock_arn, ap, errc::ok, 0},
        // ---- impossible and extreme timestamps ----
        {"Feb 30", e::parse_timestamp, "2024-02-30T10:15:00Z", errc::invalid_character, 8},
        {"Feb 29 non-leap", e::parse_timestamp, "2023-02-29T00:00:00Z", errc::invalid_character, 8},
        {"Feb 29 1900", e::parse_timestamp, "1900-02-29T00:00:00Z", errc::invalid_character, 8},
        {"Feb 29 2000", e::parse_timestamp, "2000-02-29T00:00:00Z", errc::ok, 0},
        {"month 13", e::parse_timestamp, "2024-13-01T00:00:00Z", errc::invalid_character, 5},
        {"month 00", e::parse_timestamp, "2024-00-01T00:00:00Z", errc::invalid_character, 5},
        {"day 00", e::parse_timestamp, "2024-01-00T00:00:00Z", errc::invalid_character, 8},
        {"day 32", e::parse_timestamp, "2024-01-32T00:00:00Z", errc::invalid_character, 8},
        {"hour 24", e::parse_timestamp, "2024-01-01T24:00:00Z", errc::invalid_character, 11},
        {"minute 60", e::parse_timestamp, "2024-01-01T23:60:00Z", errc::invalid_character, 14},
        {"leap second", e::parse_timestamp, "2016-12-31T23:59:60Z", errc::invalid_character, 17},
        {"offset hour 24", e::parse_timestamp, "2024-01-01T00:00:00+24:00", errc::invalid_character, 20},
        {"offset minute 60", e::parse_timestamp, "2024-01-01T00:00:00-00:60", errc::invalid_character, 23},
        {"10 fraction digits", e::parse_timestamp, "2024-01-01T00:00:00.1234567890Z", errc::too_long, 29},
        {"9 fraction digits", e::parse_timestamp, "2024-01-01T00:00:00.123456789Z", errc::ok, 0},
        {"36 bytes", e::parse_timestamp, "2024-01-01T00:00:00.123456789+00:00Z", errc::too_long, 35},
        {"year 0000", e::parse_timestamp, "0000-01-01T00:00:00Z", errc::ok, 0},
        {"year 9999 last", e::parse_timestamp, "9999-12-31T23:59:59.999999Z", errc::ok, 0},
        {"negative year", e::parse_timestamp, "-001-01-01T00:00:00Z", errc::invalid_character, 0},
        {"five-digit year", e::parse_timestamp, "10000-01-01T00:00:00Z", errc::invalid_character, 4},
        {"lowercase t and z", e::parse_timestamp, "2024-01-01t00:00:00z", errc::ok, 0},
        // ---- classifier ----
        {"classify profile", e::classify, "us.amazon.nova-pro-v1:0", errc::ok, 0},
        {"classify doubled geo", e::classify, "us.us.amazon.nova-pro-v1:0", errc::doubled_geo, 3},
        {"classify bad ARN", e::classify, "arn:aws:bedrock:xx-east-1::foundation-model/amazon.nova-pro-v1:0", errc::unknown_region, 16},
        {"classify name 63", e::classify, std::string(63, 'N'), errc::ok, 0},
        {"classify separators", e::classify, "a__b", errc::invalid_character, 1},
        {"classify 10 MB ARN", e::classify, "arn:" + std::string(10 * mb, 'a'), errc::missing_component, 4 + 10 * mb_u32},
    };
}

} // namespace

TEST_CASE("hostile table: identifiers, timestamps and the classifier give the exact code and offset", "[hostile][table]") {
    auto const all = rows();
    REQUIRE(all.size() >= 150);
    bool const print = std::getenv("BEDROCK_HOSTILE_PRINT") != nullptr;
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto const& r = all[i];
        auto const got = run(r.at, r.input);
        errc const code = got ? got->code : errc::ok;
        std::uint32_t const offset = got ? got->offset : 0;
        if (print && (code != r.code || offset != r.offset))
            std::printf("row %zu (%s, %s): got errc::%s, %u\n", i, r.what.c_str(), std::string(name_of(r.at)).c_str(),
                        std::string(bedrock::to_string(code)).c_str(), offset);
        // (no `substr(…) + "…"`: g++ 12 -O2 reports a false -Warray-bounds on that temporary)
        std::string_view const shown = std::string_view(r.input).substr(0, 200);
        CAPTURE(i, r.what, name_of(r.at), shown, r.input.size());
        CHECK(bedrock::to_string(code) == bedrock::to_string(r.code));
        CHECK(offset == r.offset);
        if (got) CHECK(got->offset <= r.input.size()); // the property: an error offset lies inside the input
    }
}
