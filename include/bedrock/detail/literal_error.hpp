#ifndef BEDROCK_DETAIL_LITERAL_ERROR_HPP
#define BEDROCK_DETAIL_LITERAL_ERROR_HPP

/** @file
    The reasons a compile-time checked literal (`model_id`, `profile_id`, `arn_literal`, `_arn`) can be
    rejected. Each is a function that is declared but never defined and is not `constexpr`: when a
    `consteval` constructor reaches one, the call is not a constant expression, so the program does not
    compile and the compiler's message names the function, i.e. the reason (fmt's `report_error` trick).
*/

#include <bedrock/error.hpp>

namespace bedrock::detail {

// Never defined: reaching one of these in a consteval context is the diagnostic.
void literal_is_empty();
void literal_is_too_long();
void literal_has_non_ascii();
void literal_has_whitespace();
void literal_has_uppercase();
void literal_ends_too_early();
void literal_is_not_an_arn();
void literal_has_bad_partition();
void literal_has_bad_service();
void literal_has_bad_region();
void literal_has_region_partition_mismatch();
void literal_has_bad_account();
void literal_has_account_not_allowed();
void literal_has_bad_resource_type();
void literal_has_bad_resource_id();
void literal_has_bad_model_id();
void literal_has_unknown_geo();
void literal_has_doubled_geo();
void literal_has_geo_prefixed_model_id();
void literal_has_bad_character();

/** Calls the reason function of `c`; does nothing for `errc::ok`. Only ever evaluated in consteval
    constructors, so reaching a reason function stops compilation. */
constexpr void reject_literal(errc c) {
    switch (c) {
    case errc::ok: return; // g++ 12 needs one constant path through a constexpr function
    case errc::empty: literal_is_empty(); return;
    case errc::too_long: literal_is_too_long(); return;
    case errc::non_ascii: literal_has_non_ascii(); return;
    case errc::whitespace: literal_has_whitespace(); return;
    case errc::uppercase: literal_has_uppercase(); return;
    case errc::too_short:
    case errc::unexpected_end:
    case errc::missing_resource_id: literal_ends_too_early(); return;
    case errc::not_an_arn:
    case errc::missing_component: literal_is_not_an_arn(); return;
    case errc::bad_partition:
    case errc::unknown_partition: literal_has_bad_partition(); return;
    case errc::bad_service: literal_has_bad_service(); return;
    case errc::bad_region:
    case errc::region_required:
    case errc::region_not_allowed:
    case errc::unknown_region: literal_has_bad_region(); return;
    case errc::region_partition_mismatch:
    case errc::geo_partition_mismatch: literal_has_region_partition_mismatch(); return;
    case errc::bad_account:
    case errc::account_required: literal_has_bad_account(); return;
    case errc::account_not_allowed: literal_has_account_not_allowed(); return;
    case errc::unknown_resource_type:
    case errc::wrong_resource_type:
    case errc::missing_resource_delimiter: literal_has_bad_resource_type(); return;
    case errc::bad_resource_id:
    case errc::bad_alias_id:
    case errc::bad_execution_id:
    case errc::missing_alias: literal_has_bad_resource_id(); return;
    case errc::bad_model_id:
    case errc::segment_too_long:
    case errc::empty_segment:
    case errc::too_many_segments:
    case errc::too_many_suffixes: literal_has_bad_model_id(); return;
    case errc::unknown_geo: literal_has_unknown_geo(); return;
    case errc::doubled_geo: literal_has_doubled_geo(); return;
    case errc::geo_prefixed_model_id: literal_has_geo_prefixed_model_id(); return;
    default: literal_has_bad_character(); return;
    }
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_LITERAL_ERROR_HPP
