// Issue 11: the documented invoke policies against the Amazon Bedrock User Guide's examples, field by field
// (tests/data/iam-user-guide/, transcribed from the pages named in its README), and the Condition model's
// JSON round trip (operator → key → one value or a list, in the order written).
#include <bedrock/grants.hpp>

#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock/models.hpp>
#include <bedrock_test/catch.hpp>

#include <boost/json.hpp>

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

std::string read_file(std::string const& name) {
    std::ifstream in(std::string(BEDROCK_TEST_DATA_DIR "/iam-user-guide/") + name);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}

template <class T>
T read_as(std::string const& text) {
    auto r = bedrock::parse_document<T>(text);
    if (!r) FAIL("the transcribed JSON does not read: " << r.error().pointer);
    return *r;
}

void check_values(std::string const& where, bedrock::iam_condition_values const& want, bedrock::iam_condition_values const& got) {
    INFO(where);
    CHECK(got.written_as_list() == want.written_as_list());
    REQUIRE(got.items.size() == want.items.size());
    for (std::size_t i = 0; i < want.items.size(); ++i) CHECK(got.items[i] == want.items[i]);
}

// Compares two statements field by field; a difference names the field.
void check_statement(std::size_t index, bedrock::iam_statement const& want, bedrock::iam_statement const& got) {
    std::string const at = "Statement[" + std::to_string(index) + "]";
    INFO(at);
    CHECK(got.sid == want.sid);
    CHECK(got.effect == want.effect);
    {
        INFO(at << ".Action (list: " << want.actions.written_as_list() << ")");
        CHECK(got.actions.written_as_list() == want.actions.written_as_list());
        CHECK(got.actions.items == want.actions.items);
    }
    {
        INFO(at << ".Resource");
        CHECK(got.resources.written_as_list() == want.resources.written_as_list());
        REQUIRE(got.resources.items.size() == want.resources.items.size());
        for (std::size_t i = 0; i < want.resources.items.size(); ++i)
            CHECK(got.resources.items[i] == want.resources.items[i]);
    }
    REQUIRE(got.conditions.has_value() == want.conditions.has_value());
    if (!want.conditions) return;
    REQUIRE(got.conditions->size() == want.conditions->size());
    for (std::size_t o = 0; o < want.conditions->size(); ++o) {
        auto const& [wop, wblock] = (*want.conditions)[o];
        auto const& [gop, gblock] = (*got.conditions)[o];
        INFO(at << ".Condition operator #" << o);
        CHECK(gop == wop);
        REQUIRE(gblock.size() == wblock.size());
        for (std::size_t k = 0; k < wblock.size(); ++k) {
            CHECK(gblock[k].first == wblock[k].first);
            check_values(at + ".Condition." + wop + "." + wblock[k].first, wblock[k].second, gblock[k].second);
        }
    }
}

void check_policy(bedrock::iam_policy_document const& want, bedrock::iam_policy_document const& got) {
    CHECK(got.version == want.version);
    REQUIRE(got.statements.size() == want.statements.size());
    for (std::size_t i = 0; i < want.statements.size(); ++i) check_statement(i, want.statements[i], got.statements[i]);
    CHECK(got == want);
}

bedrock::arn_environment us_east_1() {
    return bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
}

// The same JSON, member order and scalar/list form included (compact serialization keeps insertion order).
std::string canonical(std::string_view text) { return boost::json::serialize(boost::json::parse(text)); }

} // namespace

TEST_CASE("documented policy: geographic profile, as the geographic cross-Region inference page shows it", "[iam][user_guide]") {
    auto const want = read_as<bedrock::iam_policy_document>(
        replace_all(read_file("geographic-cris-us-claude-sonnet-4-5.json"), "<ACCOUNT_ID>", "123456789012"));
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto const got = bedrock::make_documented_invoke_policy(p, us_east_1());
    check_policy(want, got);
    // the source region's model comes first, then the geo's other regions
    auto const from_west = bedrock::make_documented_invoke_policy(
        p, bedrock::arn_environment::make(bedrock::partition::aws, "us-west-2", "123456789012").value());
    auto const& models = from_west.statements[1].resources.items;
    REQUIRE(models.size() == 3);
    CHECK(models[0] == bedrock::cfn_expr{"arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"});
    CHECK(models[1] == bedrock::cfn_expr{"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"});
}

