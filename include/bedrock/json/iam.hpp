#ifndef BEDROCK_JSON_IAM_HPP
#define BEDROCK_JSON_IAM_HPP

/** @file
    The JSON form of the IAM policy documents of `<bedrock/iam.hpp>`: their Boost.Describe descriptions, their
    @ref json_object_traits (PascalCase, strict, `Action`/`Resource`/`Condition`/`Statement` spellings), the
    one-or-many leaf (`"Action": "x"` or a list) and the CloudFormation-value leaf (`json/detail/cfn_expr.hpp`).
    Read and write them with the entry points of `<bedrock/json.hpp>`, which this header includes.

    @par Example
    @code
    bedrock::iam_policy_document p;
    std::string s = bedrock::serialize_document(p);  // {"Version":"2012-10-17","Statement":[]}
    @endcode
*/

#include <bedrock/iam.hpp>
#include <bedrock/json.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/detail/cfn_expr.hpp>
#include <bedrock/json/detail/document_families.hpp>
#include <bedrock/json/detail/document_traits.hpp>
#include <bedrock/json/traits.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <array>        // std::array (rules, renames)
#include <concepts>     // std::same_as (the traits, one partial specialization per type)

namespace bedrock {

namespace detail {

// ---- the one-or-many leaf (found by argument-dependent lookup through read_ctx / write_ctx) --------------

template <class T>
bool read_value(bj::value const& v, one_or_many<T>& out, read_ctx& c) {
    out.items.clear();
    out.as_list = v.is_array() && v.get_array().size() == 1;
    if (v.is_array()) return read_value(v, out.items, c);
    out.items.emplace_back();
    return read_value(v, out.items.back(), c);
}
template <class T>
bj::value write_value(one_or_many<T> const& x, write_ctx const& w) {
    if (x.items.size() == 1 && !x.as_list) return write_value(x.items.front(), w);
    return write_value(x.items, w);
}

/// One item is written as the item itself unless it was a list (`as_list`); any other count as the list.
template <class T> struct json_written_as<one_or_many<T>> {
    static constexpr bool enabled = true; ///< the direct writer writes the item or the list
    /// Calls `f` with what is written: the one item, or the list.
    template <class F> static auto with(one_or_many<T> const& x, F&& f) {
        if (x.items.size() == 1 && !x.as_list) return f(x.items.front()); // a one-item list stays a list
        return f(x.items);
    }
};

/// This family's header is included (checked by the entry points of `<bedrock/json.hpp>`).
template <class T> inline constexpr bool json_family_included<json_family::iam, T> = true;

} // namespace detail

// ---- descriptions (member order = JSON output order) -------------------------------------------------
BOOST_DESCRIBE_STRUCT(iam_statement, (), (sid, effect, actions, resources, conditions))
BOOST_DESCRIBE_STRUCT(iam_policy_document, (), (version, statements))

// ---- JSON policies per type ---------------------------------------------------------------------------
/// IAM statement (PascalCase, `Action`/`Resource`).
template <std::same_as<iam_statement> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 3> renames{{{"actions", "Action"}, {"resources", "Resource"}, {"conditions", "Condition"}}};
};
/// IAM policy document (`Version`, `Statement`).
template <std::same_as<iam_policy_document> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"statements", "Statement"}}};
};

} // namespace bedrock

// The compiled library (docs/json.md): with BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, the readers and writers
// of the IAM document types above are declared extern here, after their descriptions and traits, and
// defined once in bedrock::profiles_json_compiled (src/lib/json_documents.cpp).
#ifdef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#include <bedrock/json/detail/extern_iam.hpp>
#endif

#endif // BEDROCK_JSON_IAM_HPP
