// Issue 11: the kinds table of <bedrock/bedrock_arn.hpp> against AWS's data (tests/data/bedrock-resource-kinds.json,
// the resource types of the Service Authorization Reference for Bedrock with their ARN formats, written by
// tools/aws/extract_bedrock_kinds.py): every resource type there has a kind with the same ARN spelling, account
// rule and region rule. Regenerating the file with a new AWS resource type makes this test fail until the kind is
// added to the table.
#include <bedrock/bedrock_arn.hpp>

#include <bedrock_test/catch.hpp>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

// The resource type text of an ARN format: after the fifth ':' up to the first '/' or ':'.
std::string type_of(std::string_view arn_format) {
    std::size_t at = 0;
    for (int i = 0; i < 5; ++i) at = arn_format.find(':', at) + 1;
    auto const rest = arn_format.substr(at);
    return std::string(rest.substr(0, rest.find_first_of("/:")));
}

std::string_view account_text(bedrock::account_rule r) {
    switch (r) {
    case bedrock::account_rule::twelve_digits: return "12 digits";
    case bedrock::account_rule::empty: return "empty";
    case bedrock::account_rule::twelve_digits_or_aws: return "12 digits or aws";
    }
    return "?";
}

std::string_view region_text(bedrock::region_rule r) {
    switch (r) {
    case bedrock::region_rule::required: return "required";
    case bedrock::region_rule::empty_allowed: return "empty allowed";
    case bedrock::region_rule::empty: return "empty";
    }
    return "?";
}

} // namespace

TEST_CASE("kinds table: every resource type of AWS's data has a kind with its account and region rule", "[bedrock_arn][kinds]") {
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/bedrock-resource-kinds.json");
    REQUIRE(in);
    std::string const text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto const data = boost::json::parse(text);
    auto const& kinds = data.at("kinds").as_array();
    REQUIRE(kinds.size() == 40);
    bool covered[bedrock::all_resource_kinds.size()]{};
    for (auto const& k : kinds) {
        std::string const format(k.at("arn_format").as_string());
        CAPTURE(format);
        auto const kind = bedrock::parse_resource_kind(type_of(format));
        REQUIRE(kind.has_value());
        covered[static_cast<std::size_t>(*kind)] = true;
        CHECK(account_text(bedrock::account_rule_of(*kind)) == std::string_view(k.at("account_rule").as_string()));
        CHECK(region_text(bedrock::region_rule_of(*kind)) == std::string_view(k.at("region_rule").as_string()));
    }
    // the kinds botocore writes that the Service Authorization Reference does not list (docs/identifiers.md)
    for (auto const extra : {bedrock::resource_kind::fine_tuning_job, bedrock::resource_kind::provisioned_model_v2,
                             bedrock::resource_kind::provisioned_model_reservation, bedrock::resource_kind::sagemaker_endpoint}) {
        CHECK_FALSE(covered[static_cast<std::size_t>(extra)]);
        covered[static_cast<std::size_t>(extra)] = true;
    }
    for (auto const k : bedrock::all_resource_kinds) {
        CAPTURE(bedrock::to_string(k));
        CHECK(covered[static_cast<std::size_t>(k)]);
    }
}
