// A tiny JSON reader for the core tests (no Boost in tests/unit): enough for the committed data files
// (objects, arrays, strings with escapes, numbers, true/false/null). Throws std::runtime_error with the byte
// offset on malformed input. Test-only; the library's JSON layer is <bedrock/json.hpp>.
#ifndef BEDROCK_TESTS_UNIT_MINI_JSON_HPP
#define BEDROCK_TESTS_UNIT_MINI_JSON_HPP

#include <cstddef>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mini_json {

struct value {
    enum class kind { null, boolean, number, string, array, object } type = kind::null;
    bool b = false;
    double n = 0;
    std::string s;
    std::vector<value> items;       // array
    // An object, in document order, as two parallel lists: std::pair<std::string, value> would need `value`
    // complete here (clang 14 with libstdc++ refuses it), a std::vector of the incomplete type does not.
    std::vector<std::string> keys;
    std::vector<value> values;

    /// The member named `key`; throws when absent or when this is not an object.
    value const& operator[](std::string_view key) const {
        if (type != kind::object) throw std::runtime_error("not an object: " + std::string(key));
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) return values[i];
        throw std::runtime_error("no member " + std::string(key));
    }
    /// True when this object has `key`.
    bool has(std::string_view key) const {
        for (auto const& k : keys)
            if (k == key) return true;
        return false;
    }
};

class reader {
public:
    explicit reader(std::string_view text) : t_(text) {}
    value document() {
        auto v = parse();
        ws();
        if (i_ != t_.size()) fail("trailing content");
        return v;
    }

private:
    [[noreturn]] void fail(char const* why) const {
        throw std::runtime_error(std::string(why) + " at byte " + std::to_string(i_));
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    bool eat(std::string_view lit) {
        if (t_.substr(i_, lit.size()) != lit) return false;
        i_ += lit.size();
        return true;
    }
    std::string str() {
        if (!eat("\"")) fail("string expected");
        std::string out;
        while (true) {
            if (i_ >= t_.size()) fail("unterminated string");
            char c = t_[i_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= t_.size()) fail("unterminated escape");
            char e = t_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (i_ + 4 > t_.size()) fail("short \\u escape");
                unsigned cp = std::stoul(std::string(t_.substr(i_, 4)), nullptr, 16);
                i_ += 4;
                if (cp < 0x80) {
                    out += static_cast<char>(cp);
                } else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default: fail("bad escape");
            }
        }
    }
    value parse() {
        ws();
        value v;
        if (i_ >= t_.size()) fail("value expected");
        char c = t_[i_];
        if (c == '{') {
            ++i_;
            v.type = value::kind::object;
            ws();
            if (eat("}")) return v;
            while (true) {
                ws();
                auto k = str();
                ws();
                if (!eat(":")) fail("':' expected");
                v.keys.push_back(std::move(k));
                v.values.push_back(parse());
                ws();
                if (eat("}")) return v;
                if (!eat(",")) fail("',' or '}' expected");
            }
        }
        if (c == '[') {
            ++i_;
            v.type = value::kind::array;
            ws();
            if (eat("]")) return v;
            while (true) {
                v.items.push_back(parse());
                ws();
                if (eat("]")) return v;
                if (!eat(",")) fail("',' or ']' expected");
            }
        }
        if (c == '"') {
            v.type = value::kind::string;
            v.s = str();
            return v;
        }
        if (eat("true")) {
            v.type = value::kind::boolean;
            v.b = true;
            return v;
        }
        if (eat("false")) {
            v.type = value::kind::boolean;
            return v;
        }
        if (eat("null")) return v;
        std::size_t end = i_;
        while (end < t_.size() && std::string_view("+-0123456789.eE").find(t_[end]) != std::string_view::npos) ++end;
        if (end == i_) fail("value expected");
        v.type = value::kind::number;
        v.n = std::stod(std::string(t_.substr(i_, end - i_)));
        i_ = end;
        return v;
    }

    std::string_view t_;
    std::size_t i_ = 0;
};

/// Reads and parses a whole file; throws when it cannot be read or parsed.
inline value read_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    auto const text = ss.str();
    return reader(text).document();
}

} // namespace mini_json

#endif // BEDROCK_TESTS_UNIT_MINI_JSON_HPP
