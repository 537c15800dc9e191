// The structured options of `bedrock-profiles request` (src/request_arguments.hpp): shorthand or JSON as the
// AWS CLI v2 chooses, then checked against the option's model as botocore's parameter validation does, each
// problem with the member's JSON Pointer and (for shorthand) the byte offset in its argument.
#include "../../src/request_arguments.hpp"

#include <bedrock_test/catch.hpp>

#include <string>
#include <vector>

namespace args = bedrock::cli::arguments;

namespace {

template <class T>
args::argument_problem problem_of(args::argument_result<T> const& r) {
    auto const* p = std::get_if<args::argument_problem>(&r);
    REQUIRE(p);
    return *p;
}

} // namespace

TEST_CASE("request arguments: --tags in shorthand, with quoted and escaped commas", "[cli][arguments]") {
    // (Bedrock refuses commas in tag values later, in the request's own check; the parser keeps them.)
    auto const r = args::tags_argument({R"(key=team,value="a,b")", R"(key=env, value='x=y')", R"(key=k3,value=c\,d)", "key=empty,value="});
    auto const* tags = std::get_if<std::vector<bedrock::tag>>(&r);
    REQUIRE(tags);
    REQUIRE(tags->size() == 4);
    CHECK((*tags)[0] == bedrock::tag{"team", "a,b"});
    CHECK((*tags)[1] == bedrock::tag{"env", "x=y"});
    CHECK((*tags)[2] == bedrock::tag{"k3", "c,d"});
    CHECK((*tags)[3] == bedrock::tag{"empty", ""});
}

TEST_CASE("request arguments: --tags as JSON (one list, or one object per argument)", "[cli][arguments]") {
    auto const list = args::tags_argument({R"([{"key":"k","value":"a,b"},{"value":"v2","key":"k2"}])"});
    auto const* tags = std::get_if<std::vector<bedrock::tag>>(&list);
    REQUIRE(tags);
    CHECK(*tags == std::vector<bedrock::tag>{{"k", "a,b"}, {"k2", "v2"}});
    auto const objects = args::tags_argument({R"({"key":"a","value":"1"})", R"( {"key":"b","value":"2"})"});
    REQUIRE(std::get_if<std::vector<bedrock::tag>>(&objects));
    CHECK(std::get<std::vector<bedrock::tag>>(objects).size() == 2);
}

TEST_CASE("request arguments: every malformed --tags names the item, the member and the offset", "[cli][arguments]") {
    struct bad {
        std::vector<std::string> args;
        std::string pointer;
        std::optional<std::size_t> offset;
        bool json;
        std::string message;
    };
    std::vector<bad> const cases = {
        {{"key=k,value=a,b"}, "/tags/0/value", 12, false, "expected a string, got a list (unquoted commas separate list items"},
        {{"key=k,value=v", "key=k2,value"}, "/tags/1/key", 4, false, "expected a string, got a list (unquoted commas"}, // key=[k2,value]
        {{"key=k,value=v", "key"}, "/tags/1", 3, false, "expected '=' but found the end"},
        {{"key=k,value=v,"}, "/tags/0", 14, false, "expected a value but found the end"},
        {{"key=k,key=v"}, "/tags/0", 6, false, R"(the key "key" is given twice)"},
        {{"key=k"}, "/tags/0/value", 0, false, R"(the member "value" is missing)"},
        {{"key=k,value=v,Value=w"}, "/tags/0/Value", 14, false, R"(unknown member "Value" (the members are key, value)"},
        {{"key=k,value=[a]"}, "/tags/0/value", 12, false, "expected a string, got a list"},
        {{"key=k,value={a=b}"}, "/tags/0/value", 12, false, "expected a string, got a structure"},
        {{"key=k,value=\"open"}, "/tags/0", 12, false, "the quoted value has no closing \""},
        {{R"([{"key":"k","value":5}])"}, "/tags/0/value", std::nullopt, true, "expected a string, got a number"},
        {{R"([{"key":"k"}])"}, "/tags/0/value", std::nullopt, true, R"(the member "value" is missing)"},
        {{R"(["k=v"])"}, "/tags/0", std::nullopt, true, "expected a structure with key, value (a JSON object), got a string"},
        {{R"([{"key":"k","value":"v"})"}, "/tags", 24, true, "not JSON: "},
        {{R"({"key":"k","value":"v"})", "key=a,value=b"}, "/tags/1", std::nullopt, true, "the first item is JSON"},
        {{"key=a,value=b", R"({"key":"k","value":"v"})"}, "/tags/1", 0, false, "expected '=' but found '{'"},
        {{R"([{"key":"a","value":"b"}])", R"([{"key":"c","value":"d"}])"}, "/tags/0", std::nullopt, true, "the first item is JSON"},
    };
    for (auto const& c : cases) {
        CAPTURE(c.args);
        auto const p = problem_of(args::tags_argument(c.args));
        CHECK(p.pointer == c.pointer);
        CHECK(p.offset == c.offset);
        CHECK(p.json == c.json);
        INFO(p.message);
        CHECK(p.message.find(c.message) == 0);
    }
}

