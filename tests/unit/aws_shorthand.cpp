// The AWS CLI shorthand parser of `bedrock-profiles request` (src/aws_shorthand.hpp): every row's expected
// value (or error offset) is what the AWS CLI v2's own parser (aws/aws-cli, branch v2: awscli/shorthand.py)
// returns for the same text; the rows were checked against it, and 20,000 random texts over , = " ' \ [ ] { }
// space, tab and letters gave the same values and offsets.
#include "../../src/aws_shorthand.hpp"

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

namespace {

using bedrock::cli::shorthand::value;

std::string quoted(std::string const& s) {
    std::string o = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        if (c == '\t') o += "\\t";
        else o += c;
    }
    return o + "\"";
}

// The value as Python's json.dumps of the dict / list / str the AWS CLI parser returns.
std::string dump(value const& v) {
    std::string o;
    switch (v.type) {
    case value::kind::list:
        o = "[";
        for (std::size_t i = 0; i < v.items.size(); ++i) o += (i ? ", " : "") + dump(v.items[i]);
        return o + "]";
    case value::kind::map:
        o = "{";
        for (std::size_t i = 0; i < v.members.size(); ++i)
            o += (i ? ", " : "") + quoted(v.members[i].key) + ": " + dump(v.members[i].v);
        return o + "}";
    default: return quoted(v.text);
    }
}

std::string parse_and_dump(std::string_view text) {
    auto const r = bedrock::cli::shorthand::parse(text);
    if (auto const* f = std::get_if<bedrock::cli::shorthand::failure>(&r)) return "ERROR " + std::to_string(f->offset);
    return dump(std::get<value>(r));
}

struct row {
    std::string_view text;
    std::string_view expected; ///< the AWS CLI's value, or "ERROR <offset>"
};

} // namespace