TEST_CASE("documented policy: global profile, as the global cross-Region inference page shows it", "[iam][user_guide]") {
    std::string text = read_file("global-cris-three-part.json");
    text = replace_all(text, "<REQUESTING REGION>", "us-east-1");
    text = replace_all(text, "<ACCOUNT>", "123456789012");
    text = replace_all(text, "<MODEL NAME>", "anthropic.claude-sonnet-4-5-20250929-v1:0");
    auto const want = read_as<bedrock::iam_policy_document>(text);
    constexpr bedrock::cross_region_profile p{bedrock::geo::global, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    check_policy(want, bedrock::make_documented_invoke_policy(p, us_east_1()));
}

TEST_CASE("documented policy: template environment uses pseudo parameters", "[iam][user_guide]") {
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto const doc = bedrock::make_documented_invoke_policy(p);
    REQUIRE(doc.statements.size() == 2);
    auto const json = bedrock::serialize_document(doc);
    CHECK(json.find("\"Ref\":\"AWS::Region\"") != std::string::npos);
    CHECK(json.find("\"Ref\":\"AWS::AccountId\"") != std::string::npos);
    CHECK(doc.statements[1].resources.items.size() == 3); // the geo's regions; the source is one of them
    auto const& value = doc.statements[1].conditions->front().second.front().second;
    CHECK(std::holds_alternative<bedrock::cfn_join>(value.items.front().value));
    // global: aws:RequestedRegion is {"Ref": "AWS::Region"}
    constexpr bedrock::cross_region_profile g{bedrock::geo::global, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto const global = bedrock::make_documented_invoke_policy(g);
    REQUIRE(global.statements.size() == 3);
    auto const& region = global.statements[0].conditions->front().second.front().second.items.front();
    CHECK(region == bedrock::cfn_expr{bedrock::cfn_ref{"AWS::Region"}});
}

TEST_CASE("documented policy: application profile on a cross-region profile", "[iam][user_guide]") {
    auto const arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p";
    auto p = bedrock::import_application_profile(arn, "k3x9q2mz7w4p").value();
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto const doc = bedrock::make_documented_invoke_policy(p, us_east_1());
    REQUIRE(doc.has_value());
    REQUIRE(doc->statements.size() == 2);
    auto const& first = doc->statements[0].resources.items;
    REQUIRE(first.size() == 2);
    CHECK(first[0] == bedrock::cfn_expr{arn});
    CHECK(first[1] == bedrock::cfn_expr{
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0"});
    auto const& cond = doc->statements[1].conditions->front();
    CHECK(cond.first == "StringEquals");
    CHECK(cond.second.front().first == "bedrock:InferenceProfileArn");
    CHECK(cond.second.front().second.items.front() == bedrock::cfn_expr{arn});

    // the same through an inference-profile ARN text source
    p.source = bedrock::model_source::from_arn(
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0");
    auto const global = bedrock::make_documented_invoke_policy(p, us_east_1());
    REQUIRE(global.has_value());
    CHECK(global->statements.size() == 3);

    // not created yet: the profile's ARN is Fn::GetAtt of its resource
    p.attributes.reset();
    auto const planned = bedrock::make_documented_invoke_policy(p, us_east_1());
    REQUIRE(planned.has_value());
    CHECK(planned->statements[0].resources.items[0] == bedrock::cfn_expr{bedrock::cfn_get_att{p.logical_id, "InferenceProfileArn"}});

    // error path: a foundation-model source has no profile to go through
    p.source = bedrock::models::amazon_nova_pro_v1;
    auto const fm = bedrock::make_documented_invoke_policy(p, us_east_1());
    REQUIRE_FALSE(fm.has_value());
    CHECK(fm.error()[0].code == bedrock::errc::wrong_resource_type);
}

TEST_CASE("iam Condition: the user guide's policies read and write back in the order written", "[iam][user_guide]") {
    for (char const* name : {"prereq-all-inference-profiles.json", "prereq-us-claude-3-haiku-only-through-profile.json",
                             "prereq-global-claude-sonnet-4-only-through-profile.json", "global-cris-scp-allow-unspecified.json",
                             "geographic-cris-us-claude-sonnet-4-5.json", "global-cris-three-part.json"}) {
        CAPTURE(name);
        auto const text = read_file(name);
        auto const doc = read_as<bedrock::iam_policy_document>(text);
        CHECK(canonical(bedrock::serialize_document(doc)) == canonical(text));
    }
    for (char const* name : {"global-cris-scp-disable.statement.json", "prereq-deny-global-routing.statement.json"}) {
        CAPTURE(name);
        auto const text = read_file(name);
        auto const s = read_as<bedrock::iam_statement>(text);
        CHECK(canonical(bedrock::serialize_document(s)) == canonical(text));
    }
    // two operators in one Condition keep their order
    auto const scp = read_as<bedrock::iam_statement>(read_file("global-cris-scp-disable.statement.json"));
    REQUIRE(scp.conditions);
    REQUIRE(scp.conditions->size() == 2);
    CHECK((*scp.conditions)[0].first == "StringEquals");
    CHECK((*scp.conditions)[1].first == "ArnLike");
}
