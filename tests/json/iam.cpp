// The JSON form of the IAM policy documents (json/iam.hpp): the one-or-many leaf and conditions.
#include <bedrock/json/iam.hpp>
#include <bedrock/json/iam.hpp>  // include guard works

#include <bedrock/grants.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("iam Condition: empty is omitted, one value stays a scalar, a one-item list stays a list", "[iam]") {
    bedrock::iam_statement s = bedrock::make_allow_statement({"bedrock:InvokeModel"},
                                                             std::vector<std::string>{"arn:aws:bedrock:us-east-1::foundation-model/a.b"});
    CHECK(bedrock::serialize_document(s).find("Condition") == std::string::npos);
    s.resources.as_list = true;
    s.conditions = bedrock::iam_conditions{{"StringEquals", {{"aws:RequestedRegion", bedrock::iam_condition_values{bedrock::cfn_expr{"us-east-1"}}}}}};
    CHECK(bedrock::serialize_document(s) ==
          R"({"Effect":"Allow","Action":"bedrock:InvokeModel","Resource":["arn:aws:bedrock:us-east-1::foundation-model/a.b"],)"
          R"("Condition":{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}})");
    auto const bad = bedrock::parse_document<bedrock::iam_statement>(R"({"Effect":"Allow","Action":"a","Resource":"*","Condition":{"StringEquals":"x"}})");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().pointer == "/Condition/StringEquals");
}
