// The AWS CLI's shorthand syntax (`--tags key=k,value=v`), parsed as the AWS CLI v2 parses it, so that an
// `aws bedrock …` line means the same after the program name is swapped (not part of the library).
//
// The grammar is the one of the AWS CLI's shorthand parser (aws/aws-cli: awscli/shorthand.py, documented in
// "Using shorthand syntax in the AWS CLI", https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html):
//
//   parameter     = keyval *("," keyval)             ; a key given twice is an error
//   keyval        = key "=" [values]                 ; whitespace around "=" and "," is skipped
//   key           = *(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
//   values        = explicit-list / hash-literal / csv-value
//   csv-value     = first-value *("," second-value)  ; two or more values are a list: `a=b,c` is a=[b,c];
//                                                     ; a "second value" followed by "=" is the next key
//   explicit-list = "[" [value *("," value)] [","] "]"
//   hash-literal  = "{" [key "=" value *("," key "=" value)] [","] "}"
//   first-value   = '"' … '"' / "'" … "'" / word      ; a word stops at , " ' ] } (and cannot start with [ { =)
//   second-value  = '"' … '"' / "'" … "'" / word2     ; word2 also stops at =, [ and { may not start it
//
// Unquoted words: `\,` is a comma (other backslashes stay as they are) and trailing whitespace is dropped.
// Quoted values: `\"` (in "…") or `\'` (in '…') is the quote and `\\` a backslash; other text is verbatim,
// commas and `=` included. Every value is a string, a list or a map: the option's model decides the type.
//
// Differences from the AWS CLI, all on input it would also refuse or that a terminal cannot type:
// whitespace is ASCII whitespace (the AWS CLI also skips U+0085, U+00A0, U+2000…); every byte >= 0x80
// counts as a word character (Python's parser stops at code points above U+FFFF). Loading a value from a
// file (`key@=file://…`, AWS CLI v2 only) is not supported: it is refused with its own message.
#ifndef BEDROCK_SRC_AWS_SHORTHAND_HPP
#define BEDROCK_SRC_AWS_SHORTHAND_HPP

#include <cstddef>     // std::size_t
#include <optional>    // std::optional
#include <string>      // std::string
#include <string_view> // std::string_view
#include <variant>     // std::variant (value or failure)
#include <vector>      // std::vector

namespace bedrock::cli::shorthand {

struct member;

/** One value of an option: what the shorthand parser (or a JSON argument) makes of the text. */
struct value {
    /// What the value is. Shorthand gives strings, lists and maps; JSON arguments also numbers, booleans, null.
    enum class kind : unsigned char { string, list, map, number, boolean, null };
    kind type = kind::string;
    std::string text;            ///< string: the unescaped text; boolean: "true" or "false"
    double number = 0;           ///< number
    std::vector<value> items;    ///< list, in order
    std::vector<member> members; ///< map, in order (a key given twice in a {…} literal keeps its first place)
    std::optional<std::size_t> offset; ///< where the value starts in its argument (shorthand only)
    bool comma_list = false;     ///< a list written `a,b` (not `[a,b]`): usually a string with unquoted commas
};

/** One `key=value` of a map. */
struct member {
    std::string key;
    std::optional<std::size_t> key_offset; ///< where the key starts in its argument (shorthand only)
    value v;
};

/** Why a shorthand text does not parse: a sentence and the byte offset it is about. */
struct failure {
    std::size_t offset = 0;
    std::string message;
};

/** True when the AWS CLI reads an argument as JSON instead of shorthand: its first non-space character is
    `[` or `{`. */
[[nodiscard]] inline bool looks_like_json(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
    return i < text.size() && (text[i] == '[' || text[i] == '{');
}

namespace detail {

inline bool is_skipped_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); } // string.whitespace
inline bool is_regex_space(unsigned char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }
inline bool in(unsigned char c, unsigned lo, unsigned hi) noexcept { return c >= lo && c <= hi; }
// The first character of an unquoted word: not a control or space, not " ' , = [ {.
inline bool starts_word(unsigned char c) noexcept {
    return c == 0x21 || in(c, 0x23, 0x26) || in(c, 0x28, 0x2b) || in(c, 0x2d, 0x3c) || in(c, 0x3e, 0x5a) ||
           in(c, 0x5c, 0x7a) || c >= 0x7c;
}
// The rest of a first value: also spaces, = [ {; not " ' , ] }.
inline bool follows_first(unsigned char c) noexcept {
    return is_regex_space(c) || c == 0x21 || in(c, 0x23, 0x26) || in(c, 0x28, 0x2b) || in(c, 0x2d, 0x5c) ||
           in(c, 0x5e, 0x7c) || c >= 0x7e;
}
// The rest of a second value: also spaces, [ ] { }; not " ' , =.
inline bool follows_second(unsigned char c) noexcept {
    return is_regex_space(c) || c == 0x21 || in(c, 0x23, 0x26) || in(c, 0x28, 0x2b) || in(c, 0x2d, 0x3c) || c >= 0x3e;
}
inline bool is_key_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '#' || c == '/' || c == ':';
}

