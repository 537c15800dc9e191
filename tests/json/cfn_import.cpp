#include <bedrock/json/cfn_import.hpp>
#include <bedrock/json/cfn_import.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

// The import's cases against the CloudFormation fixtures are in fixtures.cpp; these are the header's doc examples.

// javadoc
TEST_CASE("cfn_import doc examples compile", "[json][cloudformation]") {
    {
        auto p = bedrock::parse_cfn_application_profile(R"({"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p","ModelSource":{"CopyFrom":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}}})",
                                                        "Profile");
        REQUIRE(p.has_value());
        CHECK(p->name == "p");
        CHECK(p->source.kind() == bedrock::model_source_kind::arn);
    }
    {
        auto t = bedrock::parse_cfn_application_profiles(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p"}}}})");
        CHECK((t->size() == 1 && (*t)[0].logical_id == "P"));
    }
}
