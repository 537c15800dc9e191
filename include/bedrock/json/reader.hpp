#ifndef BEDROCK_JSON_READER_HPP
#define BEDROCK_JSON_READER_HPP

// The safe reader for untrusted JSON text (`docs/json.md`): UTF-8 only, duplicate member names
// rejected at the second occurrence, a nesting limit, no trailing content, no empty document. Built on
// boost::json::basic_parser with a handler that builds the boost::json::value itself, because Boost.JSON
// 1.81's own parser silently keeps one of two duplicate keys.

#include <bedrock/json/error.hpp>
#include <bedrock/result.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <charconv>   // std::from_chars (numbers read to the nearest double)
#include <cmath>      // std::isfinite (numbers past the double range)
#include <cstdlib>    // std::strtod (where the library has no floating-point from_chars)
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>   // run_safe_parser's verdict
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bedrock {

/** Limits of @ref parse_json for untrusted text. */
struct json_read_options {
    std::size_t max_depth = 64;             ///< Deepest nesting of arrays and objects (`docs/json.md`).
    std::size_t max_size = 64u * 1024 * 1024; ///< Longest document in bytes; longer text fails with `too_large`.
};

namespace detail {

/// Appends one RFC 6901 reference token (escaping `~` and `/`).
inline void append_pointer_token(std::string& ptr, std::string_view token) {
    ptr += '/';
    for (char c : token) {
        if (c == '~') ptr += "~0";
        else if (c == '/') ptr += "~1";
        else ptr += c;
    }
}

/// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or npos.
inline std::size_t first_invalid_utf8(std::string_view s) noexcept {
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    std::size_t const n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char const c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = 3;
        else if (c == 0xED) { len = 3; hi = 0x9F; }
        else if (c == 0xF0) { len = 4; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }
        else return i;
        if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (i + k >= n || p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

/// `text` (a JSON number) to the nearest double; `fallback` (Boost's reading) if it cannot be read.
/// Boost.JSON 1.81 reads some numbers one unit in the last place off (found by the json_reader fuzz target).
inline double nearest_double(std::string const& text, double fallback) noexcept {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    double d = fallback;
    auto const r = std::from_chars(text.data(), text.data() + text.size(), d);
    return r.ec == std::errc{} && r.ptr == text.data() + text.size() ? d : fallback;
#else
    char* end = nullptr;
    double const d = std::strtod(text.c_str(), &end);  // JSON numbers never hold a locale's decimal comma
    return end == text.c_str() + text.size() ? d : fallback;
#endif
}

/// basic_parser handler that builds a value tree, tracks the path and rejects duplicate keys. A class template
/// (always `json_tree_builder`, below) only so that its members are instantiated in a TU that uses them, not
/// in every TU that includes this header (issue 9).
template <class = void>
class basic_json_tree_builder {
public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::uint32_t>::max();

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&) {
        frames_.push_back(frame{boost::json::value(boost::json::object_kind), {}, false});
        return true;
    }
    bool on_object_end(std::size_t, boost::system::error_code&) { return close(); }
    bool on_array_begin(boost::system::error_code&) {
        frames_.push_back(frame{boost::json::value(boost::json::array_kind), {}, false});
        return true;
    }
    bool on_array_end(std::size_t, boost::system::error_code&) { return close(); }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
        part_.append(s.data(), s.size());
        frame& f = frames_.back();
        if (f.container.as_object().contains(boost::json::string_view(part_.data(), part_.size()))) {
            duplicate_pointer_ = pointer();
            append_pointer_token(duplicate_pointer_, part_);
            duplicate_ = true;
            ec = boost::json::error::syntax;
            return false;
        }
        f.key = std::move(part_);
        f.has_key = true;
        part_.clear();
        return true;
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        boost::json::value v(boost::json::string_view(part_.data(), part_.size()));
        part_.clear();
        return add(std::move(v));
    }
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::system::error_code&) {
        number_.clear();
        return add(boost::json::value(i));
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::system::error_code&) {
        number_.clear();
        return add(boost::json::value(u));
    }
    bool on_double(double d, boost::json::string_view s, boost::system::error_code& ec) {
        // Boost.JSON 1.81 reads some numbers one unit in the last place off, so a shortest-form number that
        // the writer wrote would read back as another double (found by the json_reader fuzz target): read the
        // text again, correctly rounded, so that reading what was written gives the same value.
        number_.append(s.data(), s.size());
        d = nearest_double(number_, d);
        number_.clear();
        // Boost.JSON reads a number past the range of a double as +/-infinity, which JSON cannot write
        // back: refuse it rather than change it (RFC 8259 section 6 lets a reader limit the range).
        if (!std::isfinite(d)) {
            out_of_range_pointer_ = pointer();
            out_of_range_ = true;
            ec = boost::json::error::exponent_overflow;
            return false;
        }
        return add(boost::json::value(d));
    }
    bool on_bool(bool b, boost::system::error_code&) { return add(boost::json::value(b)); }
    bool on_null(boost::system::error_code&) { return add(boost::json::value(nullptr)); }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

    /// The pointer of the value being read now (the pending member or the next array element).
    [[nodiscard]] std::string pointer() const {
        std::string p;
        for (auto const& f : frames_) {
            if (f.container.is_object()) {
                if (f.has_key) append_pointer_token(p, f.key);
            } else {
                append_pointer_token(p, std::to_string(f.container.as_array().size()));
            }
        }
        return p;
    }
    [[nodiscard]] bool duplicate() const noexcept { return duplicate_; }
    /// A number beyond the range of a double was read (its pointer: @ref out_of_range_pointer).
    [[nodiscard]] bool out_of_range() const noexcept { return out_of_range_; }
    [[nodiscard]] std::string const& out_of_range_pointer() const noexcept { return out_of_range_pointer_; }
    [[nodiscard]] std::string const& duplicate_pointer() const noexcept { return duplicate_pointer_; }
    boost::json::value take() { return std::move(root_); }

private:
    struct frame {
        boost::json::value container;
        std::string key;
        bool has_key;
    };
    bool close() {
        boost::json::value v = std::move(frames_.back().container);
        frames_.pop_back();
        return add(std::move(v));
    }
    bool add(boost::json::value v) {
        if (frames_.empty()) {
            root_ = std::move(v);
            return true;
        }
        frame& f = frames_.back();
        if (f.container.is_array()) {
            f.container.as_array().push_back(std::move(v));
        } else {
            f.container.as_object().emplace(f.key, std::move(v));
            f.has_key = false;
        }
        return true;
    }
    std::vector<frame> frames_;
    std::string part_;
    boost::json::value root_;
    std::string duplicate_pointer_;
    bool duplicate_ = false;
    std::string out_of_range_pointer_;
    std::string number_;  ///< The text of the number being read (Boost may deliver it in parts).

    bool out_of_range_ = false;
};

/// The safe reader's tree builder (@ref basic_json_tree_builder).
using json_tree_builder = basic_json_tree_builder<>;

inline json_error document_error(json_errc code, std::uint64_t offset, std::string pointer = {}) {
    std::string msg;
    switch (code) {
    case json_errc::empty_document: msg = "the document is empty"; break;
    case json_errc::invalid_utf8: msg = "invalid UTF-8"; break;
    case json_errc::incomplete: msg = "unexpected end of input"; break;
    case json_errc::too_deep: msg = "nesting is deeper than the limit"; break;
    case json_errc::trailing_garbage: msg = "unexpected content after the JSON value"; break;
    case json_errc::too_large: msg = "the document is larger than the limit"; break;
    default: msg = "JSON syntax error"; break;
    }
    msg += " at byte offset " + std::to_string(offset);
    if (!pointer.empty()) msg += " (in " + pointer + ")";
    return json_error{code, std::move(pointer), offset, std::move(msg), {}};
}

/** Runs a safe-reader handler (@ref json_tree_builder, or the typed reader of `<bedrock/json/stream_reader.hpp>`)
    over the whole text and turns a failure into the reader's error: one function, so that every reader of
    untrusted text reports the same code, offset, pointer and message. The handler provides `duplicate()`,
    `duplicate_pointer()`, `out_of_range()`, `out_of_range_pointer()` and `pointer()`. The caller has already
    refused an oversized or empty text. */
template <class Handler>
std::optional<json_error> run_safe_parser(boost::json::basic_parser<Handler>& p, std::string_view text) {
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, text.data(), text.size(), ec);
    if (ec) {
        if (p.handler().duplicate()) {
            std::string ptr = p.handler().duplicate_pointer();
            std::string msg = "duplicate member name at " + ptr + " (byte offset " + std::to_string(n) + ")";
            return json_error{json_errc::duplicate_key, std::move(ptr), n, std::move(msg), {}};
        }
        if (p.handler().out_of_range()) {
            // The offset of the number's first byte: back from where the parser stopped over number bytes.
            std::size_t at = n < text.size() ? n : text.size();
            while (at > 0 && std::string_view("0123456789+-.eE").find(text[at - 1]) != std::string_view::npos) --at;
            std::string ptr = p.handler().out_of_range_pointer();
            std::string msg = "number out of the range of a double at byte offset " + std::to_string(at);
            if (!ptr.empty()) msg += " (in " + ptr + ")";
            return json_error{json_errc::too_large, std::move(ptr), at, std::move(msg), {}};
        }
        auto const bad_utf8 = first_invalid_utf8(text);
        if (bad_utf8 != std::string_view::npos && bad_utf8 <= n)
            return document_error(json_errc::invalid_utf8, bad_utf8, p.handler().pointer());
        if (ec == boost::json::error::too_deep) return document_error(json_errc::too_deep, n);
        if (ec == boost::json::error::incomplete) return document_error(json_errc::incomplete, n);
        return document_error(json_errc::syntax, n);
    }
    if (!p.done()) return document_error(json_errc::incomplete, n);
    if (n < text.size()) return document_error(json_errc::trailing_garbage, n);
    return std::nullopt;
}

} // namespace detail

