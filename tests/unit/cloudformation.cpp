#include <bedrock/cloudformation.hpp>
#include <bedrock/cloudformation.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

using bedrock::cfn_expr;

TEST_CASE("cdk_collate orders all printable ASCII as node's localeCompare does", "[application_profile][collation]") {
    // node -e: printable ASCII sorted with localeCompare (groups of equal primary weight differ by case only)
    constexpr std::string_view order =
        " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";
    static_assert(order.size() == 95);
    for (std::size_t i = 0; i + 1 < order.size(); ++i) {
        CAPTURE(order[i], order[i + 1]);
        CHECK(bedrock::cdk_collate(order.substr(i, 1), order.substr(i + 1, 1)) < 0);
        CHECK(bedrock::cdk_collate(order.substr(i + 1, 1), order.substr(i, 1)) > 0);
        CHECK(bedrock::cdk_collate(order.substr(i, 1), order.substr(i, 1)) == 0);
    }
    // whitespace controls sort before space; other controls are ignorable
    static_assert(bedrock::cdk_collate("\t", "\n") < 0 && bedrock::cdk_collate("\r", " ") < 0);
    static_assert(bedrock::cdk_collate("a\x01", "a") == 0 && bedrock::cdk_collate("a\x7f" "b", "ab") == 0);
    static_assert(bedrock::cdk_collate("ab", "Ab") < 0 && bedrock::cdk_collate("aB", "Ab") < 0);
    static_assert(bedrock::cdk_collate("a", "a-") < 0 && bedrock::cdk_collate("", "a") < 0);
}

TEST_CASE("sort_tags_like_cdk reproduces the order aws-cdk-lib writes", "[application_profile][collation]") {
    std::vector<std::string> const expected{"_x", "-x", "1", "10", "2", "a", "A", "a b", "a_b", "a-b", "a:b", "a.b",
                                            "a@b", "a/b", "a+b", "a=b", "a1", "a10", "a2", "ab", "b", "B", "Z"};
    std::vector<bedrock::tag> tags;
    for (auto it = expected.rbegin(); it != expected.rend(); ++it) tags.push_back({*it, "v"});
    std::swap(tags[3], tags[17]);
    bedrock::sort_tags_like_cdk(tags);
    REQUIRE(tags.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(tags[i].key == expected[i]);

    std::vector<bedrock::tag> dup{{"b", "1"}, {"A", "2"}, {"a", "3"}, {"b", "4"}, {"a\x01", "5"}};
    bedrock::sort_tags_like_cdk(dup);
    REQUIRE(dup.size() == 4);
    CHECK(dup[0] == bedrock::tag{"a", "3"});
    CHECK(dup[1] == bedrock::tag{"a\x01", "5"});  // equal under collation: insertion order kept
    CHECK(dup[2] == bedrock::tag{"A", "2"});
    CHECK(dup[3] == bedrock::tag{"b", "4"});  // a repeated key keeps its first position and its last value
}

TEST_CASE("make_cfn_expr: pseudo parameters as Fn::Join (like the CDK) or Fn::Sub", "[iam][cfn]") {
    CHECK(bedrock::make_cfn_expr("plain") == cfn_expr{"plain"});
    CHECK(bedrock::make_cfn_expr("${AWS::Region}") == cfn_expr{bedrock::cfn_join{"", {bedrock::cfn_ref{"AWS::Region"}}}});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region}${AWS::AccountId}b") ==
          cfn_expr{bedrock::cfn_join{"", {"a", bedrock::cfn_ref{"AWS::Region"}, bedrock::cfn_ref{"AWS::AccountId"}, "b"}}});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region") == cfn_expr{bedrock::cfn_join{"", {"a${AWS::Region"}}});
    CHECK(bedrock::make_cfn_expr("x${other}") == cfn_expr{"x${other}"});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region}", bedrock::cfn_pseudo_style::sub) == cfn_expr{bedrock::cfn_sub{"a${AWS::Region}"}});
}
