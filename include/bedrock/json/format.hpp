#ifndef BEDROCK_JSON_FORMAT_HPP
#define BEDROCK_JSON_FORMAT_HPP

// Text output that matches what Python prints: the AWS CLI v2 uses json.dump(response, indent=4,
// ensure_ascii=False) followed by "\n" (`docs/json.md`); the compact form is
// json.dumps(..., separators=(",", ":")). Member order is the value's order.

#include <boost/json/value.hpp>

#include <charconv>  // std::to_chars (shortest round-trip doubles, as Python's repr)
#include <cmath>     // std::isfinite
#include <cstddef>
#include <string>
#include <string_view>

namespace bedrock {

/** The layout of JSON text written by @ref format_json. */
enum class json_layout : unsigned char {
    compact, ///< No whitespace at all: `{"a":[1,2]}` (the wire form).
    cli,     ///< 4-space indentation, `": "` and `","` + newline, a final newline (AWS CLI v2 output).
};

namespace detail {

inline void write_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
        auto const c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

inline void write_json_double(std::string& out, double d) {
    if (!std::isfinite(d)) { out += "null"; return; } // JSON has no NaN/Infinity; cannot come from parsing
    char buf[32];
    auto const r = std::to_chars(buf, buf + sizeof buf, d);
    std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
    out += text;
    if (text.find_first_of(".eE") == std::string_view::npos) out += ".0"; // Python repr keeps floats floats
}

inline void write_json_value(std::string& out, boost::json::value const& v, bool pretty, std::size_t level) {
    auto newline = [&](std::size_t lvl) {
        out += '\n';
        out.append(lvl * 4, ' ');
    };
    switch (v.kind()) {
    case boost::json::kind::null: out += "null"; break;
    case boost::json::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case boost::json::kind::int64: out += std::to_string(v.get_int64()); break;
    case boost::json::kind::uint64: out += std::to_string(v.get_uint64()); break;
    case boost::json::kind::double_: write_json_double(out, v.get_double()); break;
    case boost::json::kind::string: {
        auto const& s = v.get_string();
        write_json_string(out, std::string_view(s.data(), s.size()));
        break;
    }
    case boost::json::kind::array: {
        auto const& a = v.get_array();
        out += '[';
        bool first = true;
        for (auto const& e : a) {
            if (!first) out += ',';
            first = false;
            if (pretty) newline(level + 1);
            write_json_value(out, e, pretty, level + 1);
        }
        if (pretty && !a.empty()) newline(level);
        out += ']';
        break;
    }
    case boost::json::kind::object: {
        auto const& o = v.get_object();
        out += '{';
        bool first = true;
        for (auto const& m : o) {
            if (!first) out += ',';
            first = false;
            if (pretty) newline(level + 1);
            write_json_string(out, std::string_view(m.key().data(), m.key().size()));
            out += pretty ? ": " : ":";
            write_json_value(out, m.value(), pretty, level + 1);
        }
        if (pretty && !o.empty()) newline(level);
        out += '}';
        break;
    }
    }
}

} // namespace detail

/** Writes a JSON value as text, byte-for-byte like Python's `json.dumps`.

    `json_layout::cli` reproduces what AWS CLI v2 prints (`indent=4`, `ensure_ascii=False`, then `"\n"`);
    `json_layout::compact` has no whitespace. Non-ASCII text is written as UTF-8; control characters are
    escaped (`\n`, `\u001f`, …). Member order is kept.

    @par Example
    @code
    boost::json::value v = {{"a", 1}};
    assert(bedrock::format_json(v, bedrock::json_layout::cli) == "{\n    \"a\": 1\n}\n");
    assert(bedrock::format_json(v, bedrock::json_layout::compact) == "{\"a\":1}");
    @endcode
*/
[[nodiscard]] inline std::string format_json(boost::json::value const& v, json_layout layout) {
    std::string out;
    detail::write_json_value(out, v, layout == json_layout::cli, 0);
    if (layout == json_layout::cli) out += '\n';
    return out;
}

} // namespace bedrock

#endif // BEDROCK_JSON_FORMAT_HPP
