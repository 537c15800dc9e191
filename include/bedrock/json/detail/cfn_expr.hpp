#ifndef BEDROCK_JSON_DETAIL_CFN_EXPR_HPP
#define BEDROCK_JSON_DETAIL_CFN_EXPR_HPP

/** @file
    The JSON leaf of a CloudFormation value (@ref cfn_expr: a string or one of `Ref`, `Fn::GetAtt`, `Fn::Join`,
    `Fn::Sub`), shared by `<bedrock/json/cloudformation.hpp>` and `<bedrock/json/iam.hpp>` (IAM resources and
    condition values are CloudFormation values). Found by argument-dependent lookup through `read_ctx` /
    `write_ctx`, as every leaf of `<bedrock/json/convert.hpp>`.
*/

#include <bedrock/cloudformation.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/error.hpp>

#include <boost/json/value.hpp>

#include <concepts>     // std::same_as (the leaf is a template for exactly cfn_expr)
#include <cstddef>      // std::size_t (array positions)
#include <optional>     // std::optional (checked_string)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <variant>      // std::visit

namespace bedrock::detail {

// The cfn_expr pair are templates (for exactly cfn_expr), so that a TU that never reads or writes a CloudFormation
// value does not instantiate them (std::visit over the five alternatives, the intrinsic functions' objects).
template <std::same_as<cfn_expr> X>
bool read_value(bj::value const& v, X& out, read_ctx& c) {
    constexpr char const* expected = "a string or one of {\"Ref\"}, {\"Fn::GetAtt\"}, {\"Fn::Join\"}, {\"Fn::Sub\"}";
    if (v.is_string()) {
        std::string s;
        read_value(v, s, c);
        out = cfn_expr{std::move(s)};
        return true;
    }
    if (!v.is_object()) return wrong_type(v, c, expected);
    auto const& o = v.get_object();
    if (o.size() != 1) return wrong_type(v, c, expected);
    auto const& m = *o.begin();
    std::string_view const fn(m.key().data(), m.key().size());
    pointer_guard g(c, fn);
    auto const& arg = m.value();
    if (fn == "Ref") {
        cfn_ref r;
        if (!read_value(arg, r.name, c)) return false;
        out = cfn_expr{std::move(r)};
        return true;
    }
    if (fn == "Fn::Sub") {
        cfn_sub s;
        if (!read_value(arg, s.text, c)) return false;
        out = cfn_expr{std::move(s)};
        return true;
    }
    if (fn == "Fn::GetAtt") {
        if (!arg.is_array() || arg.get_array().size() != 2) return wrong_type(arg, c, "an array [logicalId, attribute]");
        cfn_get_att a;
        {
            pointer_guard g0(c, std::size_t{0});
            if (!read_value(arg.get_array()[0], a.logical_id, c)) return false;
        }
        pointer_guard g1(c, std::size_t{1});
        if (!read_value(arg.get_array()[1], a.attribute, c)) return false;
        out = cfn_expr{std::move(a)};
        return true;
    }
    if (fn == "Fn::Join") {
        if (!arg.is_array() || arg.get_array().size() != 2) return wrong_type(arg, c, "an array [delimiter, [values]]");
        cfn_join j;
        {
            pointer_guard g0(c, std::size_t{0});
            if (!read_value(arg.get_array()[0], j.delimiter, c)) return false;
        }
        pointer_guard g1(c, std::size_t{1});
        if (!read_value(arg.get_array()[1], j.parts, c)) return false;
        out = cfn_expr{std::move(j)};
        return true;
    }
    return c.fail(json_errc::unknown_member, "\"" + std::string(fn) + "\" is not a supported intrinsic function (Ref, Fn::GetAtt, Fn::Join, Fn::Sub)");
}
template <std::same_as<cfn_expr> X>
bj::value write_value(X const& x, write_ctx const& w) {
    struct visitor {
        write_ctx const& w;
        bj::value operator()(std::string const& s) const { return write_value(s, w); }
        bj::value operator()(cfn_ref const& r) const { return bj::object{{"Ref", write_value(r.name, w)}}; }
        bj::value operator()(cfn_sub const& s) const { return bj::object{{"Fn::Sub", write_value(s.text, w)}}; }
        bj::value operator()(cfn_get_att const& a) const {
            return bj::object{{"Fn::GetAtt", bj::array{write_value(a.logical_id, w), write_value(a.attribute, w)}}};
        }
        bj::value operator()(cfn_join const& j) const {
            return bj::object{{"Fn::Join", bj::array{write_value(j.delimiter, w), write_value(j.parts, w)}}};
        }
    };
    return std::visit(visitor{w}, x.value);
}


inline std::string const* checked_string(cfn_expr const& e, read_ctx const&) { return e.string(); }
inline std::string const* checked_string(std::optional<cfn_expr> const& e, read_ctx const&) { return e ? e->string() : nullptr; }

} // namespace bedrock::detail

#endif // BEDROCK_JSON_DETAIL_CFN_EXPR_HPP
