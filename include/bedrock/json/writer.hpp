#ifndef BEDROCK_JSON_WRITER_HPP
#define BEDROCK_JSON_WRITER_HPP

/** @file
    The direct JSON writer: from a described aggregate straight to text in one growing buffer, without
    building a `boost::json::value` first. Driven by the same descriptions, names (@ref json_object_traits)
    and leaves as the generic converter (`<bedrock/json/convert.hpp>`), and byte-for-byte equal to
    `format_json(to_json_value(x))` in both layouts (`<bedrock/json/format.hpp>`): member order is described
    order, empty optionals are omitted, strings are escaped as Python's `json.dumps(ensure_ascii=False)`.

    Cost: one `std::string` reserved from a size estimate (one allocation for a document without escapes,
    none per value); strings are copied in runs of bytes that need no escape, found 8 bytes at a time;
    member names are written as precomputed `"name":` keys; numbers and timestamps are formatted in place.
    A leaf type the writer does not know (e.g. `cfn_expr`) goes through its `write_value` and @ref format_json,
    so every described type works, only slower for that leaf.
*/

#include <bedrock/json/convert.hpp>
#include <bedrock/json/format.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/wire_name.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>        // std::array (escape table)
#include <charconv>     // std::to_chars (counts)
#include <concepts>     // std::same_as
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <cstring>      // std::memcpy, std::memset
#include <optional>     // std::optional
#include <string>       // std::string (the output buffer)
#include <string_view>  // std::string_view
#include <type_traits>  // std::remove_cvref_t
#include <utility>      // std::pair
#include <vector>       // std::vector

namespace bedrock {
namespace detail {

/// 1 for the bytes a JSON string must escape (`"`, `\`, control characters); the rest are copied as is.
inline constexpr auto json_escape_table = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 1;
    t['"'] = 1;
    t['\\'] = 1;
    return t;
}();

/// True when one of the 8 bytes of `w` must be escaped (a control byte, `"` or `\`): the exact answer of
/// @ref json_escape_table for 8 bytes at once ("a byte less than n" and "a zero byte" of Bit Twiddling
/// Hacks; a borrow can only set bits above a byte that really matches, so the any-test is exact).
constexpr bool json_needs_escape8(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = 0x8080808080808080u;
    std::uint64_t const quote = w ^ (ones * '"');
    std::uint64_t const backslash = w ^ (ones * '\\');
    std::uint64_t const found = ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
    return (found & high) != 0;
}

/// The members' JSON names of a described type, quoted and followed by `:` (`"name":`), in member order,
/// computed once: the writer copies each with one `memcpy`.
template <described T>
std::vector<std::string> const& json_member_keys() {
    static std::vector<std::string> const keys = [] {
        std::vector<std::string> v;
        for (auto const& name : json_names<T>()) {
            std::string k;
            write_json_string(k, name);
            k += ':';
            v.push_back(std::move(k));
        }
        return v;
    }();
    return keys;
}

/// The size of the text @ref json_text_writer writes for `x` at indentation `level`, not counting escapes
/// (a string counts its bytes and quotes) and with a guess for leaves written through `write_value`: the
/// writer reserves this once, so a document without escapes is written with one allocation.
class json_size_estimate {
public:
    explicit json_size_estimate(bool pretty) : pretty_(pretty) {}

    template <class T> std::size_t value(T const& x, std::size_t level) const;

private:
    std::size_t item(std::size_t level) const { return 1 + (pretty_ ? 1 + (level + 1) * 4 : 0); }
    std::size_t close(std::size_t level) const { return 1 + (pretty_ ? 1 + level * 4 : 0); }

    std::size_t size(std::string const& x, std::size_t) const { return x.size() + 2; }
    template <std::same_as<bool> B> std::size_t size(B, std::size_t) const { return 5; }
    template <std::same_as<std::uint32_t> U> std::size_t size(U, std::size_t) const { return 10; }
    template <std::same_as<timestamp> Ts> std::size_t size(Ts, std::size_t) const { return max_formatted_timestamp_size + 2; }
    template <wire_enumeration E> std::size_t size(E x, std::size_t) const { return wire_enum<E>::to_string(x).size() + 2; }
    template <class S> requires json_string_leaf<S> std::size_t size(S const& x, std::size_t) const { return x.raw().size() + 2; }
    template <class M> requires json_written_as<M>::enabled std::size_t size(M const& x, std::size_t level) const {
        return json_written_as<M>::with(x, [&](auto const& v) { return value(v, level); });
    }
    template <class T> std::size_t size(std::optional<T> const& x, std::size_t level) const { return x ? value(*x, level) : 4; }
    template <class T> std::size_t size(std::vector<T> const& x, std::size_t level) const {
        std::size_t n = close(level);
        for (auto const& e : x) n += item(level) + value(e, level + 1);
        return n;
    }
    template <class T> std::size_t size(std::vector<std::pair<std::string, T>> const& x, std::size_t level) const {
        std::size_t n = close(level);
        for (auto const& [k, e] : x) n += item(level) + k.size() + 4 + value(e, level + 1);
        return n;
    }
    template <described T> std::size_t size(T const& x, std::size_t level) const {
        std::size_t n = close(level);
        auto const& names = json_names<T>();
        std::size_t i = 0;
        boost::mp11::mp_for_each<described_members<T>>([&](auto D) {
            auto const& member = x.*D.pointer;
            std::size_t const name = names[i++].size() + 4;
            if constexpr (is_optional<std::remove_cvref_t<decltype(member)>>::value) {
                if (member) n += item(level) + name + value(*member, level + 1);
            } else {
                n += item(level) + name + value(member, level + 1);
            }
        });
        return n;
    }

