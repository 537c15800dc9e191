// The structured options of `bedrock-profiles request` read as the AWS CLI v2 reads them (not part of the
// library): shorthand (src/aws_shorthand.hpp) or JSON, chosen as the AWS CLI chooses (awscli/argprocess.py):
//
// * a structure option (`--model-source`, `--routing-criteria`, `--fallback-model`): JSON when its first
//   non-space character is `[` or `{` (and then it must be an object), shorthand otherwise;
// * a list of structures (`--tags`, `--models`, one argument per item): JSON when the first argument looks like
//   JSON: one argument `[…]` is the whole list, otherwise every argument is one `{…}` object; shorthand
//   otherwise, one structure per argument;
// * a list of strings (`--tag-keys`): one argument `[…]` is a JSON list, otherwise every argument is one string
//   (commas included: there is no shorthand for lists of strings).
//
// Then the value is checked against the option's model as botocore's parameter validation does: every member
// known, every required member present, strings where strings are expected (`value=a,b` is a list: quote it,
// `value="a,b"`, or escape the comma, `value=a\,b`), a number for a double (shorthand: Python's float()).
#ifndef BEDROCK_SRC_REQUEST_ARGUMENTS_HPP
#define BEDROCK_SRC_REQUEST_ARGUMENTS_HPP

#include "aws_shorthand.hpp"

#include <bedrock/json/api.hpp>

#include <cstdlib>          // std::strtod
#include <initializer_list> // member names
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bedrock::cli::arguments {

/** What is wrong with an argument: the JSON Pointer of the member, the byte offset in the argument where
    there is one, whether the argument was JSON, and a sentence. */
struct argument_problem {
    std::string pointer;
    std::optional<std::size_t> offset;
    bool json = false;
    std::string message;
};

template <class T>
using argument_result = std::variant<T, argument_problem>;

using shorthand::value;

namespace detail {

inline std::string_view kind_name(value const& v) noexcept {
    switch (v.type) {
    case value::kind::string: return "a string";
    case value::kind::list: return "a list";
    case value::kind::map: return "a structure";
    case value::kind::number: return "a number";
    case value::kind::boolean: return "a boolean";
    case value::kind::null: return "null";
    }
    return "a value";
}

inline value from_json(boost::json::value const& j) {
    value v;
    switch (j.kind()) {
    case boost::json::kind::string: v.text = std::string(j.get_string()); break;
    case boost::json::kind::array:
        v.type = value::kind::list;
        for (auto const& e : j.get_array()) v.items.push_back(from_json(e));
        break;
    case boost::json::kind::object:
        v.type = value::kind::map;
        for (auto const& m : j.get_object()) v.members.push_back({std::string(m.key()), std::nullopt, from_json(m.value())});
        break;
    case boost::json::kind::bool_:
        v.type = value::kind::boolean;
        v.text = j.get_bool() ? "true" : "false";
        break;
    case boost::json::kind::null: v.type = value::kind::null; break;
    default: // int64, uint64, double
        v.type = value::kind::number;
        v.number = j.to_number<double>();
        break;
    }
    return v;
}

inline argument_result<value> read_json(std::string_view text, std::string const& pointer) {
    auto const j = parse_json(text);
    if (!j) return argument_problem{pointer, static_cast<std::size_t>(j.error().offset), true, "not JSON: " + j.error().message};
    return from_json(*j);
}

inline argument_result<value> read_shorthand(std::string_view text, std::string const& pointer) {
    auto r = shorthand::parse(text);
    if (auto const* f = std::get_if<shorthand::failure>(&r)) return argument_problem{pointer, f->offset, false, f->message};
    return std::get<value>(std::move(r));
}

inline std::string_view trim_left(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) s.remove_prefix(1);
    return s;
}

} // namespace detail

/** A structure argument: JSON object or shorthand (see the top of this file). */
[[nodiscard]] inline argument_result<value> structure_argument(std::string_view text, std::string const& pointer) {
    if (!shorthand::looks_like_json(text)) return detail::read_shorthand(text, pointer);
    if (detail::trim_left(text).front() != '{')
        return argument_problem{pointer, std::nullopt, true, "a JSON value here must be an object ({…}), not a list"};
    return detail::read_json(text, pointer);
}

/** The items of a list-of-structures option, one argument each, or one JSON list (see the top of this file). */
[[nodiscard]] inline argument_result<std::vector<value>> structure_list_argument(std::vector<std::string> const& args,
                                                                                std::string const& pointer) {
    std::vector<value> items;
    bool const json = !args.empty() && shorthand::looks_like_json(args.front());
    if (json && args.size() == 1 && detail::trim_left(args.front()).front() == '[') {
        auto r = detail::read_json(args.front(), pointer);
        if (auto const* p = std::get_if<argument_problem>(&r)) return *p;
        auto& list = std::get<value>(r);
        if (list.type != value::kind::list) return argument_problem{pointer, std::nullopt, true, "expected a list"};
        return std::move(list.items);
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string const at = pointer + "/" + std::to_string(i);
        if (json && detail::trim_left(args[i]).substr(0, 1) != "{")
            return argument_problem{at, std::nullopt, true,
                                    "the first item is JSON, so every item must be a JSON object ({…}), one per argument"};
        auto r = json ? detail::read_json(args[i], at) : detail::read_shorthand(args[i], at);
        if (auto const* p = std::get_if<argument_problem>(&r)) return *p;
        items.push_back(std::get<value>(std::move(r)));
    }
    return items;
}

