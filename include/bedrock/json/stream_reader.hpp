#ifndef BEDROCK_JSON_STREAM_READER_HPP
#define BEDROCK_JSON_STREAM_READER_HPP

/** @file
    @ref read_document: JSON text to a described aggregate in one pass, without a DOM.

    A `boost::json::basic_parser` handler (`<bedrock/json/detail/stream_handler.hpp>`: the safe-reader layer and
    the dispatch to the open value's reader) and, here, the *typed layer*: how each C++ type is read from the
    events. A described aggregate, a list, an ordered object or an optional is filled member by member, a
    string, boolean, count, number, enum, open enum or timestamp is set from its one event. Each member's rules
    run through the converter's `apply_rules` right after the member is complete, and the required members are
    checked when the object ends.

    The DOM converter of `<bedrock/json/convert.hpp>` stays the exact engine: whenever the typed layer has
    anything but the plain accepted case to report, it asks the converter (a scalar as a one-node value, an
    object or array that a leaf refuses as an empty one), so codes and messages are the converter's own. A
    value whose verdict needs the whole subtree before its items (a list with an item limit in the current
    mode, read after the limit; CloudFormation expressions; IAM one-or-many lists; any leaf type other than
    the ones above) is collected into a `boost::json::value` while it streams and handed to the converter.

    The first typed error is kept and the rest of the text is still read by the safe-reader layer: the DOM
    path reports a document-level error (syntax, a duplicate name, …) anywhere in the text before any typed
    error, and so does this reader. tests/json/stream_reader.cpp runs both readers side by side on every
    fixture and on mutations of them and requires the same value or the same code, pointer, offset and message.
*/

#include <bedrock/json/convert.hpp>
#include <bedrock/json/detail/stream_handler.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/reader.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/wire_name.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>        // the member tables
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace bedrock {

namespace detail {

// ---- how each C++ type is read (the typed layer) ----------------------------------------------------------

template <class M> struct stream_is_list : std::false_type {};
template <class U> struct stream_is_list<std::vector<U>> : std::true_type { using item = U; };
template <class M> struct stream_is_ordered_object : std::false_type {};
template <class U> struct stream_is_ordered_object<std::vector<std::pair<std::string, U>>> : std::true_type { using item = U; };

/// The leaves set from one event: strings, booleans, counts, numbers, closed enums, timestamps and the
/// string leaves of the document families (@ref json_string_leaf: open enums).
template <class M>
inline constexpr bool stream_is_leaf = std::is_same_v<M, std::string> || std::is_same_v<M, bool> ||
                                       std::is_same_v<M, std::uint32_t> || std::is_same_v<M, double> ||
                                       std::is_same_v<M, timestamp> || wire_enumeration<M> ||
                                       json_string_leaf<M>;

template <class M> stream_ops const& stream_ops_of() noexcept;

/// Where a value for `m` goes (an optional is engaged here: a value is arriving).
template <class M>
stream_target stream_target_of(M& m) {
    if constexpr (is_optional<M>::value) {
        m.emplace();
        return stream_target_of(*m);
    } else {
        return {&stream_ops_of<M>(), &m};
    }
}

/// A leaf: the accepted string case directly, everything else through the converter.
template <class M>
struct stream_leaf {
    static void scalar(stream_reader& r, void* obj, stream_scalar const& e) {
        M& out = *static_cast<M*>(obj);
        if (e.kind == stream_scalar::string) {
            if constexpr (std::is_same_v<M, std::string>) {
                out.assign(e.s.data(), e.s.size());
                return;
            } else if constexpr (json_string_leaf<M>) {
                out = M(std::string(e.s));
                return;
            } else if constexpr (wire_enumeration<M>) {
                if (auto const x = wire_enum<M>::parse(e.s)) {
                    out = *x;
                    return;
                }
            } else if constexpr (std::is_same_v<M, timestamp>) {
                if (auto const t = parse_timestamp(e.s)) {
                    out = *t;
                    return;
                }
            }
        }
        r.converter_read(e.value(), out);
    }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        // No leaf reads an object or an array: the converter's refusal, with its message.
        r.converter_read(is_object ? boost::json::value(boost::json::object_kind) : boost::json::value(boost::json::array_kind),
                         *static_cast<M*>(obj));
        return false;
    }
    static constexpr stream_ops ops{nullptr, &scalar, &begin, nullptr, nullptr, nullptr, nullptr, nullptr};
};

/// Anything else: collected while it streams, then read by the converter.
template <class M>
struct stream_collected {
    static void captured(stream_reader& r, void* obj, boost::json::value const& v) {
        M& out = *static_cast<M*>(obj);
        r.exact([&](read_ctx& c) { return read_value(v, out, c); });
    }
    static constexpr stream_ops ops{&captured, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
};

/// `std::vector<U>`: a JSON array, item by item; a null item is refused.
template <class U>
struct stream_list {
    using list = std::vector<U>;
    static void scalar(stream_reader& r, void*, stream_scalar const& e) { r.refuse(e.value(), "an array"); }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        list& v = *static_cast<list*>(obj);
        if (is_object) {
            r.refuse(boost::json::value(boost::json::object_kind), "an array");
            return false;
        }
        v.clear(); // no reserve, as the converter: the items are built as they are read
        return true;
    }
    static void key(stream_reader&, stream_frame&, std::string_view) {}
    static stream_target child(stream_reader& r, stream_frame& f, stream_value_kind k) {
        if (k == stream_value_kind::null_) {
            r.exact([](read_ctx& c) { return wrong_type(boost::json::value(nullptr), c, "a list item"); });
            return {};
        }
        list& v = *static_cast<list*>(f.obj);
        v.emplace_back();
        return stream_target_of(v.back());
    }
    static void child_done(stream_reader&, stream_frame&) {}
    static void end(stream_reader&, stream_frame&) {}
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end, nullptr};
};