TEST_CASE("shorthand: values, lists, quoting and escapes as the AWS CLI v2 parses them", "[cli][shorthand]") {
    static constexpr row rows[] = {
        {R"~(key=k,value=v)~", R"~({"key": "k", "value": "v"})~"},
        {R"~(key=k,value="a,b")~", R"~({"key": "k", "value": "a,b"})~"},
        {R"~(key=k,value='a,b')~", R"~({"key": "k", "value": "a,b"})~"},
        {R"~(key=k,value=a,b)~", R"~({"key": "k", "value": ["a", "b"]})~"},
        {R"~(key=k,value=a\,b)~", R"~({"key": "k", "value": "a,b"})~"},
        {R"~(key=k , value = v )~", R"~({"key": "k", "value": "v"})~"},
        {R"~(a=b,c)~", R"~({"a": ["b", "c"]})~"},
        {R"~(a=b,c,d=e)~", R"~({"a": ["b", "c"], "d": "e"})~"},
        {R"~(foo=a,b,c=d,e=f)~", R"~({"foo": ["a", "b"], "c": "d", "e": "f"})~"},
        {R"~(a=,b=c)~", R"~({"a": "", "b": "c"})~"},
        {R"~(a=)~", R"~({"a": ""})~"},
        {R"~(=v)~", R"~({"": "v"})~"},
        {R"~(a=[1,2,3])~", R"~({"a": ["1", "2", "3"]})~"},
        {R"~(a=[1, 2 ,3 ,])~", R"~({"a": ["1", "2", "3"]})~"},
        {R"~(a=[])~", R"~({"a": []})~"},
        {R"~(a=[,])~", R"~({"a": [""]})~"},
        {R"~(a={b=c,d=[e,f]})~", R"~({"a": {"b": "c", "d": ["e", "f"]}})~"},
        {R"~(a={b=c,b=d})~", R"~({"a": {"b": "d"}})~"},
        {R"~(a=b,a=c)~", R"~(ERROR 4)~"},
        {R"~(a=b,)~", R"~(ERROR 4)~"},
        {R"~(a=b,,c=d)~", R"~({"a": "b", "c": "d"})~"},
        {R"~(a='unterminated)~", R"~(ERROR 2)~"},
        {R"~(a='x\')~", R"~({"a": "x\\"})~"},
        {R"~(a='\\'x')~", R"~({"a": "\\'x"})~"},
        {R"~(a="x\"y",b="\\")~", R"~({"a": "x\"y", "b": "\\"})~"},
        {R"~(a="a\\\"b")~", R"~({"a": "a\\\"b"})~"},
        {R"~(a='it''s')~", R"~(ERROR 6)~"},
        {R"~(a=b c)~", R"~({"a": "b c"})~"},
        {R"~(a=b c,d=e)~", R"~({"a": "b c", "d": "e"})~"},
        {R"~(a=value with spaces   )~", R"~({"a": "value with spaces"})~"},
        {R"~(a=x=y)~", R"~({"a": "x=y"})~"},
        {R"~(a=[x)~", R"~(ERROR 4)~"},
        {R"~(a={x)~", R"~(ERROR 4)~"},
        {R"~(a={x=1)~", R"~(ERROR 6)~"},
        {R"~(key=k,value=v,)~", R"~(ERROR 14)~"},
        {R"~(a=b"c)~", R"~(ERROR 3)~"},
        {R"~(a="b"c)~", R"~(ERROR 5)~"},
        {R"~(a=b,"c",d)~", R"~({"a": ["b", "c", "d"]})~"},
        {R"~(a=b,'c',d=e)~", R"~({"a": ["b", "c"], "d": "e"})~"},
        {R"~(a=x\y)~", R"~({"a": "x\\y"})~"},
        {R"~(a=\,x)~", R"~({"a": ",x"})~"},
        {R"~(a=b,\,c)~", R"~({"a": ["b", ",c"]})~"},
        {R"~(x=[a,[b,c],{d=e}])~", R"~({"x": ["a", ["b", "c"], {"d": "e"}]})~"},
        {R"~(a-b.c#d/e:f=1)~", R"~({"a-b.c#d/e:f": "1"})~"},
        {R"~(a=[ ])~", R"~({"a": []})~"},
        {R"~(key=k,value=)~", R"~({"key": "k", "value": ""})~"},
        {R"~(a=b,c=[1,2],d=e)~", R"~({"a": "b", "c": ["1", "2"], "d": "e"})~"},
        {R"~( a=b)~", R"~(ERROR 1)~"},
        {R"~(a=b, c=d)~", R"~({"a": "b", "c": "d"})~"},
        {R"~(a=é,b=ü)~", R"~({"a": "é", "b": "ü"})~"},
        {R"~(a=ü,ß)~", R"~({"a": ["ü", "ß"]})~"},
        {R"~(a='a\\'b')~", R"~({"a": "a\\'b"})~"},
        {R"~(a='\\')~", R"~({"a": "\\"})~"},
        {R"~(a="\\\"x")~", R"~({"a": "\\\"x"})~"},
        {R"~(a='x\'y',b=c)~", R"~({"a": "x'y", "b": "c"})~"},
        {R"~(a='x\')~", R"~({"a": "x\\"})~"},
        {R"~(a='\')~", R"~({"a": "\\"})~"},
        {R"~(a='')~", R"~({"a": ""})~"},
        {R"~(a="")~", R"~({"a": ""})~"},
        {R"~(a='a,b=c',d=e)~", R"~({"a": "a,b=c", "d": "e"})~"},
        {R"~(a="[1,2]")~", R"~({"a": "[1,2]"})~"},
        {R"~(a=[a,'b,c',"d"])~", R"~({"a": ["a", "b,c", "d"]})~"},
        {R"~(a={b='x,y'})~", R"~({"a": {"b": "x,y"}})~"},
    };
    for (auto const& r : rows) {
        CAPTURE(r.text);
        CHECK(parse_and_dump(r.text) == r.expected);
    }
}

TEST_CASE("shorthand: offsets of values and keys, and comma lists told from [lists]", "[cli][shorthand]") {
    auto const r = bedrock::cli::shorthand::parse(R"(key=k, value="a,b",x=c,d)");
    auto const& m = std::get<value>(r);
    REQUIRE(m.members.size() == 3);
    CHECK(m.members[0].key_offset == 0u);
    CHECK(m.members[0].v.offset == 4u);
    CHECK(m.members[1].key_offset == 7u);
    CHECK(m.members[1].v.offset == 13u); // the opening quote
    CHECK(m.members[2].v.type == value::kind::list);
    CHECK(m.members[2].v.comma_list);
    CHECK(m.members[2].v.offset == 21u);
    auto const l = bedrock::cli::shorthand::parse("x=[c,d]");
    CHECK_FALSE(std::get<value>(l).members[0].v.comma_list);
}

TEST_CASE("shorthand: every malformed text names what was expected and where", "[cli][shorthand]") {
    struct bad {
        std::string_view text;
        std::size_t offset;
        std::string_view message;
    };
    static constexpr bad cases[] = {
        {"key", 3, "expected '=' but found the end"},
        {"a=b,", 4, "expected a value but found the end"},
        {"a=b,a=c", 4, R"(the key "a" is given twice)"},
        {"a='open", 2, "the quoted value has no closing '"},
        {"a=\"open", 2, "the quoted value has no closing \""},
        {"a=[x", 4, "expected ',' but found the end"},
        {"a={x=1", 6, "expected ',' but found the end"},
        {"a=b\"c", 3, "expected ',' but found '\"'"},
        {"a=b\x01", 3, "expected ',' but found byte \\x01"},
        {"a@=file://tags.txt", 1, "a value from a file (a@=file://…) is not supported here"},
        {"a={b @=file://x}", 5, "a value from a file (b@=file://…) is not supported here"},
        {"", 0, "expected '=' but found the end"},
    };
    for (auto const& c : cases) {
        CAPTURE(c.text);
        auto const r = bedrock::cli::shorthand::parse(c.text);
        auto const* f = std::get_if<bedrock::cli::shorthand::failure>(&r);
        REQUIRE(f);
        CHECK(f->offset == c.offset);
        CHECK(f->message.find(c.message) == 0);
    }
}

TEST_CASE("shorthand: the arguments the AWS CLI reads as JSON", "[cli][shorthand]") {
    using bedrock::cli::shorthand::looks_like_json;
    CHECK(looks_like_json(R"([{"key":"k"}])"));
    CHECK(looks_like_json(" \n{\"copyFrom\":\"x\"}"));
    CHECK_FALSE(looks_like_json("key=[a]"));
    CHECK_FALSE(looks_like_json(""));
    CHECK_FALSE(looks_like_json("  "));
}