// Every non-overlapping `from` (scanning left to right) replaced by `to`, as Python's str.replace.
inline std::string replace_all(std::string_view s, std::string_view from, std::string_view to) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.substr(i, from.size()) == from) {
            out += to;
            i += from.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

inline std::string describe(std::string_view s, std::size_t i) {
    if (i >= s.size()) return "the end";
    auto const c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f) return std::string("'") + s[i] + "'";
    char const* hex = "0123456789abcdef";
    return std::string("byte \\x") + hex[c >> 4] + hex[c & 15];
}

class parser {
public:
    explicit parser(std::string_view s) : s_(s) {}

    value parameter() {
        value out;
        out.type = value::kind::map;
        out.offset = 0;
        out.members.push_back(keyval());
        std::size_t last = i_;
        while (i_ < s_.size()) {
            expect(',', true);
            member m = keyval();
            for (auto const& seen : out.members)
                if (seen.key == m.key)
                    throw failure{last + 1, "the key \"" + m.key + "\" is given twice (a ',' where a space was meant, "
                                                                "between two list items?)"};
            out.members.push_back(std::move(m));
            last = i_;
        }
        return out;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;

    [[nodiscard]] bool eof() const noexcept { return i_ >= s_.size(); }
    [[nodiscard]] int current() const noexcept { return eof() ? -1 : static_cast<unsigned char>(s_[i_]); }
    void skip_space() noexcept {
        while (!eof() && is_skipped_space(s_[i_])) ++i_;
    }
    [[noreturn]] void fail(std::string_view expected) const {
        throw failure{i_, "expected " + std::string(expected) + " but found " + describe(s_, i_)};
    }
    void expect(char c, bool space = false) {
        if (space) skip_space();
        if (eof() || s_[i_] != c) fail(std::string("'") + c + "'");
        ++i_;
        if (space) skip_space();
    }

    // `key@=file://…` (a value loaded from a file) is refused where the AWS CLI would read the file.
    void no_file_values(std::string const& key) {
        skip_space();
        if (current() == '@')
            throw failure{i_, "a value from a file (" + key + "@=file://…) is not supported here: give the value itself"};
    }

    member keyval() {
        member m;
        m.key_offset = i_;
        m.key = key();
        no_file_values(m.key);
        expect('=', true);
        m.v = values();
        return m;
    }

    std::string key() {
        std::size_t const start = i_;
        while (!eof() && is_key_char(s_[i_])) ++i_;
        return std::string(s_.substr(start, i_ - start));
    }

    value values() {
        if (eof()) return string_at(i_, "");
        if (s_[i_] == '[') return explicit_list();
        if (s_[i_] == '{') return hash_literal();
        return csv_value();
    }

    static value string_at(std::size_t offset, std::string text) {
        value v;
        v.text = std::move(text);
        v.offset = offset;
        return v;
    }

    value csv_value() {
        value first = first_value();
        skip_space();
        if (eof() || s_[i_] != ',') return first;
        expect(',', true);
        value list;
        list.type = value::kind::list;
        list.offset = first.offset;
        list.comma_list = true;
        list.items.push_back(std::move(first));
        while (true) {
            try {
                value next = second_value();
                skip_space();
                if (eof()) {
                    list.items.push_back(std::move(next));
                    break;
                }
                expect(',', true);
                list.items.push_back(std::move(next));
            } catch (failure const&) {
                // `a=b,c=d`: the "second value" was the next key; back to the comma before it.
                if (eof()) throw;
                while (i_ > 0 && s_[i_] != ',') --i_;
                break;
            }
        }
        if (list.items.size() == 1) return std::move(list.items.front());
        return list;
    }

    value word(bool first) {
        std::size_t const start = i_;
        std::size_t j = i_;
        auto const escaped_comma = [&](std::size_t k) { return k + 1 < s_.size() && s_[k] == '\\' && s_[k + 1] == ','; };
        if (escaped_comma(j)) j += 2;
        else if (j < s_.size() && starts_word(static_cast<unsigned char>(s_[j]))) ++j;
        else if (first) return string_at(start, ""); // an empty first value: `a=,b=c`
        else fail("a value");
        while (j < s_.size()) {
            if (escaped_comma(j)) j += 2;
            else if (first ? follows_first(static_cast<unsigned char>(s_[j])) : follows_second(static_cast<unsigned char>(s_[j]))) ++j;
            else break;
        }
        i_ = j;
        std::string text = replace_all(s_.substr(start, j - start), "\\,", ",");
        while (!text.empty() && is_regex_space(static_cast<unsigned char>(text.back()))) text.pop_back();
        return string_at(start, std::move(text));
    }

    value first_value() {
        if (current() == '\'' || current() == '"') return quoted(static_cast<char>(current()));
        return word(true);
    }

    value second_value() {
        if (current() == '\'' || current() == '"') return quoted(static_cast<char>(current()));
        return word(false);
    }

    // `q(?:\\q|[^q])*q` as Python's backtracking matcher finds it: greedy, the alternatives in that order (an
    // escaped quote first; a backslash before the closing quote ends the value when nothing else closes it).
    // end[p] is where the closing quote is when the content from p on is matched, or npos.
    value quoted(char q) {
        std::size_t const start = i_;
        std::size_t const n = s_.size();
        constexpr std::size_t none = std::string_view::npos;
        std::vector<std::size_t> end(n + 2, none);
        for (std::size_t p = n; p-- > start + 1;) {
            std::size_t r = none;
            if (s_[p] == '\\' && p + 1 < n && s_[p + 1] == q) r = end[p + 2];
            if (r == none && s_[p] != q) r = end[p + 1];
            if (r == none && s_[p] == q) r = p;
            end[p] = r;
        }
        std::size_t const close = start + 1 < n ? end[start + 1] : none;
        if (close == none) {
            throw failure{start, std::string("the quoted value has no closing ") + q};
        }
        i_ = close + 1;
        std::string text = replace_all(s_.substr(start + 1, close - start - 1), std::string("\\") + q, std::string(1, q));
        return string_at(start, replace_all(text, "\\\\", "\\"));
    }

    value explicit_values() {
        if (current() == '[') return explicit_list();
        if (current() == '{') return hash_literal();
        return first_value();
    }

    value explicit_list() {
        value list;
        list.type = value::kind::list;
        list.offset = i_;
        expect('[', true);
        while (current() != ']') {
            list.items.push_back(explicit_values());
            skip_space();
            if (current() != ']') {
                expect(',');
                skip_space();
            }
        }
        expect(']');
        return list;
    }

    value hash_literal() {
        value map;
        map.type = value::kind::map;
        map.offset = i_;
        expect('{', true);
        while (current() != '}') {
            member m;
            m.key_offset = i_;
            m.key = key();
            no_file_values(m.key);
            expect('=', true);
            m.v = explicit_values();
            skip_space();
            if (current() != '}') {
                expect(',');
                skip_space();
            }
            bool replaced = false;
            for (auto& seen : map.members)
                if (seen.key == m.key) {
                    seen.v = std::move(m.v);
                    replaced = true;
                }
            if (!replaced) map.members.push_back(std::move(m));
        }
        expect('}');
        return map;
    }
};

} // namespace detail

/** Parses one shorthand argument (`key=k,value=v`) into a map, or says where and why it does not parse. */
[[nodiscard]] inline std::variant<value, failure> parse(std::string_view text) {
    try {
        return detail::parser(text).parameter();
    } catch (failure const& f) {
        return f;
    }
}

} // namespace bedrock::cli::shorthand

#endif // BEDROCK_SRC_AWS_SHORTHAND_HPP