/** The strings of a list-of-strings option: one JSON list argument `[…]`, or one string per argument. */
[[nodiscard]] inline argument_result<std::vector<std::string>> string_list_argument(std::vector<std::string> const& args,
                                                                                  std::string const& pointer) {
    if (args.size() != 1 || detail::trim_left(args.front()).substr(0, 1) != "[") return args;
    auto r = detail::read_json(args.front(), pointer);
    if (auto const* p = std::get_if<argument_problem>(&r)) return *p;
    auto const& list = std::get<value>(r);
    if (list.type != value::kind::list) return argument_problem{pointer, std::nullopt, true, "expected a list"};
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (list.items[i].type != value::kind::string)
            return argument_problem{pointer + "/" + std::to_string(i), std::nullopt, true,
                                    "expected a string, got " + std::string(detail::kind_name(list.items[i]))};
        out.push_back(list.items[i].text);
    }
    return out;
}

/** The members of a structure with the members `names`, in that order (null where absent): refuses a value
    that is not a structure and an unknown member. `json` says where `v` came from. */
[[nodiscard]] inline argument_result<std::vector<value const*>> members_of(value const& v, std::initializer_list<std::string_view> names,
                                                                          std::string const& pointer, bool json) {
    std::string list;
    for (auto const n : names) list += (list.empty() ? "" : ", ") + std::string(n);
    if (v.type != value::kind::map)
        return argument_problem{pointer, v.offset, json,
                                "expected a structure with " + list + " (" + (json ? "a JSON object" : "key=value,…") + "), got " +
                                    std::string(detail::kind_name(v))};
    std::vector<value const*> out(names.size(), nullptr);
    for (auto const& m : v.members) {
        std::size_t i = 0;
        for (auto const n : names) {
            if (n == m.key) break;
            ++i;
        }
        if (i == names.size())
            return argument_problem{pointer + "/" + m.key, m.key_offset, json,
                                    "unknown member \"" + m.key + "\" (the members are " + list + "; names are case-sensitive)"};
        out[i] = &m.v;
    }
    return out;
}

/** The first member of `names` that `members` (from @ref members_of) lacks, as a problem; std::nullopt when
    every one is there. Checked after the present members, so that `key=k,value` (which is key=[k,value])
    names the list rather than the missing value. */
[[nodiscard]] inline std::optional<argument_problem> missing_member(value const& v, std::vector<value const*> const& members,
                                                                    std::initializer_list<std::string_view> names,
                                                                    std::string const& pointer, bool json) {
    std::size_t i = 0;
    for (auto const n : names) {
        if (!members[i]) return argument_problem{pointer + "/" + std::string(n), v.offset, json, "the member \"" + std::string(n) + "\" is missing"};
        ++i;
    }
    return std::nullopt;
}

/** A string member: refuses a list (with the hint to quote or escape commas), a structure, a number, …. */
[[nodiscard]] inline argument_result<std::string> string_of(value const& v, std::string const& pointer, bool json) {
    if (v.type == value::kind::string) return v.text;
    std::string message = "expected a string, got " + std::string(detail::kind_name(v));
    if (v.comma_list) message += " (unquoted commas separate list items: quote the value, \"a,b\", or put a backslash before each comma)";
    return argument_problem{pointer, v.offset, json, message};
}

/** Python's float() of a shorthand string: optional spaces and sign, digits with single `_` between digits, an
    optional fraction and exponent, or inf / infinity / nan (any case). std::nullopt for anything else. */
[[nodiscard]] inline std::optional<double> python_float(std::string_view s) {
    auto const space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    std::string plain;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) plain += s[i++];
    std::string lower;
    for (char c : s.substr(i)) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower == "inf" || lower == "infinity" || lower == "nan") return std::strtod((plain + lower).c_str(), nullptr);
    auto const digits = [&](bool required) {
        std::size_t const start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            plain += s[i++];
            if (i + 1 < s.size() && s[i] == '_' && s[i + 1] >= '0' && s[i + 1] <= '9') ++i;
        }
        return !required || i > start;
    };
    std::size_t const before = i;
    digits(false);
    bool const integral = i > before;
    if (i < s.size() && s[i] == '.') {
        plain += s[i++];
        std::size_t const f = i;
        digits(false);
        if (!integral && i == f) return std::nullopt;
    } else if (!integral) {
        return std::nullopt;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        plain += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) plain += s[i++];
        if (!digits(true)) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    return std::strtod(plain.c_str(), nullptr);
}