/// `std::vector<std::pair<std::string, U>>`: a JSON object in document order.
template <class U>
struct stream_ordered_object {
    using object = std::vector<std::pair<std::string, U>>;
    static void scalar(stream_reader& r, void*, stream_scalar const& e) { r.refuse(e.value(), "an object"); }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        object& o = *static_cast<object*>(obj);
        if (!is_object) {
            r.refuse(boost::json::value(boost::json::array_kind), "an object");
            return false;
        }
        o.clear();
        return true;
    }
    static void key(stream_reader&, stream_frame& f, std::string_view key) {
        static_cast<object*>(f.obj)->emplace_back(std::string(key), U{});
    }
    static stream_target child(stream_reader&, stream_frame& f, stream_value_kind) {
        return stream_target_of(static_cast<object*>(f.obj)->back().second); // null too: U's reader refuses it
    }
    static void child_done(stream_reader&, stream_frame&) {}
    static void end(stream_reader&, stream_frame&) {}
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end, nullptr};
};

/// Member `I` of the described aggregate `T`.
template <class T, std::size_t I>
struct stream_member {
    using descriptor = boost::mp11::mp_at_c<described_members<T>, I>;
    using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*descriptor::pointer)>;
    static constexpr std::string_view name = descriptor::name;

    static constexpr bool has_rules = [] {
        for (json_member_rule const& r : json_object_traits<T>::rules)
            if (r.member == name) return true;
        return false;
    }();
    /// An item limit that the converter checks on the whole array before its items (check_list_limit_first).
    static constexpr bool has_item_limit(bool strict) {
        for (json_member_rule const& r : json_object_traits<T>::rules)
            if (r.member == name && (strict || r.level == json_rule_level::read) &&
                r.max_items != std::numeric_limits<std::uint32_t>::max())
                return true;
        return false;
    }

    static stream_target target(stream_reader& r, void* obj) {
        member_type& m = static_cast<T*>(obj)->*descriptor::pointer;
        // has_item_limit(true) holds whenever has_item_limit(false) does: a member without any item limit never
        // takes the collected path, and its type's converter is not instantiated
        if constexpr (is_list_member<member_type> && has_item_limit(true)) {
            if (has_item_limit(r.strict())) return {&collected_ops, &m};
        }
        return stream_target_of(m);
    }
    static void collected(stream_reader& r, void* obj, boost::json::value const& v) {
        member_type& m = *static_cast<member_type*>(obj);
        r.exact([&](read_ctx& c) { return check_list_limit_first<T, member_type>(name, v, c) && read_value(v, m, c); });
    }
    static constexpr stream_ops collected_ops{&collected, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    /// The rules of this member (those of `json_object_traits<T>::rules` that name it), in their order.
    static constexpr std::size_t rule_count = [] {
        std::size_t n = 0;
        for (json_member_rule const& r : json_object_traits<T>::rules) n += r.member == name ? 1 : 0;
        return n;
    }();
    static constexpr std::array<json_member_rule, rule_count> rules = [] {
        std::array<json_member_rule, rule_count> a{};
        std::size_t n = 0;
        for (json_member_rule const& r : json_object_traits<T>::rules)
            if (r.member == name) a[n++] = r;
        return a;
    }();
    /// True when every rule that apply_rules would run for `m` passes (its loop, without the messages).
    static bool rules_pass(stream_reader const& r, member_type const& m) {
        for (json_member_rule const& rule : rules) {
            if (rule.level == json_rule_level::validate && !r.strict()) continue;
            if (rule.check)
                if (std::string const* s = checked_string(m, r.no_context()))
                    if (rule.check(*s)) return false;
            if (auto n = item_count(m))
                if (*n < rule.min_items || *n > rule.max_items) return false;
        }
        return true;
    }
    /// The member's rules: when one fails, the converter's one call (apply_rules) gives the error.
    static void done(stream_reader& r, void* obj) {
        member_type const& m = static_cast<T const*>(obj)->*descriptor::pointer;
        if (r.failed() || rules_pass(r, m)) return;
        r.exact([&](read_ctx& c) { return apply_rules<T>(name, m, c); });
    }
};

