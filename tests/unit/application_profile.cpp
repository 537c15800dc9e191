#include <bedrock/application_profile.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/application_profile_alpha.hpp>  // check_alpha
#include <bedrock/application_profile.hpp>  // include guard works

#include <bedrock_test/catch.hpp>
#include <bedrock_test/profiles.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using bedrock::errc;

namespace {

using bedrock_test::valid_profile;

struct expected_violation {
    std::string field;
    errc code;
    std::uint32_t offset;
};

void require_violations(std::vector<bedrock::profile_violation> const& got, std::vector<expected_violation> const& want) {
    std::string all;
    for (auto const& v : got) all += v.field + " " + std::string(to_string(v.code)) + "@" + std::to_string(v.offset) + "; ";
    CAPTURE(all);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK(got[i].field == want[i].field);
        CHECK(got[i].code == want[i].code);
        CHECK(got[i].offset == want[i].offset);
        CHECK(got[i].rule == bedrock::service_rule);
        CHECK_FALSE(got[i].message.empty());
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// The must-show table: names, descriptions and tag sets with verdict and codes (36 + 25 + 22 = 83 rows)
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("names: service verdict and code, and what the alpha reference says", "[application_profile][table]") {
    // alpha == "" means the alpha construct accepts the name
    auto [name, code, offset, alpha] = GENERATE(table<std::string, errc, std::uint32_t, std::string_view>({
        {"a", errc::ok, 0, ""},
        {"abc", errc::ok, 0, ""},
        {"my-profile", errc::ok, 0, ""},
        {"my_profile", errc::ok, 0, ""},
        {"my profile", errc::ok, 0, ""},
        {"abc-", errc::ok, 0, ""},  // a trailing separator is legal in both patterns
        {"a b_", errc::ok, 0, ""},
        {"A1 b2_c3-d4", errc::ok, 0, ""},
        {"0", errc::ok, 0, ""},
        {"claude 3 sonnet v1", errc::ok, 0, ""},
        {"support-chatbot-claude35-v2", errc::ok, 0, ""},
        {std::string(64, 'a'), errc::ok, 0, ""},
        {"Z-9_x y", errc::ok, 0, ""},
        {"", errc::empty, 0, "ProfileNameRequired"},
        {"   ", errc::bad_separator, 0, "ProfileNameRequired"},
        {"my.profile", errc::invalid_character, 2, ""},  // alpha accepts: the service wins
        {"a:b", errc::invalid_character, 1, ""},
        {"...", errc::invalid_character, 0, ""},
        {":x", errc::invalid_character, 0, ""},
        {"US Meta Llama 3.1 70B Instruct", errc::invalid_character, 15, ""},  // a SYSTEM_DEFINED name
        {"-abc", errc::bad_separator, 0, "ProfileNameInvalidPattern"},
        {"a--b", errc::bad_separator, 2, "ProfileNameInvalidPattern"},
        {"a  b", errc::bad_separator, 2, "ProfileNameInvalidPattern"},
        {"a_-b", errc::bad_separator, 2, "ProfileNameInvalidPattern"},
        {"_", errc::bad_separator, 0, "ProfileNameInvalidPattern"},
        {" x", errc::bad_separator, 0, "ProfileNameInvalidPattern"},
        {"abc\n", errc::whitespace, 3, "ProfileNameInvalidPattern"},
        {"tab\tname", errc::whitespace, 3, "ProfileNameInvalidPattern"},
        {"\xc3\xa9", errc::non_ascii, 0, "ProfileNameInvalidPattern"},
        {"caf\xc3\xa9", errc::non_ascii, 3, "ProfileNameInvalidPattern"},
        {std::string(65, 'a'), errc::too_long, 64, "ProfileNameTooLong"},
        {std::string(70, '.'), errc::invalid_character, 0, "ProfileNameTooLong"},
        {"a/b", errc::invalid_character, 1, "ProfileNameInvalidPattern"},
        {"a,b", errc::invalid_character, 1, "ProfileNameInvalidPattern"},
        {"${Token[TOKEN.123]}", errc::invalid_character, 0, "ProfileNameInvalidPattern"},
        {std::string(32, '\xe2') , errc::non_ascii, 0, "ProfileNameInvalidPattern"},
    }));
    CAPTURE(name);
    auto p = valid_profile();
    p.name = name;
    if (code == errc::ok) require_violations(bedrock::validate(p), {});
    else require_violations(bedrock::validate(p), {{"/inferenceProfileName", code, offset}});
    auto a = bedrock::check_alpha(p);
    if (alpha.empty()) {
        CHECK_FALSE(a.has_value());
    } else {
        REQUIRE(a.has_value());
        CHECK(a->rule == alpha);
        CHECK(a->field == "/inferenceProfileName");
        // no value that alpha rejects is accepted by the service
        CHECK(code != errc::ok);
    }
}

TEST_CASE("descriptions: service verdict and code, and what the alpha reference says", "[application_profile][table]") {
    auto [description, code, offset, alpha] = GENERATE(table<std::string, errc, std::uint32_t, std::string_view>({
        {"Cost tracking for the support chatbot team", errc::ok, 0, ""},
        {"a.b:c", errc::ok, 0, ""},
        {"...", errc::ok, 0, ""},
        {":x", errc::ok, 0, ""},
        {"abc ", errc::ok, 0, ""},
        {"v1.2: prod", errc::ok, 0, ""},
        {"Usage and cost tracking for analytics workloads on Nova Pro", errc::ok, 0, ""},
        {std::string(200, 'a'), errc::ok, 0, ""},
        {"", errc::empty, 0, ""},  // alpha skips the pattern for "": the service (min 1) wins
        {"has,comma", errc::invalid_character, 3, "DescriptionInvalidPattern"},
        {"Routes requests to Anthropic Claude 3 Haiku in us-east-1, us-west-2 and us-east-2.", errc::invalid_character, 56,
         "DescriptionInvalidPattern"},
        {"a  b", errc::bad_separator, 2, "DescriptionInvalidPattern"},
        {" x", errc::bad_separator, 0, "DescriptionInvalidPattern"},
        {"   ", errc::bad_separator, 0, "DescriptionInvalidPattern"},
        {"tab\there", errc::whitespace, 3, "DescriptionInvalidPattern"},
        {"line\nbreak", errc::whitespace, 4, "DescriptionInvalidPattern"},
        {std::string(201, 'a'), errc::too_long, 200, "DescriptionTooLong"},
        {"\xc3\xa9t\xc3\xa9", errc::non_ascii, 0, "DescriptionInvalidPattern"},
        {"a/b", errc::invalid_character, 1, "DescriptionInvalidPattern"},
        {"(x)", errc::invalid_character, 0, "DescriptionInvalidPattern"},
        {"a - b", errc::bad_separator, 2, "DescriptionInvalidPattern"},
        {"50% off", errc::invalid_character, 2, "DescriptionInvalidPattern"},
        {"-lead", errc::bad_separator, 0, "DescriptionInvalidPattern"},
        {"x__y", errc::bad_separator, 2, "DescriptionInvalidPattern"},
        {"ok;no", errc::invalid_character, 2, "DescriptionInvalidPattern"},
    }));
    CAPTURE(description);
    auto p = valid_profile();
    p.description = description;
    if (code == errc::ok) require_violations(bedrock::validate(p), {});
    else require_violations(bedrock::validate(p), {{"/description", code, offset}});
    auto a = bedrock::check_alpha(p);
    if (alpha.empty()) {
        CHECK_FALSE(a.has_value());
    } else {
        REQUIRE(a.has_value());
        CHECK(a->rule == alpha);
        CHECK(code != errc::ok);
    }
}

TEST_CASE("tag sets: every violation with field, code and offset", "[application_profile][table]") {
    struct row {
        std::vector<bedrock::tag> tags;
        std::vector<expected_violation> violations;
    };
    std::vector<bedrock::tag> many(200);
    for (std::size_t i = 0; i < many.size(); ++i) many[i] = {"key" + std::to_string(i), "v"};
    auto too_many = many;
    too_many.push_back({"one-more", "v"});
    std::vector<row> const rows{
        {{}, {}},
        {{{"team", "support"}}, {}},
        {{{"k", ""}}, {}},  // a value may be empty
        {{{"", "x"}}, {{"/tags/0/key", errc::empty, 0}}},
        {{{"aws:foo", "bar"}}, {}},  // nothing reserves the aws: prefix
        {{{"a b\t", "x=y+z@w/q:.-_"}}, {}},
        {{{"\xc3\xa9", "x"}}, {{"/tags/0/key", errc::non_ascii, 0}}},
        {{{"k", "v,"}}, {{"/tags/0/value", errc::invalid_character, 1}}},
        {{{std::string(129, 'k'), "v"}}, {{"/tags/0/key", errc::too_long, 128}}},
        {{{"k", std::string(257, 'v')}}, {{"/tags/0/value", errc::too_long, 256}}},
        {{{std::string(128, 'k'), std::string(256, 'v')}}, {}},
        {{{"k", "v"}, {"k", "w"}}, {{"/tags/1/key", errc::duplicate_key, 0}}},
        {many, {}},
        {too_many, {{"/tags", errc::too_many_items, 200}}},
        {{{"", ""}, {"ok", "ok"}, {"bad,", "bad,"}},
         {{"/tags/0/key", errc::empty, 0}, {"/tags/2/key", errc::invalid_character, 3}, {"/tags/2/value", errc::invalid_character, 3}}},
        {{{"CostCenter", "cc-4410"}, {"team", "support"}, {"env", "prod"}}, {}},
        {{{"k", "line\nbreak"}}, {}},  // \s includes the ASCII line breaks
        {{{"k", "a\x01"}}, {{"/tags/0/value", errc::whitespace, 1}}},
        {{{"K", "v"}, {"k", "v"}}, {}},  // keys are case-sensitive
        {{{"a", "1"}, {"b", "2"}, {"a", "3"}}, {{"/tags/2/key", errc::duplicate_key, 0}}},
        {{{"key with spaces", "value with spaces"}}, {}},
        {{{"k", "nbsp\xc2\xa0"}}, {{"/tags/0/value", errc::non_ascii, 4}}},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        auto p = valid_profile();
        p.tags = rows[i].tags;
        require_violations(bedrock::validate(p), rows[i].violations);
        CHECK_FALSE(bedrock::check_alpha(p).has_value());  // alpha does not validate tags
    }
}

TEST_CASE("validate reports every violation across fields, in field order", "[application_profile]") {
    bedrock::application_profile p;
    p.name = "my.profile";
    p.description = "";
    p.tags = {{"", "x"}, {"k", "v,"}};
    require_violations(bedrock::validate(p), {{"/inferenceProfileName", errc::invalid_character, 2},
                                              {"/description", errc::empty, 0},
                                              {"/modelSource/copyFrom", errc::empty, 0},
                                              {"/tags/0/key", errc::empty, 0},
                                              {"/tags/1/value", errc::invalid_character, 1}});
    auto a = bedrock::check_alpha(p);  // alpha: the name passes its pattern, then the source is missing
    REQUIRE(a.has_value());
    CHECK(a->rule == "ModelSourceRequired");
    CHECK(a->message == "modelSource is required");
}

TEST_CASE("copyFrom: only foundation models and system-defined profiles", "[application_profile]") {
    auto p = valid_profile();
    require_violations(bedrock::validate(p), {});
    p.source = bedrock::cross_region_profile{bedrock::geo::eu, bedrock::models::amazon_nova_lite_v1};
    require_violations(bedrock::validate(p), {});

    p.source = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, "us-east-1").value();
    auto v = bedrock::validate(p);
    require_violations(v, {{"/modelSource/copyFrom", errc::wrong_resource_type, 0}});
    CHECK(v[0].message.find("prompt router") != std::string::npos);
    CHECK(v[0].message.find("foundation-model ARN or a system-defined") != std::string::npos);

    auto inner = valid_profile();
    p.source = bedrock::model_source{inner};
    v = bedrock::validate(p);
    require_violations(v, {{"/modelSource/copyFrom", errc::wrong_resource_type, 0}});
    CHECK(v[0].message.find("application inference profile") != std::string::npos);

    auto [arn, code, offset] = GENERATE(table<std::string, errc, std::uint32_t>({
        {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0", errc::ok, 0},
        {"arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/eu.amazon.nova-lite-v1:0", errc::ok, 0},
        {"arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", errc::wrong_resource_type, 0},
        {"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1", errc::wrong_resource_type, 0},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdefghij12", errc::wrong_resource_type, 0},
        {"arn:${AWS::Partition}:bedrock:us-east-1:${AWS::AccountId}:default-prompt-router/meta.llama:1", errc::wrong_resource_type, 0},
        {"amazon.nova-pro-v1:0", errc::not_an_arn, 1},
        {"", errc::empty, 0},
    }));
    CAPTURE(arn);
    p.source = bedrock::model_source::from_arn(arn);
    v = bedrock::validate(p);
    if (code == errc::ok) {
        require_violations(v, {});
    } else {
        REQUIRE(v.size() == 1);
        CHECK(v[0].field == "/modelSource/copyFrom");
        CHECK(v[0].code == code);
        CHECK(v[0].offset == offset);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Rendering, imports, grants
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("make_cfn_resource writes the references' Properties and refuses invalid descriptors", "[application_profile]") {
    auto p = valid_profile();
    p.description = "d";
    p.tags = {{"b", "1"}, {"a", "2"}};
    auto r = bedrock::make_cfn_resource(p);
    REQUIRE(r.has_value());
    CHECK(r->type == bedrock::cfn_application_inference_profile_type);
    CHECK(r->properties.inference_profile_name == bedrock::cfn_expr{"support-chatbot"});
    CHECK(r->properties.description == bedrock::cfn_expr{"d"});
    REQUIRE(r->properties.tags.has_value());
    CHECK((*r->properties.tags)[0].key == bedrock::cfn_expr{"a"});
    auto const& join = std::get<bedrock::cfn_join>(r->properties.model_source->copy_from.value);
    CHECK(join.parts.size() == 5);
    CHECK(join.parts[1] == bedrock::cfn_expr{bedrock::cfn_ref{"AWS::Partition"}});

    bedrock::cfn_render_options keep;
    keep.cdk_tag_order = false;
    keep.pseudo = bedrock::cfn_pseudo_style::sub;
    auto r2 = bedrock::make_cfn_resource(p, keep);
    CHECK((*r2->properties.tags)[0].key == bedrock::cfn_expr{"b"});
    CHECK(std::get<bedrock::cfn_sub>(r2->properties.model_source->copy_from.value).text ==
          "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.nova-pro-v1:0");

    p.tags.clear();
    CHECK_FALSE(bedrock::make_cfn_resource(p)->properties.tags.has_value());  // an empty list is left out

    p.name = "bad.name";
    auto bad = bedrock::make_cfn_resource(p);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().size() == 1);
    CHECK_THROWS_AS(bad.value(), bedrock::validation_error);
}

TEST_CASE("make_create_request needs a concrete environment", "[application_profile]") {
    auto p = valid_profile();
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    p.tags = {{"team", "support"}};
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto r = bedrock::make_create_request(p, env, "7f3c9a2e-4b1d-4e8f-a6c5-0d2b9e1f3a47");
    REQUIRE(r.has_value());
    CHECK(r->model_source.copy_from ==
          "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    CHECK(r->tags->size() == 1);
    CHECK(*r->client_request_token == "7f3c9a2e-4b1d-4e8f-a6c5-0d2b9e1f3a47");

    auto t = bedrock::make_create_request(p, bedrock::arn_environment{});
    require_violations(t.error(), {{"/modelSource/copyFrom", errc::region_required, 0}});
    auto tok = bedrock::make_create_request(p, env, "-bad");
    require_violations(tok.error(), {{"/clientRequestToken", errc::invalid_character, 0}});

    p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
    p.tags.clear();
    auto fm = bedrock::make_create_request(p, env);
    CHECK(fm->model_source.copy_from == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    CHECK_FALSE(fm->tags.has_value());
    CHECK(bedrock::arn_environment::make(bedrock::partition::aws, "cn-north-1", "123456789012").error().code ==
          errc::region_partition_mismatch);
    CHECK(bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "12345").error().code == errc::bad_account);
}

TEST_CASE("imports from attributes keep the text after the first slash", "[application_profile]") {
    auto a = bedrock::import_application_profile("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc/def", "x");
    REQUIRE(a.has_value());
    CHECK(a->attributes->id == "abc/def");
    CHECK(a->attributes->type == bedrock::inference_profile_type::application);
    CHECK(a->source.kind() == bedrock::model_source_kind::none);
    CHECK(bedrock::import_application_profile("not-an-arn", "x").error().code == errc::not_an_arn);
    auto e = bedrock::import_application_profile("arn:aws:bedrock:us-east-1:123456789012:nothing", "x");
    CHECK(e.error().code == errc::missing_resource_delimiter);
    CHECK(e.error().offset == 46);
    CHECK(bedrock::import_application_profile("arn:aws:bedrock", "x").error().code == errc::missing_component);
}

TEST_CASE("imports from a summary and from a CloudFormation resource", "[application_profile]") {
    bedrock::inference_profile_summary s;
    s.inference_profile_name = "support-chatbot-claude35-v2";
    s.inference_profile_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p";
    s.inference_profile_id = "k3x9q2mz7w4p";
    s.type = bedrock::inference_profile_type::application;
    s.models = {{"arn:aws:bedrock:us-west-2::foundation-model/a.b"}, {std::nullopt}};
    auto p = bedrock::import_application_profile(s);
    CHECK(p.name == s.inference_profile_name);
    CHECK(p.attributes->models.size() == 1);
    CHECK(p.attributes->status == bedrock::inference_profile_status::active);

    auto src = valid_profile();
    src.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1};
    src.tags = {{"b", "1"}};
    auto r = bedrock::make_cfn_resource(src).value();
    auto back = bedrock::import_cfn_resource(r, "Profile");
    REQUIRE(back.has_value());
    CHECK(back->name == src.name);
    CHECK(*back->source.arn_text() == src.source.arn());
    CHECK(back->tags == src.tags);
    CHECK(bedrock::validate(*back).empty());
    auto sub = bedrock::make_cfn_resource(src, {bedrock::cfn_pseudo_style::sub, true, false}).value();
    CHECK(*bedrock::import_cfn_resource(sub, "P")->source.arn_text() == src.source.arn());

    bedrock::cfn_application_inference_profile g = r;
    g.properties.model_source->copy_from = bedrock::cfn_get_att{"Inner", "InferenceProfileArn"};
    auto gi = bedrock::import_cfn_resource(g, "Outer");
    REQUIRE(gi.has_value());
    CHECK(gi->source.kind() == bedrock::model_source_kind::application_profile);
    CHECK(gi->source.application()->logical_id == "Inner");

    bedrock::cfn_application_inference_profile bad = r;
    bad.type = "AWS::S3::Bucket";
    bad.properties.inference_profile_name = bedrock::cfn_ref{"NameParameter"};
    auto bi = bedrock::import_cfn_resource(bad, "P");
    REQUIRE_FALSE(bi.has_value());
    REQUIRE(bi.error().size() == 2);
    CHECK(bi.error()[0].field == "/Type");
    CHECK(bi.error()[1].field == "/Properties/InferenceProfileName");
}

// javadoc
TEST_CASE("application_profile doc examples compile", "[application_profile]") {
    static_assert(bedrock::cdk_collate("_x", "-x") < 0);
    static_assert(bedrock::cdk_collate("a", "A") < 0);
    static_assert(bedrock::cdk_collate("A", "a b") < 0);
    static_assert(bedrock::cdk_collate("a10", "a2") < 0);
    std::vector<bedrock::tag> t{{"b", "1"}, {"A", "2"}, {"a", "3"}, {"b", "4"}};
    bedrock::sort_tags_like_cdk(t);
    CHECK(t == std::vector<bedrock::tag>{{"a", "3"}, {"A", "2"}, {"b", "4"}});

    bedrock::model_source fm{bedrock::models::amazon_nova_pro_v1};
    bedrock::model_source cris{bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1}};
    auto any = bedrock::model_source::from_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    CHECK(cris.kind() == bedrock::model_source_kind::cross_region_profile);
    CHECK(fm.kind() == bedrock::model_source_kind::foundation_model);
    CHECK(any.kind() == bedrock::model_source_kind::arn);

    bedrock::application_profile p;
    p.name = "support-chatbot";
    p.description = "Cost tracking for the support chatbot team";
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    p.tags = {{"team", "support"}, {"CostCenter", "cc-4410"}};
    CHECK(bedrock::validate(p).empty());
}

// javadoc (the remaining @code blocks of application_profile.hpp, verbatim where they compile)
TEST_CASE("application_profile doc examples compile (2)", "[application_profile]") {
    {
        bedrock::application_profile p;
        p.name = "my.profile";
        p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
        p.tags = {{"", "x"}};
        auto v = bedrock::validate(p);
        REQUIRE(v.size() == 2);
        CHECK((v[0].field == "/inferenceProfileName" && v[0].code == errc::invalid_character && v[0].offset == 2));
        CHECK((v[1].field == "/tags/0/key" && v[1].code == errc::empty && v[1].offset == 0));
    }
    {
        bedrock::application_profile p;
        p.name = std::string(65, 'a');
        p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
        auto v = bedrock::check_alpha(p);
        CHECK((v->rule == "ProfileNameTooLong" && v->message == "applicationInferenceProfileName cannot exceed 64 characters"));
    }
    {
        bedrock::application_profile p;
        p.name = "analytics-nova-pro";
        p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1};
        auto r = bedrock::make_cfn_resource(p);
        CHECK(std::holds_alternative<bedrock::cfn_join>(r->properties.model_source->copy_from.value));
    }
    {
        bedrock::application_profile p;
        p.name = "support-chatbot";
        p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
        auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
        auto r = bedrock::make_create_request(p, env);
        CHECK(r->model_source.copy_from ==
              "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    }
    {
        auto a = bedrock::import_application_profile(
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p");
        CHECK(a->attributes->id == "k3x9q2mz7w4p");
    }
    {
        bedrock::application_profile p;
        p.name = "x";
        p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
        auto s = bedrock::grant_invoke(p);
        REQUIRE(s.size() == 3);
        CHECK(s[2].resources.items[0] == bedrock::cfn_expr{bedrock::cfn_get_att{"Profile", "InferenceProfileArn"}});
    }
    {
        auto p = bedrock::import_application_profile(
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p").value();
        p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
        auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
        auto doc = bedrock::make_least_privilege_invoke_policy(p, env);
        CHECK((doc->statements.size() == 1 && doc->statements[0].resources.items.size() == 5));
    }
}