/** A number member (a `double` of the model): a JSON number, or a shorthand string that Python's float() reads. */
[[nodiscard]] inline argument_result<double> number_of(value const& v, std::string const& pointer, bool json) {
    if (v.type == value::kind::number) return v.number;
    if (v.type == value::kind::string && !json) {
        if (auto const d = python_float(v.text)) return *d;
        return argument_problem{pointer, v.offset, json, "not a number: \"" + v.text + "\""};
    }
    return argument_problem{pointer, v.offset, json, "expected a number, got " + std::string(detail::kind_name(v))};
}

/** The string members `names` of a structure value, in that order. */
[[nodiscard]] inline argument_result<std::vector<std::string>> string_members(value const& v, std::initializer_list<std::string_view> names,
                                                                             std::string const& pointer, bool json) {
    auto ms = members_of(v, names, pointer, json);
    if (auto const* p = std::get_if<argument_problem>(&ms)) return *p;
    auto const& members = std::get<std::vector<value const*>>(ms);
    std::vector<std::string> out;
    std::size_t i = 0;
    for (auto const n : names) {
        value const* m = members[i++];
        if (!m) continue;
        auto s = string_of(*m, pointer + "/" + std::string(n), json);
        if (auto const* p = std::get_if<argument_problem>(&s)) return *p;
        out.push_back(std::get<std::string>(std::move(s)));
    }
    if (auto p = missing_member(v, members, names, pointer, json)) return *p;
    return out;
}

/** The tags of a `--tags` option (`key=k,value=v` per argument, or JSON), each with its key and value. */
[[nodiscard]] inline argument_result<std::vector<tag>> tags_argument(std::vector<std::string> const& args) {
    auto items = structure_list_argument(args, "/tags");
    if (auto const* p = std::get_if<argument_problem>(&items)) return *p;
    bool const json = !args.empty() && shorthand::looks_like_json(args.front());
    std::vector<tag> tags;
    auto const& list = std::get<std::vector<value>>(items);
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto kv = string_members(list[i], {"key", "value"}, "/tags/" + std::to_string(i), json);
        if (auto const* p = std::get_if<argument_problem>(&kv)) return *p;
        auto& both = std::get<std::vector<std::string>>(kv);
        tags.push_back({std::move(both[0]), std::move(both[1])});
    }
    return tags;
}

/** The one string member `name` of a structure option (`--model-source copyFrom=…`, `--fallback-model modelArn=…`). */
[[nodiscard]] inline argument_result<std::string> single_string_argument(std::string_view text, std::string_view name,
                                                                        std::string const& pointer) {
    auto v = structure_argument(text, pointer);
    if (auto* p = std::get_if<argument_problem>(&v)) {
        // `--model-source arn:…` (an ARN is all key characters, so it reads as a key without `=`)
        if (!p->json && text.find('=') == std::string_view::npos) p->message += " (write " + std::string(name) + "=<value>)";
        return *p;
    }
    auto s = string_members(std::get<value>(v), {name}, pointer, shorthand::looks_like_json(text));
    if (auto const* p = std::get_if<argument_problem>(&s)) return *p;
    return std::move(std::get<std::vector<std::string>>(s).front());
}

/** The one number member `name` of a structure option (`--routing-criteria responseQualityDifference=25`). */
[[nodiscard]] inline argument_result<double> single_number_argument(std::string_view text, std::string_view name,
                                                                   std::string const& pointer) {
    auto v = structure_argument(text, pointer);
    if (auto const* p = std::get_if<argument_problem>(&v)) return *p;
    bool const json = shorthand::looks_like_json(text);
    auto ms = members_of(std::get<value>(v), {name}, pointer, json);
    if (auto const* p = std::get_if<argument_problem>(&ms)) return *p;
    auto const& members = std::get<std::vector<value const*>>(ms);
    if (auto p = missing_member(std::get<value>(v), members, {name}, pointer, json)) return *p;
    return number_of(*members.front(), pointer + "/" + std::string(name), json);
}

/** The `modelArn` of every item of a list option of `{modelArn}` structures (`--models modelArn=… modelArn=…`). */
[[nodiscard]] inline argument_result<std::vector<std::string>> model_arns_argument(std::vector<std::string> const& args,
                                                                                  std::string const& pointer) {
    auto items = structure_list_argument(args, pointer);
    if (auto const* p = std::get_if<argument_problem>(&items)) return *p;
    bool const json = !args.empty() && shorthand::looks_like_json(args.front());
    std::vector<std::string> arns;
    auto const& list = std::get<std::vector<value>>(items);
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto s = string_members(list[i], {"modelArn"}, pointer + "/" + std::to_string(i), json);
        if (auto const* p = std::get_if<argument_problem>(&s)) return *p;
        arns.push_back(std::move(std::get<std::vector<std::string>>(s).front()));
    }
    return arns;
}

} // namespace bedrock::cli::arguments

#endif // BEDROCK_SRC_REQUEST_ARGUMENTS_HPP