/** Parses untrusted JSON text into a `boost::json::value` without throwing.

    Rules (`docs/json.md`): the text must be UTF-8 (an invalid sequence inside a string is
    reported at that member's pointer, elsewhere at `""`), no object may repeat a member name (reported at the
    second occurrence's pointer), nesting is limited to `opt.max_depth` (64), nothing but whitespace may follow
    the value, and an empty or all-whitespace document is an error. Member order is preserved.

    @par Example
    @code
    auto r = bedrock::parse_json(R"({"a": 1, "a": 2})");
    // !r, r.error().code == bedrock::json_errc::duplicate_key, r.error().pointer == "/a"
    @endcode
*/
template <int = 0>  // a template, so that a TU that never calls it does not instantiate Boost's parser over the tree builder
[[nodiscard]] json_result<boost::json::value> parse_json(std::string_view text, json_read_options opt = {}) noexcept {
    try {
        if (text.size() > opt.max_size) return detail::document_error(json_errc::too_large, opt.max_size);
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return detail::document_error(json_errc::empty_document, text.size());
        boost::json::parse_options po;
        po.max_depth = opt.max_depth;
        boost::json::basic_parser<detail::json_tree_builder> p(po);
        if (auto e = detail::run_safe_parser(p, text)) return std::move(*e);
        return p.handler().take();
    } catch (std::exception const&) {
        return detail::document_error(json_errc::too_large, text.size());
    }
}

} // namespace bedrock

#endif // BEDROCK_JSON_READER_HPP