/// A described aggregate: members as they arrive, unknown ones skipped (or refused when strict), the
/// required ones checked at the end, in member order.
template <class T>
struct stream_described {
    using members = described_members<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static_assert(size <= 64, "stream_reader keeps the members read in 64 bits");

    struct entry {
        stream_target (*target)(stream_reader&, void*);
        void (*done)(stream_reader&, void*); // null: no rules
        bool required;
    };
    template <std::size_t... I>
    static constexpr std::array<entry, sizeof...(I)> make_table(std::index_sequence<I...>) {
        return {{entry{&stream_member<T, I>::target, stream_member<T, I>::has_rules ? &stream_member<T, I>::done : nullptr,
                       !is_optional<typename stream_member<T, I>::member_type>::value}...}};
    }
    static constexpr std::array<entry, size> table = make_table(std::make_index_sequence<size>{});

    static void scalar(stream_reader& r, void*, stream_scalar const& e) { r.refuse(e.value(), "an object"); }
    static bool begin(stream_reader& r, void*, bool is_object) {
        if (!is_object) {
            r.refuse(boost::json::value(boost::json::array_kind), "an object");
            return false;
        }
        return true;
    }
    static std::uint32_t member_index(std::string_view key) { // json_names may allocate once
        auto const& names = json_names<T>();
        for (std::size_t i = 0; i < size; ++i)
            if (names[i] == key) return static_cast<std::uint32_t>(i);
        return stream_reader::npos;
    }
    static void key(stream_reader& r, stream_frame& f, std::string_view key) {
        // f.member: member_index(key), set by the handler (which also used it for the duplicate check)
        if (f.member == stream_reader::npos && r.strict())
            r.fail_here(json_errc::unknown_member, "unknown member \"" + std::string(key) + "\"");
        // responses: AWS adds members over time (`docs/json.md`); the value is skipped
    }
    static stream_target child(stream_reader& r, stream_frame& f, stream_value_kind k) {
        f.member_read = f.member != stream_reader::npos && k != stream_value_kind::null_; // null means absent
        if (!f.member_read) return {};
        return table[f.member].target(r, f.obj);
    }
    static void child_done(stream_reader& r, stream_frame& f) {
        if (!f.member_read) return;
        f.member_read = false;
        if (table[f.member].done) table[f.member].done(r, f.obj);
        f.seen |= std::uint64_t{1} << f.member;
    }
    static void end(stream_reader& r, stream_frame& f) {
        for (std::size_t i = 0; i < size; ++i) {
            if (!table[i].required || (f.seen >> i & 1u)) continue;
            auto const& name = json_names<T>()[i];
            r.fail_here(json_errc::missing_member, "required member \"" + name + "\" is missing", name, true);
            return;
        }
    }
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end, &member_index};
};

template <class M>
stream_ops const& stream_ops_of() noexcept {
    if constexpr (stream_is_leaf<M>) return stream_leaf<M>::ops;
    else if constexpr (stream_is_ordered_object<M>::value) return stream_ordered_object<typename stream_is_ordered_object<M>::item>::ops;
    else if constexpr (stream_is_list<M>::value) return stream_list<typename stream_is_list<M>::item>::ops;
    else if constexpr (described<M>) return stream_described<M>::ops;
    else return stream_collected<M>::ops;
}

} // namespace detail

/** Parses untrusted JSON text into a described aggregate in one pass, without building a DOM.

    Same contract, same results as @ref parse_json followed by @ref from_json_value (the DOM path, which stays
    the reference engine): the same value, or the same @ref json_error (code, JSON Pointer, offset and
    message) for every input. @ref parse_document calls it. Never throws.

    @par Example
    @code
    auto r = bedrock::read_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
    // r.has_value(), r->next_token == "abc"
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] json_result<T> read_document(std::string_view text, read_mode mode = read_mode::natural,
                                           json_read_options options = {}) noexcept {
    try {
        if (text.size() > options.max_size) return detail::document_error(json_errc::too_large, options.max_size);
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return detail::document_error(json_errc::empty_document, text.size());
        bool const strict = mode == read_mode::natural ? json_object_traits<T>::strict : mode == read_mode::strict;
        T out{};
        boost::json::parse_options po;
        po.max_depth = options.max_depth;
        boost::json::basic_parser<detail::stream_reader> p(po, detail::stream_target_of(out), strict);
        if (auto e = detail::run_safe_parser(p, text)) return std::move(*e);
        if (p.handler().failed()) return std::move(p.handler().error());
        return out;
    } catch (std::exception const&) {
        return detail::document_error(json_errc::too_large, text.size());
    }
}

} // namespace bedrock

#endif // BEDROCK_JSON_STREAM_READER_HPP
