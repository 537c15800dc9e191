#include <bedrock/io.hpp>

#include <bedrock_test/catch.hpp>

#include <sstream>
#include <string>

namespace {
template <class T>
std::string str(T const& v) {
    std::ostringstream os;
    os << v;
    return os.str();
}
} // namespace

TEST_CASE("operator<< writes wire names and texts", "[io]") {
    // javadoc
    {
        std::ostringstream os;
        os << bedrock::errc::too_long; // "too_long"
        REQUIRE(os.str() == "too_long");
    }
    REQUIRE(str(bedrock::parse_error{bedrock::errc::bad_account, 26}) ==
            "bad_account at offset 26: an account id is exactly 12 digits");
    REQUIRE(str(bedrock::partition::aws_us_gov) == "aws-us-gov");
    REQUIRE(str(bedrock::geo::us_gov) == "us-gov");
    REQUIRE(str(bedrock::resource_kind::inference_profile) == "inference-profile");
    REQUIRE(str(bedrock::shape::inference_profile_arn) == "InferenceProfileArn");
    REQUIRE(str(bedrock::identifier_kind::arn) == "arn");
    // literals are named constants: clang 14 crashes on several consteval temporaries in one function
    // (llvm/llvm-project#55871), see docs/identifiers.md
    constexpr bedrock::model_id m{"amazon.nova-pro-v1:0"};
    constexpr bedrock::profile_id p{"eu.amazon.nova-pro-v1:0"};
    constexpr bedrock::application_profile_id a{"a1b2c3d4e5f6"};
    REQUIRE(str(m) == "amazon.nova-pro-v1:0");
    REQUIRE(str(p) == "eu.amazon.nova-pro-v1:0");
    REQUIRE(str(a) == "a1b2c3d4e5f6");
    constexpr bedrock::arn_literal lit{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    REQUIRE(str(lit) == lit.str());
    REQUIRE(str(lit.view()) == lit.str());
    REQUIRE(str(lit.get()) == lit.str());
}

TEST_CASE("operator<< describes a classification", "[io]") {
    REQUIRE(str(bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0")) ==
            "cross_region_profile_id geo=zz (unrecognised) model=anthropic.claude-sonnet-4-5-20250929-v1:0");
    REQUIRE(str(bedrock::classify_model_identifier("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0")) ==
            "arn inference-profile geo=us model=amazon.nova-pro-v1:0");
    REQUIRE(str(bedrock::classify_model_identifier("a1b2c3d4e5f6")) ==
            "application_profile_id (a 12-character id may also name a custom prompt router or a provisioned model)");
    REQUIRE(str(bedrock::classify_model_identifier("us.us.amazon.nova")) ==
            "invalid: doubled_geo at offset 3: the geo prefix is repeated");
    REQUIRE(str(bedrock::classify_model_identifier("my-model")) == "model_name");
}