TEST_CASE("request arguments: structure options (--model-source, --fallback-model, --routing-criteria)", "[cli][arguments]") {
    auto const arn = std::string("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    CHECK(std::get<std::string>(args::single_string_argument("copyFrom=" + arn, "copyFrom", "/modelSource")) == arn);
    CHECK(std::get<std::string>(args::single_string_argument(R"({"copyFrom":")" + arn + "\"}", "copyFrom", "/modelSource")) == arn);
    CHECK(std::get<double>(args::single_number_argument("responseQualityDifference=25", "responseQualityDifference", "/routingCriteria")) == 25);
    CHECK(std::get<double>(args::single_number_argument(R"({"responseQualityDifference":12.5})", "responseQualityDifference", "/routingCriteria")) == 12.5);
    CHECK(std::get<double>(args::single_number_argument("responseQualityDifference= 1_0.5e1 ", "responseQualityDifference", "/routingCriteria")) == 105);

    auto p = problem_of(args::single_string_argument(arn, "copyFrom", "/modelSource"));
    CHECK(p.pointer == "/modelSource");
    CHECK(p.offset == arn.size()); // an ARN is all key characters: the whole of it is read as a key, then no `=`
    p = problem_of(args::single_string_argument(R"([{"copyFrom":"x"}])", "copyFrom", "/modelSource"));
    CHECK(p.json);
    CHECK(p.message.find("must be an object") != std::string::npos);
    p = problem_of(args::single_string_argument(R"({"copyfrom":"x"})", "copyFrom", "/modelSource"));
    CHECK(p.pointer == "/modelSource/copyfrom");
    p = problem_of(args::single_number_argument("responseQualityDifference=lots", "responseQualityDifference", "/routingCriteria"));
    CHECK(p.pointer == "/routingCriteria/responseQualityDifference");
    CHECK(p.offset == 26u);
    p = problem_of(args::single_number_argument(R"({"responseQualityDifference":"25"})", "responseQualityDifference", "/routingCriteria"));
    CHECK(p.message == "expected a number, got a string");
    p = problem_of(args::single_number_argument("responseQualityDifference=0x10", "responseQualityDifference", "/routingCriteria"));
    CHECK(p.message == R"(not a number: "0x10")");
}

TEST_CASE("request arguments: Python's float() for shorthand numbers", "[cli][arguments]") {
    for (auto const* ok : {"1", "-1.5", "+.5", "5.", "1e3", "1E-3", "1_000", " 7 ", "inf", "-Infinity", "NaN"}) {
        CAPTURE(ok);
        CHECK(args::python_float(ok));
    }
    for (auto const* no : {"", ".", "e3", "1e", "1__0", "_1", "1_", "0x10", "1.2.3", "one", "1 2"}) {
        CAPTURE(no);
        CHECK_FALSE(args::python_float(no));
    }
    CHECK(*args::python_float("1_000.2_5") == 1000.25);
}

TEST_CASE("request arguments: --models and --tag-keys", "[cli][arguments]") {
    auto const a = std::string("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    auto const m = args::model_arns_argument({"modelArn=" + a, "modelArn=" + a}, "/models");
    CHECK(std::get<std::vector<std::string>>(m).size() == 2);
    auto const j = args::model_arns_argument({R"([{"modelArn":")" + a + "\"}]"}, "/models");
    CHECK(std::get<std::vector<std::string>>(j) == std::vector<std::string>{a});
    auto const p = problem_of(args::model_arns_argument({"modelArn=" + a, "arn=" + a}, "/models"));
    CHECK(p.pointer == "/models/1/arn");

    // a list of strings has no shorthand: commas stay in the key; one `[…]` argument is JSON
    CHECK(std::get<std::vector<std::string>>(args::string_list_argument({"a,b", "c"}, "/tagKeys")) == std::vector<std::string>{"a,b", "c"});
    CHECK(std::get<std::vector<std::string>>(args::string_list_argument({R"(["a","b"])"}, "/tagKeys")) == std::vector<std::string>{"a", "b"});
    auto const q = problem_of(args::string_list_argument({R"(["a",1])"}, "/tagKeys"));
    CHECK(q.pointer == "/tagKeys/1");
    auto const r = problem_of(args::string_list_argument({R"(["a")"}, "/tagKeys"));
    CHECK(r.json);
    CHECK(r.offset);
}
