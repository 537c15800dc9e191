#ifndef BEDROCK_JSON_CONVERT_HPP
#define BEDROCK_JSON_CONVERT_HPP

/** @file
    The generic conversion between described aggregates and `boost::json::value`: one reader and one writer
    for every described type, plus the generic leaves (strings, booleans, `std::uint32_t` counts, numbers,
    timestamps, every enum with a @ref wire_names table, optionals, lists, ordered objects). Nothing here
    knows a document type: names, strictness and value rules come from @ref json_object_traits; the leaves
    of the library's document families (open enums, CloudFormation expressions, IAM one-or-many lists) are
    in their family headers (`<bedrock/json/api.hpp>`, `<bedrock/json/detail/cfn_expr.hpp>`,
    `<bedrock/json/iam.hpp>`). A new leaf type adds a `read_value`/`write_value` pair in `bedrock::detail`
    (found by argument-dependent lookup through `read_ctx` / `write_ctx`), and, for the direct writer and the
    one-pass reader, may declare itself a @ref detail::json_string_leaf or specialise
    @ref detail::json_written_as.
*/

#include <bedrock/error.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/reader.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/wire_name.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace bedrock {

namespace detail {

namespace bj = boost::json;

/// The member name `name` (C++) written in `naming`; a trailing `_` (as in `export_`) is dropped.
inline std::string json_name_of(std::string_view name, json_naming naming) {
    if (!name.empty() && name.back() == '_') name.remove_suffix(1);
    std::string out;
    bool upper = naming == json_naming::pascal;
    for (char c : name) {
        if (c == '_') { upper = true; continue; }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
concept described = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

/** Leaf hook: true for a leaf that holds its JSON string as is (an open enum). Such a type is constructible
    from `std::string` and gives its text through `raw()`; the one-pass reader sets it from one string event
    and the direct writer writes `raw()`. A family header specialises it for its leaf types. */
template <class M> inline constexpr bool json_string_leaf = false;

/** Leaf hook: a leaf written as another value (an IAM one-or-many list: its one item, or its list). A family
    header specialises it with `static constexpr bool enabled = true` and `static auto with(M const&, F&& f)`,
    which calls `f` with the value to write and returns its result; the direct writer and its size estimate
    use it (the converter uses the leaf's own `write_value`). */
template <class M> struct json_written_as {
    static constexpr bool enabled = false; ///< no: the writer writes M itself or through its write_value
};

/// The JSON names of a described type's members, in member order (computed once).
template <described T>
std::vector<std::string> const& json_names() {
    static std::vector<std::string> const names = [] {
        std::vector<std::string> v;
        boost::mp11::mp_for_each<described_members<T>>([&](auto D) {
            std::string_view const cpp = D.name;
            for (auto const& r : json_object_traits<T>::renames)
                if (r.member == cpp) { v.emplace_back(r.json); return; }
            v.push_back(json_name_of(cpp, json_object_traits<T>::naming));
        });
        return v;
    }();
    return names;
}

/// Reader state: the pointer of the value being read and the first error.
struct read_ctx {
    std::string pointer;
    bool strict = false;
    json_error error{};

    bool fail(json_errc code, std::string message, parse_error value_error = {}) {
        error.code = code;
        error.pointer = pointer;
        error.offset = value_error.offset;
        error.value_error = value_error;
        error.message = (pointer.empty() ? std::string("(document)") : pointer) + ": " + std::move(message);
        return false;
    }
};

/// Writer state.
struct write_ctx {
    timestamp_format timestamps = timestamp_format::wire; ///< how timestamps are written
};

/// Pushes a pointer token for the lifetime of the object.
class pointer_guard {
public:
    pointer_guard(read_ctx& c, std::string_view token) : c_(c), size_(c.pointer.size()) {
        append_pointer_token(c.pointer, token);
    }
    pointer_guard(read_ctx& c, std::size_t index) : pointer_guard(c, std::string_view(std::to_string(index))) {}
    ~pointer_guard() { if (c_.error.code == json_errc::ok) c_.pointer.resize(size_); }
    pointer_guard(pointer_guard const&) = delete;
    pointer_guard& operator=(pointer_guard const&) = delete;

private:
    read_ctx& c_;
    std::size_t size_;
};

inline char const* kind_name(bj::value const& v) {
    switch (v.kind()) {
    case bj::kind::null: return "null";
    case bj::kind::bool_: return "a boolean";
    case bj::kind::int64:
    case bj::kind::uint64:
    case bj::kind::double_: return "a number";
    case bj::kind::string: return "a string";
    case bj::kind::array: return "an array";
    case bj::kind::object: return "an object";
    }
    return "a value";
}

inline bool wrong_type(bj::value const& v, read_ctx& c, char const* expected) {
    return c.fail(json_errc::wrong_type, std::string("expected ") + expected + ", got " + kind_name(v));
}

// ---- declarations (all overloads are visible to each other) ----
bool read_value(bj::value const& v, std::string& out, read_ctx& c);
bool read_value(bj::value const& v, bool& out, read_ctx& c);
bool read_value(bj::value const& v, std::uint32_t& out, read_ctx& c);
bool read_value(bj::value const& v, double& out, read_ctx& c);
bool read_value(bj::value const& v, timestamp& out, read_ctx& c);
template <wire_enumeration E> bool read_value(bj::value const& v, E& out, read_ctx& c);
template <class T> bool read_value(bj::value const& v, std::optional<T>& out, read_ctx& c);
template <class T> bool read_value(bj::value const& v, std::vector<T>& out, read_ctx& c);
template <class T> bool read_value(bj::value const& v, std::vector<std::pair<std::string, T>>& out, read_ctx& c);
template <described T> bool read_value(bj::value const& v, T& out, read_ctx& c);

bj::value write_value(std::string const& x, write_ctx const& w);
bj::value write_value(bool x, write_ctx const& w);
bj::value write_value(std::uint32_t x, write_ctx const& w);
bj::value write_value(double x, write_ctx const& w);
bj::value write_value(timestamp x, write_ctx const& w);
template <wire_enumeration E> bj::value write_value(E x, write_ctx const& w);
template <class T> bj::value write_value(std::optional<T> const& x, write_ctx const& w);
template <class T> bj::value write_value(std::vector<T> const& x, write_ctx const& w);
template <class T> bj::value write_value(std::vector<std::pair<std::string, T>> const& x, write_ctx const& w);
template <described T> bj::value write_value(T const& x, write_ctx const& w);

// ---- leaves ----
inline bool read_value(bj::value const& v, std::string& out, read_ctx& c) {
    if (!v.is_string()) return wrong_type(v, c, "a string");
    out.assign(v.get_string().data(), v.get_string().size());
    return true;
}
inline bj::value write_value(std::string const& x, write_ctx const&) { return bj::value(bj::string_view(x.data(), x.size())); }

inline bool read_value(bj::value const& v, bool& out, read_ctx& c) {
    if (!v.is_bool()) return wrong_type(v, c, "true or false");
    out = v.get_bool();
    return true;
}
inline bj::value write_value(bool x, write_ctx const&) { return bj::value(x); }

// A count or size (e.g. embedding dimensions): a JSON integer from 0 to 2^32 - 1.
inline bool read_value(bj::value const& v, std::uint32_t& out, read_ctx& c) {
    constexpr std::uint64_t max = std::numeric_limits<std::uint32_t>::max();
    if (v.is_int64() && v.get_int64() >= 0 && static_cast<std::uint64_t>(v.get_int64()) <= max) {
        out = static_cast<std::uint32_t>(v.get_int64());
        return true;
    }
    if (v.is_uint64() && v.get_uint64() <= max) {
        out = static_cast<std::uint32_t>(v.get_uint64());
        return true;
    }
    return wrong_type(v, c, "an integer from 0 to 4294967295");
}
inline bj::value write_value(std::uint32_t x, write_ctx const&) { return bj::value(static_cast<std::uint64_t>(x)); }

inline bool read_value(bj::value const& v, timestamp& out, read_ctx& c) {
    result<timestamp> r = parse_error{errc::invalid_character, 0};
    if (v.is_string()) {
        auto const& s = v.get_string();
        r = parse_timestamp(std::string_view(s.data(), s.size()));
        if (!r) {
            return c.fail(json_errc::bad_timestamp,
                          "not an RFC 3339 timestamp with a UTC offset (" + std::string(to_string(r.error().code)) +
                              " at offset " + std::to_string(r.error().offset) + ")",
                          r.error());
        }
    } else if (v.is_int64()) {
        r = timestamp_from_epoch_seconds(v.get_int64());
    } else if (v.is_uint64()) {
        r = v.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                ? result<timestamp>(parse_error{errc::too_long, 0})
                : timestamp_from_epoch_seconds(static_cast<std::int64_t>(v.get_uint64()));
    } else if (v.is_double()) {
        r = timestamp_from_epoch_seconds(v.get_double());
    } else {
        return c.fail(json_errc::bad_timestamp, std::string("expected a timestamp string or epoch seconds, got ") + kind_name(v));
    }
    if (!r) return c.fail(json_errc::bad_timestamp, "epoch seconds out of range (years 0000-9999)", r.error());
    out = *r;
    return true;
}
inline bj::value write_value(timestamp x, write_ctx const& w) {
    std::string s = format_timestamp(x, w.timestamps);
    return bj::value(bj::string_view(s.data(), s.size()));
}

// A JSON number as a double (the model's `double` shapes, e.g. `responseQualityDifference`); written as a JSON
// double, which format_json prints as Python does (`25.0`, `12.5`), the way the AWS CLI shows it.
inline bool read_value(bj::value const& v, double& out, read_ctx& c) {
    if (v.is_double()) out = v.get_double();
    else if (v.is_int64()) out = static_cast<double>(v.get_int64());
    else if (v.is_uint64()) out = static_cast<double>(v.get_uint64());
    else return wrong_type(v, c, "a number");
    return true;
}
inline bj::value write_value(double x, write_ctx const&) { return bj::value(x); }

template <wire_enumeration E>
bool read_value(bj::value const& v, E& out, read_ctx& c) {
    if (!v.is_string()) return wrong_type(v, c, "a string");
    auto const& s = v.get_string();
    auto const e = wire_enum<E>::parse(std::string_view(s.data(), s.size()));
    if (!e) return c.fail(json_errc::unknown_enum_value, "\"" + std::string(s.data(), s.size()) + "\" is not an allowed value");
    out = *e;
    return true;
}
template <wire_enumeration E>
bj::value write_value(E x, write_ctx const&) {
    auto const s = wire_enum<E>::to_string(x);
    return bj::value(bj::string_view(s.data(), s.size()));
}

template <class T>
bool read_value(bj::value const& v, std::optional<T>& out, read_ctx& c) {
    out.emplace();
    return read_value(v, *out, c);
}
template <class T>
bj::value write_value(std::optional<T> const& x, write_ctx const& w) {
    return x ? write_value(*x, w) : bj::value(); // never reached for members: empty optionals are omitted
}

template <class T>
bool read_value(bj::value const& v, std::vector<T>& out, read_ctx& c) {
    if (!v.is_array()) return wrong_type(v, c, "an array");
    auto const& a = v.get_array();
    out.clear();
    // No reserve(a.size()): the document's length is no promise that its items are valid, and T can be
    // much larger than the JSON of a wrong item (`1,`). The vector grows with the items actually read.
    for (std::size_t i = 0; i < a.size(); ++i) {
        pointer_guard g(c, i);
        if (a[i].is_null()) return wrong_type(a[i], c, "a list item");
        out.emplace_back();
        if (!read_value(a[i], out.back(), c)) return false;
    }
    return true;
}
template <class T>
bj::value write_value(std::vector<T> const& x, write_ctx const& w) {
    bj::array a;
    a.reserve(x.size());
    for (auto const& e : x) a.push_back(write_value(e, w));
    return a;
}

template <class T>
bool read_value(bj::value const& v, std::vector<std::pair<std::string, T>>& out, read_ctx& c) {
    if (!v.is_object()) return wrong_type(v, c, "an object");
    out.clear();
    for (auto const& m : v.get_object()) {
        std::string_view const key(m.key().data(), m.key().size());
        pointer_guard g(c, key);
        out.emplace_back(std::string(key), T{});
        if (!read_value(m.value(), out.back().second, c)) return false;
    }
    return true;
}
template <class T>
bj::value write_value(std::vector<std::pair<std::string, T>> const& x, write_ctx const& w) {
    bj::object o;
    for (auto const& [k, e] : x) o.insert_or_assign(bj::string_view(k.data(), k.size()), write_value(e, w));
    return o;
}

// ---- rules ----
// The text a string rule checks, or nullptr when the member holds none. A leaf type that carries text (e.g.
// cfn_expr) adds an overload; the read_ctx argument makes argument-dependent lookup find it.
inline std::string const* checked_string(std::string const& s, read_ctx const&) { return &s; }
inline std::string const* checked_string(std::optional<std::string> const& s, read_ctx const&) { return s ? &*s : nullptr; }
template <class U> std::string const* checked_string(U const&, read_ctx const&) { return nullptr; }

template <class U> std::optional<std::size_t> item_count(std::vector<U> const& v) { return v.size(); }
template <class U> std::optional<std::size_t> item_count(std::optional<std::vector<U>> const& v) {
    return v ? std::optional<std::size_t>(v->size()) : std::nullopt;
}
template <class U> std::optional<std::size_t> item_count(U const&) { return std::nullopt; }

template <class T, class M>
bool apply_rules(std::string_view member, M const& value, read_ctx& c) {
    for (json_member_rule const& r : json_object_traits<T>::rules) {
        if (r.member != member) continue;
        if (r.level == json_rule_level::validate && !c.strict) continue;
        if (r.check) {
            if (std::string const* s = checked_string(value, c)) {
                if (auto e = r.check(*s)) {
                    return c.fail(json_errc::invalid_value,
                                  "invalid value: " + std::string(to_string(e->code)) + " at offset " +
                                      std::to_string(e->offset) + " (" + std::string(r.what) + ")",
                                  *e);
                }
            }
        }
        if (auto n = item_count(value)) {
            if (*n < r.min_items)
                return c.fail(json_errc::too_few_items,
                              "at least " + std::to_string(r.min_items) + " item(s) required, found " + std::to_string(*n));
            if (*n > r.max_items)
                return c.fail(json_errc::too_many_items,
                              "at most " + std::to_string(r.max_items) + " items allowed, found " + std::to_string(*n));
        }
    }
    return true;
}

template <class U> inline constexpr bool is_list_member = false;
template <class U> inline constexpr bool is_list_member<std::vector<U>> = true;
template <class U> inline constexpr bool is_list_member<std::optional<std::vector<U>>> = true;

// The item limit of a list member, checked on the JSON array before any item is built (after reading,
// 2e5 tags were materialised to learn that 200 is the limit). Same code and message as apply_rules.
template <class T, class M>
bool check_list_limit_first(std::string_view member, bj::value const& v, read_ctx& c) {
    if constexpr (is_list_member<M>) {
        if (!v.is_array()) return true;
        std::size_t const n = v.get_array().size();
        for (json_member_rule const& r : json_object_traits<T>::rules) {
            if (r.member != member) continue;
            if (r.level == json_rule_level::validate && !c.strict) continue;
            if (n > r.max_items)
                return c.fail(json_errc::too_many_items,
                              "at most " + std::to_string(r.max_items) + " items allowed, found " + std::to_string(n));
        }
    }
    return true;
}

// ---- described aggregates ----
template <described T>
bool read_value(bj::value const& v, T& out, read_ctx& c) {
    if (!v.is_object()) return wrong_type(v, c, "an object");
    using members = described_members<T>;
    constexpr std::size_t n = boost::mp11::mp_size<members>::value;
    auto const& names = json_names<T>();
    std::array<bool, n> seen{};
    for (auto const& m : v.get_object()) {
        std::string_view const key(m.key().data(), m.key().size());
        std::size_t idx = n;
        for (std::size_t i = 0; i < n; ++i)
            if (names[i] == key) { idx = i; break; }
        if (idx == n) {
            if (c.strict) {
                pointer_guard g(c, key);
                return c.fail(json_errc::unknown_member, "unknown member \"" + std::string(key) + "\"");
            }
            continue; // responses: AWS adds members over time (`docs/json.md`)
        }
        if (m.value().is_null()) continue; // null means absent (`docs/json.md`)
        pointer_guard g(c, key);
        bool ok = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto I) {
            if (I != idx || !ok) return;
            using D = boost::mp11::mp_at_c<members, I>;
            auto& member = out.*D::pointer;
            ok = check_list_limit_first<T, std::remove_cvref_t<decltype(member)>>(D::name, m.value(), c) &&
                 read_value(m.value(), member, c) && apply_rules<T>(D::name, member, c);
        });
        if (!ok) return false;
        seen[idx] = true;
    }
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto I) {
        using D = boost::mp11::mp_at_c<members, I>;
        using M = std::remove_cvref_t<decltype(out.*D::pointer)>;
        if (!ok || is_optional<M>::value || seen[I]) return;
        pointer_guard g(c, names[I]);
        ok = c.fail(json_errc::missing_member, "required member \"" + names[I] + "\" is missing");
    });
    return ok;
}

template <described T>
bj::value write_value(T const& x, write_ctx const& w) {
    bj::object o;
    auto const& names = json_names<T>();
    std::size_t i = 0;
    boost::mp11::mp_for_each<described_members<T>>([&](auto D) {
        auto const& member = x.*D.pointer;
        auto const& name = names[i++];
        if constexpr (is_optional<std::remove_cvref_t<decltype(member)>>::value) {
            if (!member) return; // never write null (`docs/json.md`)
            o.insert_or_assign(bj::string_view(name.data(), name.size()), write_value(*member, w));
        } else {
            o.insert_or_assign(bj::string_view(name.data(), name.size()), write_value(member, w));
        }
    });
    return o;
}

} // namespace detail
} // namespace bedrock

#endif // BEDROCK_JSON_CONVERT_HPP
