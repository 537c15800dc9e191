// The per-shape checkers check_syntax<S>, check_strict<S>, check_typed<S> (issue 13: a member check instantiates
// only its own shape's grammar): on every identifier-table row, called through a dispatch written here (not
// the library's visit_shape), they give the row's expected syntax and strict verdicts and the same verdict as
// the run-time forms; and they work at compile time.
#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "identifier_table_rows.hpp"

namespace {

using bedrock::errc;
using bedrock::parse_error;
using bedrock::shape;

enum class per_shape_layer { syntax, strict, typed };

template <per_shape_layer L, shape S>
std::optional<parse_error> per_shape_check(std::string_view v) {
    if constexpr (L == per_shape_layer::syntax) return bedrock::check_syntax<S>(v);
    else if constexpr (L == per_shape_layer::strict) return bedrock::check_strict<S>(v);
    else return bedrock::check_typed<S>(v);
}

/// Calls the checker of layer L for the shape `sh`, found by comparing `sh` with every shape in turn.
template <per_shape_layer L, std::size_t... I>
std::optional<parse_error> per_shape_dispatch(shape sh, std::string_view v, std::index_sequence<I...>) {
    std::optional<parse_error> r;
    bool found = false;
    ((static_cast<std::size_t>(sh) == I ? (r = per_shape_check<L, static_cast<shape>(I)>(v), found = true) : false), ...);
    REQUIRE(found);
    return r;
}

template <per_shape_layer L>
std::optional<parse_error> per_shape(shape sh, std::string_view v) {
    return per_shape_dispatch<L>(sh, v, std::make_index_sequence<bedrock::all_shapes.size()>{});
}

bool same_verdict(std::optional<parse_error> const& a, std::optional<parse_error> const& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->code == b->code && a->offset == b->offset);
}

// named constexpr variables, not temporaries (clang 14, llvm#55871)
constexpr auto per_shape_fm_ok = bedrock::check_syntax<shape::foundation_model_arn>(
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0");
constexpr auto per_shape_fm_account = bedrock::check_syntax<shape::foundation_model_arn>(
    "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2");
constexpr auto per_shape_geo = bedrock::check_strict<shape::inference_profile_id>("zz.anthropic.claude-3-5-sonnet-20241022-v2:0");
constexpr auto per_shape_kind = bedrock::check_typed<shape::inference_profile_arn>(
    "arn:aws:bedrock:us-east-1:123456789012:agent/PXINSLJAOL");
constexpr auto per_shape_trailing = bedrock::check_strict<shape::inference_profile_name>("name-");
static_assert(!per_shape_fm_ok);
static_assert(per_shape_fm_account && per_shape_fm_account->code == errc::account_not_allowed && per_shape_fm_account->offset == 26);
static_assert(per_shape_geo && per_shape_geo->code == errc::unknown_geo && per_shape_geo->offset == 0);
static_assert(per_shape_kind && per_shape_kind->code == errc::wrong_resource_type && per_shape_kind->offset == 39);
static_assert(per_shape_trailing && per_shape_trailing->code == errc::trailing_separator && per_shape_trailing->offset == 4);

} // namespace

TEST_CASE("per-shape checkers: the identifier table's verdicts, and the run-time forms' verdicts", "[shape][per_shape]") {
    std::size_t rows = 0;
    for (auto const& row : bedrock_test::identifier_rows()) {
        CAPTURE(row.id, bedrock::to_string(row.sh), row.input);
        auto const syntax = per_shape<per_shape_layer::syntax>(row.sh, row.input);
        auto const strict = per_shape<per_shape_layer::strict>(row.sh, row.input);
        auto const typed = per_shape<per_shape_layer::typed>(row.sh, row.input);
        CHECK(syntax.has_value() == (row.syntax_code != errc::ok));
        if (syntax && row.syntax_code != errc::ok) {
            CHECK(bedrock::to_string(syntax->code) == bedrock::to_string(row.syntax_code));
            CHECK(syntax->offset == row.syntax_offset);
        }
        CHECK(strict.has_value() == (row.strict_code != errc::ok));
        if (strict && row.strict_code != errc::ok) {
            CHECK(bedrock::to_string(strict->code) == bedrock::to_string(row.strict_code));
            CHECK(strict->offset == row.strict_offset);
        }
        CHECK(same_verdict(syntax, bedrock::check_syntax(row.sh, row.input)));
        CHECK(same_verdict(strict, bedrock::check_strict(row.sh, row.input)));
        CHECK(same_verdict(typed, bedrock::check_typed(row.sh, row.input)));
        ++rows;
    }
    CHECK(rows > 200);
}

TEST_CASE("run-time checkers: a value outside the shape enumeration is an error at offset 0", "[shape][per_shape]") {
    auto const bad = static_cast<shape>(200);
    for (auto const& e : {bedrock::check_syntax(bad, "x"), bedrock::check_strict(bad, "x"), bedrock::check_typed(bad, "x")}) {
        REQUIRE(e.has_value());
        CHECK(e->code == errc::invalid_character);
        CHECK(e->offset == 0);
    }
}