    bool pretty_;
};

template <class T>
std::size_t json_size_estimate::value(T const& x, std::size_t level) const {
    if constexpr (requires { this->size(x, level); }) return size(x, level);
    else return 16; // a leaf written through write_value (e.g. cfn_expr); the buffer grows if needed
}

/// Writes JSON text into one `std::string`: `p_` is the write position inside the string's own storage,
/// which is kept sized to its capacity while writing and cut to the written length by `finish`.
class json_text_writer {
public:
    json_text_writer(std::string& out, bool pretty, timestamp_format timestamps, std::size_t reserve)
        : out_(out), pretty_(pretty), w_{timestamps} {
        out_.clear();
        out_.resize(reserve < 256 ? 256 : reserve);
        p_ = out_.data();
        end_ = p_ + out_.size();
    }

    /// Cuts the string to what was written.
    void finish() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }

    template <class T> void value(T const& x);

private:
    void reserve(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) >= n) return;
        std::size_t const used = static_cast<std::size_t>(p_ - out_.data());
        std::size_t want = out_.size() * 2;
        if (want < used + n) want = used + n;
        out_.resize(want);
        p_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    void put(char c) { reserve(1); *p_++ = c; }
    void put(std::string_view s) {
        reserve(s.size());
        std::memcpy(p_, s.data(), s.size());
        p_ += s.size();
    }
    void newline(std::size_t level) {
        reserve(1 + level * 4);
        *p_++ = '\n';
        std::memset(p_, ' ', level * 4);
        p_ += level * 4;
    }
    /// Before the k-th item of an array or object (k from 0).
    void item_start(bool first) {
        if (!first) put(',');
        if (pretty_) newline(level_ + 1);
    }
    void container_end(bool empty, char close) {
        if (pretty_ && !empty) newline(level_);
        put(close);
    }

    void string(std::string_view s) {
        static constexpr char hex[] = "0123456789abcdef";
        reserve(s.size() + 2);
        *p_++ = '"';
        char const* b = s.data();
        char const* const e = b + s.size();
        while (b != e) {
            char const* run = b;
            for (std::uint64_t w; e - run >= 8; run += 8) { // 8 bytes at a time while none needs an escape
                std::memcpy(&w, run, 8);
                if (json_needs_escape8(w)) break;
            }
            while (run != e && !json_escape_table[static_cast<unsigned char>(*run)]) ++run;
            put(std::string_view(b, static_cast<std::size_t>(run - b)));
            if (run == e) break;
            auto const c = static_cast<unsigned char>(*run);
            reserve(6);
            *p_++ = '\\';
            switch (c) {
            case '"': *p_++ = '"'; break;
            case '\\': *p_++ = '\\'; break;
            case '\n': *p_++ = 'n'; break;
            case '\r': *p_++ = 'r'; break;
            case '\t': *p_++ = 't'; break;
            case '\b': *p_++ = 'b'; break;
            case '\f': *p_++ = 'f'; break;
            default:
                *p_++ = 'u'; *p_++ = '0'; *p_++ = '0';
                *p_++ = hex[c >> 4];
                *p_++ = hex[c & 15];
            }
            b = run + 1;
        }
        put('"');
    }

    // ---- leaves ----
    void write(std::string const& x) { string(x); }
    template <std::same_as<bool> B> void write(B x) { put(x ? std::string_view("true") : std::string_view("false")); }
    template <std::same_as<std::uint32_t> U> void write(U x) {
        reserve(10);
        p_ = std::to_chars(p_, end_, x).ptr;
    }
    template <std::same_as<timestamp> Ts> void write(Ts x) { // digits, '-', ':', '.', 'T', 'Z', '+': no escape
        reserve(max_formatted_timestamp_size + 2);
        *p_++ = '"';
        p_ += write_timestamp(p_, x, w_.timestamps);
        *p_++ = '"';
    }
    template <wire_enumeration E> void write(E x) { string(wire_enum<E>::to_string(x)); }
    template <class S> requires json_string_leaf<S> void write(S const& x) { string(x.raw()); }
    template <class M> requires json_written_as<M>::enabled void write(M const& x) {
        json_written_as<M>::with(x, [&](auto const& v) { value(v); });
    }
    template <class T> void write(std::optional<T> const& x) {
        if (x) value(*x);
        else put(std::string_view("null")); // never reached for members: empty optionals are omitted
    }
    template <class T> void write(std::vector<T> const& x) {
        put('[');
        bool first = true;
        for (auto const& e : x) {
            item_start(first);
            first = false;
            ++level_;
            value(e);
            --level_;
        }
        container_end(x.empty(), ']');
    }
    template <class T> void write(std::vector<std::pair<std::string, T>> const& x) {
        // The converter builds a boost::json::object with insert_or_assign: a repeated key keeps its first
        // position and its last value. Keep that, so both paths write the same bytes.
        put('{');
        bool first = true;
        for (std::size_t i = 0; i < x.size(); ++i) {
            bool earlier = false;
            for (std::size_t j = 0; j < i && !earlier; ++j) earlier = x[j].first == x[i].first;
            if (earlier) continue;
            std::size_t last = i;
            for (std::size_t j = i + 1; j < x.size(); ++j)
                if (x[j].first == x[i].first) last = j;
            item_start(first);
            first = false;
            member_value(x[i].first, x[last].second);
        }
        container_end(first, '}');
    }
    template <described T> void write(T const& x) {
        put('{');
        auto const& keys = json_member_keys<T>();
        std::size_t i = 0;
        bool first = true;
        boost::mp11::mp_for_each<described_members<T>>([&](auto D) {
            auto const& member = x.*D.pointer;
            std::string_view const key = keys[i++];
            if constexpr (is_optional<std::remove_cvref_t<decltype(member)>>::value) {
                if (!member) return; // never write null (`docs/json.md`)
                item_start(first);
                first = false;
                key_value(key, *member);
            } else {
                item_start(first);
                first = false;
                key_value(key, member);
            }
        });
        container_end(first, '}');
    }
    /// Any other leaf: its `write_value` (found by argument-dependent lookup, as in the converter), then
    /// @ref format_json's writer at the current indentation.
    template <class T> void write_other(T const& x) {
        finish();
        write_json_value(out_, write_value(x, w_), pretty_, level_);
        std::size_t const used = out_.size();
        out_.resize(out_.capacity() > used ? out_.capacity() : used);
        p_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }

    template <class T> void member_value(std::string const& name, T const& v) {
        string(name);
        put(':');
        after_key(v);
    }
    /// `key` is a member name already quoted and followed by `:` (@ref json_member_keys).
    template <class T> void key_value(std::string_view key, T const& v) {
        put(key);
        after_key(v);
    }
    template <class T> void after_key(T const& v) {
        if (pretty_) put(' ');
        ++level_;
        value(v);
        --level_;
    }

    std::string& out_;
    bool pretty_;
    write_ctx w_;
    std::size_t level_ = 0;
    char* p_ = nullptr;
    char* end_ = nullptr;
};

template <class T>
void json_text_writer::value(T const& x) {
    if constexpr (requires { this->write(x); }) write(x);
    else write_other(x);
}

} // namespace detail

/** Writes a described aggregate as JSON text directly, without a `boost::json::value` in between.

    The same bytes as `format_json(to_json_value(x, timestamps), layout)`: `json_layout::compact` is the wire
    form, `json_layout::cli` the AWS CLI v2 form (4-space indent, final newline). @ref serialize_document
    uses it. `out` is overwritten; its storage is reused, so writing many documents into one string
    allocates only when a document is larger than every earlier one.

    @par Example
    @code
    std::string s;
    bedrock::write_json(s, bedrock::tag{"team", "support"}, bedrock::json_layout::compact);
    assert(s == R"({"key":"team","value":"support"})");
    @endcode
*/
template <class T>
    requires detail::described<T>
void write_json(std::string& out, T const& x, json_layout layout,
                timestamp_format timestamps = timestamp_format::wire) {
    bool const pretty = layout == json_layout::cli;
    std::size_t const estimate = detail::json_size_estimate(pretty).value(x, 0) + 1; // + the CLI's final newline
    detail::json_text_writer w(out, pretty, timestamps, estimate > out.capacity() ? estimate : out.capacity());
    w.value(x);
    w.finish();
    if (pretty) out += '\n';
}

} // namespace bedrock

#endif // BEDROCK_JSON_WRITER_HPP
