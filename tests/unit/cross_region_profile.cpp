#include <bedrock/cross_region_profile.hpp>

#include <bedrock/arn_environment.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock_test/catch.hpp>

#include <array>
#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <string>
#include <string_view>

namespace {

using bedrock::errc;
using bedrock::geo;
using bedrock::partition;
namespace models = bedrock::models;

// javadoc: the @code examples of cross_region_profile.hpp
[[maybe_unused]] void cross_region_profile_doc_example() {
    {
        constexpr bool ok = [] {
            char buf[bedrock::max_cross_region_arn_size];
            auto arn = bedrock::foundation_model_arn(bedrock::models::anthropic_claude_v2.id, buf);
            return *arn == "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/anthropic.claude-v2";
        }();
        static_assert(ok);
    }
    {
        char buf[bedrock::max_cross_region_arn_size];
        auto arn = bedrock::foundation_model_arn(bedrock::partition::aws, "us-west-2", "amazon.nova-pro-v1:0", buf);
        assert(*arn == "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0");
    }
    assert(bedrock::foundation_model_arn_all_regions("deepseek.r1-v1:0") ==
           "arn:${AWS::Partition}:bedrock:*::foundation-model/deepseek.r1-v1:0");
    static_assert(!bedrock::check_cross_region_profile(bedrock::geo::us, bedrock::models::amazon_nova_pro_v1));
    static_assert(bedrock::check_cross_region_profile(bedrock::geo::us, bedrock::models::anthropic_claude_v2)->code ==
                  bedrock::errc::not_cross_region_capable);
    {
        auto r = bedrock::make_cross_region_profile(bedrock::geo::eu, bedrock::models::anthropic_claude_v2);
        assert(bedrock::cross_region_error_message(r.error(), "anthropic.claude-v2") ==
               "Model anthropic.claude-v2 does not support cross-region inference");
    }
    {
        constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
        static_assert(p.id() == "us.anthropic.claude-3-5-sonnet-20241022-v2:0");
        static_assert(p.type() == bedrock::inference_profile_type::system_defined);
        static_assert(p.destination_regions().size() == 3);
    }
    {
        constexpr bedrock::cross_region_profile p{bedrock::geo::eu, bedrock::models::amazon_nova_lite_v1};
        char buf[bedrock::max_cross_region_arn_size];
        auto arn = p.arn(bedrock::partition::aws, "eu-west-1", "123456789012", buf);
        assert(*arn == "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0");
    }
    {
        auto ok = bedrock::make_cross_region_profile(bedrock::geo::apac, bedrock::models::amazon_nova_micro_v1);
        assert(ok && ok->id() == "apac.amazon.nova-micro-v1:0");
        auto bad = bedrock::make_cross_region_profile(bedrock::geo::apac, bedrock::models::ai21_jamba_1_5_mini_v1);
        assert(!bad && bad.error().code == bedrock::errc::not_cross_region_capable);
    }
    {
        auto p = bedrock::make_cross_region_profile(bedrock::geo::jp, "anthropic.claude-sonnet-4-5-20250929-v1:0");
        assert(p && p->id() == "jp.anthropic.claude-sonnet-4-5-20250929-v1:0");
        assert(bedrock::make_cross_region_profile(bedrock::geo::jp, "acme.unknown-v1").error().code == bedrock::errc::unknown_model);
    }
    {
        constexpr bedrock::cross_region_profile p{bedrock::geo::apac, "meta.llama3-2-3b-instruct-v1:0"};
        static_assert(p.model() == bedrock::models::meta_llama_3_2_3b_instruct_v1);
    }
}

template <class F>
constexpr bool with_buffer(F f) {
    char buf[bedrock::max_cross_region_arn_size];
    return f(std::span<char>(buf));
}

constexpr bedrock::cross_region_profile us_haiku{geo::us, models::anthropic_claude_haiku_v1_0};
constexpr bedrock::cross_region_profile gov_sonnet{geo::us_gov, models::anthropic_claude_sonnet_4_5_v1_0};

// A cross-region capable model whose id is syntactically wrong or too long for a profile id.
constexpr bedrock::foundation_model bad_id{.id = "acme..model", .provider = "acme",
                                           .capabilities = bedrock::capability::cross_region};
constexpr bedrock::foundation_model long_id{.id = "acme.model-with-a-name-that-is-much-too-long-for-a-profile-id-v1:0",
                                            .provider = "acme", .capabilities = bedrock::capability::cross_region};

} // namespace

TEST_CASE("cross_region_profile: constexpr profiles", "[cross_region]") {
    static_assert(us_haiku.id() == "us.anthropic.claude-3-haiku-20240307-v1:0");
    static_assert(us_haiku.geo_region() == geo::us);
    static_assert(&us_haiku.model() != &models::anthropic_claude_haiku_v1_0);  // a copy ...
    static_assert(us_haiku.model() == models::anthropic_claude_haiku_v1_0);    // ... of the same entry
    static_assert(us_haiku.type() == bedrock::inference_profile_type::system_defined);
    static_assert(us_haiku.destination_partition() == partition::aws);
    static_assert(us_haiku.destination_regions().size() == 3 && us_haiku.destination_regions()[0] == "us-east-1");
    static_assert(us_haiku.to_profile_id().geo_prefix() == geo::us);
    static_assert(us_haiku.to_profile_id().model() == "anthropic.claude-3-haiku-20240307-v1:0");
    static_assert(gov_sonnet.id() == "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0");
    static_assert(gov_sonnet.destination_partition() == partition::aws_us_gov);
    static_assert(gov_sonnet.destination_regions().size() == 2);
    static_assert(with_buffer([](std::span<char> b) {
        return *us_haiku.arn(b) ==
               "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0";
    }));
    static_assert(with_buffer([](std::span<char> b) {
        return *gov_sonnet.arn(partition::aws_us_gov, "us-gov-west-1", "123456789012", b) ==
               "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0";
    }));
    static_assert(bedrock::make_cross_region_profile(geo::global, models::openai_gpt_5_6_luna)->id() == "global.openai.gpt-5.6-luna");
    static_assert(bedrock::make_cross_region_profile(geo::au, "deepseek.r1-v1:0")->id() == "au.deepseek.r1-v1:0");
    static_assert(bedrock::make_cross_region_profile(geo::au, models::deepseek_r1_v1).value() ==
                  bedrock::cross_region_profile{geo::au, models::deepseek_r1_v1});
    static_assert(!(us_haiku == gov_sonnet));
    // From an id literal: the catalog entry with the smallest dimensions, the same profile as from the constant.
    static_assert(bedrock::cross_region_profile{geo::us, "anthropic.claude-3-haiku-20240307-v1:0"} == us_haiku);
    static_assert(bedrock::cross_region_profile{}.id().empty());
    REQUIRE(us_haiku.arn() ==
            "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0");
    REQUIRE(gov_sonnet.arn(partition::aws_us_gov, "us-gov-east-1", "000000000000").value() ==
            "arn:aws-us-gov:bedrock:us-gov-east-1:000000000000:inference-profile/us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0");
}

TEST_CASE("cross_region_profile: every capable catalog model with every geo", "[cross_region]") {
    int made = 0;
    for (auto const& m : bedrock::catalog) {
        for (geo g : bedrock::all_geos) {
            CAPTURE(m.id, bedrock::to_string(g));
            auto r = bedrock::make_cross_region_profile(g, m);
            auto by_id = bedrock::make_cross_region_profile(g, std::string(m.id));
            // issue 10: the verdict is the geos AWS offers the model in (the references' flag only as fallback)
            REQUIRE(r.has_value() == m.offered_in(g));
            REQUIRE(by_id.has_value() == m.offered_in(g));
            if (!r) {
                REQUIRE(by_id.error() == r.error());
                if (r.error().code == errc::geo_not_offered) continue;  // tests/unit/geo_availability.cpp
                REQUIRE(r.error() == bedrock::parse_error{errc::not_cross_region_capable, 0});
                REQUIRE(bedrock::cross_region_error_message(r.error(), m.id) ==
                        "Model " + std::string(m.id) + " does not support cross-region inference");
                continue;
            }
            ++made;
            REQUIRE(r->id() == std::string(bedrock::to_string(g)) + "." + std::string(m.id));
            REQUIRE(r->model() == m);
            REQUIRE(by_id->id() == r->id());
            REQUIRE(r->arn() == "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/" +
                                    std::string(r->id()));
        }
    }
    // issue 10: gpt-5.6-sol, -terra, -luna lose five reference geos each; claude-3-opus gains us; terra and luna gain in;
    // the aws-cdk-lib ids meta.llama3-1-405b-instruct-v1:0 and meta.llama3-2-90b-instruct-v1:0 gain us (AWS's listing)
    REQUIRE(made == 33 * 7 - 3 * 5 + 1 + 2 + 2);
}

TEST_CASE("cross_region_profile: run-time errors", "[cross_region]") {
    // The references' only gate.
    auto no = bedrock::make_cross_region_profile(geo::eu, models::mistral_large_2407_v1);
    REQUIRE(no.error() == bedrock::parse_error{errc::not_cross_region_capable, 0});
    REQUIRE_THROWS_AS(no.value(), bedrock::bad_result_access);
    REQUIRE(bedrock::cross_region_error_message(no.error(), models::mistral_large_2407_v1.id) ==
            "Model mistral.mistral-large-2407-v1:0 does not support cross-region inference");

    // By id: not a model id, a profile id, unknown, not capable.
    REQUIRE(bedrock::make_cross_region_profile(geo::us, "").error().code == errc::empty);
    REQUIRE(bedrock::make_cross_region_profile(geo::us, "us.anthropic.claude-3-haiku-20240307-v1:0").error().code ==
            errc::geo_prefixed_model_id);
    REQUIRE(bedrock::make_cross_region_profile(geo::us, "Anthropic.claude-v2").error().code == errc::uppercase);
    auto unknown = bedrock::make_cross_region_profile(geo::us, "anthropic.claude-9");
    REQUIRE(unknown.error() == bedrock::parse_error{errc::unknown_model, 0});
    REQUIRE(bedrock::cross_region_error_message(unknown.error(), "anthropic.claude-9") == "Model anthropic.claude-9 is not in the catalog");
    REQUIRE(bedrock::make_cross_region_profile(geo::us, "anthropic.claude-v2").error().code == errc::not_cross_region_capable);

    // A capable model with a bad id: the model-id error, offset into "<geo>.<id>".
    auto bad = bedrock::make_cross_region_profile(geo::us, bad_id);
    REQUIRE(bad.error().code == errc::empty_segment);
    REQUIRE(bad.error().offset == 8);  // "us.acme." then the empty segment
    REQUIRE(bedrock::cross_region_error_message(bad.error(), bad_id.id) ==
            "Model acme..model: " + std::string(bedrock::message(errc::empty_segment)));
    // Too long for a profile id (64 bytes).
    auto too_long = bedrock::make_cross_region_profile(geo::us, long_id);
    REQUIRE(too_long.error() == bedrock::parse_error{errc::too_long, 64});
    REQUIRE(bedrock::check_cross_region_profile(geo::us, long_id) == too_long.error());
    REQUIRE_FALSE(bedrock::check_cross_region_profile(geo::us, models::amazon_nova_premier_v1));
}

TEST_CASE("cross_region_profile: concrete ARN errors", "[cross_region]") {
    auto [p, region, account, code, offset] = GENERATE(table<partition, std::string_view, std::string_view, errc, std::uint32_t>({
        // issue 9: offsets point into the argument the code concerns, not into the ARN the caller never typed
        {partition::unknown, "us-east-1", "123456789012", errc::unknown_partition, 0},
        {partition::aws, "", "123456789012", errc::region_required, 0},
        {partition::aws, "US-EAST-1", "123456789012", errc::uppercase, 0},
        {partition::aws, "us-east-1-and-a-very-long-suffix", "123456789012", errc::bad_region, 20},
        {partition::aws, "xx-east-1", "123456789012", errc::unknown_region, 0},
        {partition::aws, "us-gov-west-1", "123456789012", errc::region_partition_mismatch, 0},
        {partition::aws_cn, "us-east-1", "123456789012", errc::region_partition_mismatch, 0},
        {partition::aws, "us-east-1", "", errc::account_required, 0},
        {partition::aws, "us-east-1", "12345678901", errc::bad_account, 11},
        {partition::aws, "us-east-1", "1234567890123", errc::bad_account, 12},
        {partition::aws, "us-east-1", "12345678901x", errc::bad_account, 11},
        {partition::aws, "us-east-1", "${AWS::AccountId}", errc::bad_account, 0},
    }));
    CAPTURE(bedrock::to_string(p), region, account);
    auto const expected = bedrock::parse_error{code, offset};
    REQUIRE(us_haiku.arn(p, region, account).error() == expected);
    char buf[bedrock::max_cross_region_arn_size];
    REQUIRE(us_haiku.arn(p, region, account, buf).error() == expected);
    if (code != errc::account_required && code != errc::bad_account) {
        REQUIRE(bedrock::foundation_model_arn(p, region, "amazon.nova-pro-v1:0").error() == expected);
        REQUIRE(bedrock::foundation_model_arn(p, region, "amazon.nova-pro-v1:0", buf).error() == expected);
    }
}

TEST_CASE("cross_region_profile: buffers that are too small", "[cross_region]") {
    std::array<char, 20> small{};
    REQUIRE(us_haiku.arn(small).error() == bedrock::parse_error{errc::too_long, 20});
    REQUIRE(us_haiku.arn(partition::aws, "us-east-1", "123456789012", small).error() == bedrock::parse_error{errc::too_long, 20});
    REQUIRE(bedrock::foundation_model_arn("amazon.nova-pro-v1:0", small).error() == bedrock::parse_error{errc::too_long, 20});
    REQUIRE(bedrock::foundation_model_arn(partition::aws, "us-east-1", "amazon.nova-pro-v1:0", small).error() ==
            bedrock::parse_error{errc::too_long, 20});
    REQUIRE(bedrock::foundation_model_arn_all_regions("amazon.nova-pro-v1:0", small).error() ==
            bedrock::parse_error{errc::too_long, 20});
    // The longest ARN of any catalog model fits max_cross_region_arn_size.
    for (auto const& m : bedrock::cross_region_models()) {
        // the references' gate (issue 10: AWS offers some of these models in fewer geos)
        auto p = bedrock::make_cross_region_profile(geo::us_gov, m, bedrock::reference_flavor::alpha).value();
        char buf[bedrock::max_cross_region_arn_size];
        REQUIRE(p.arn(buf).has_value());
        REQUIRE(p.arn(partition::aws_us_gov, "us-gov-west-1", "123456789012", buf).has_value());
    }
}

TEST_CASE("foundation-model ARNs", "[cross_region]") {
    constexpr std::string_view id = "cohere.embed-english-v3";
    REQUIRE(bedrock::foundation_model_arn(id) == "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/cohere.embed-english-v3");
    REQUIRE(bedrock::foundation_model_arn(partition::aws_cn, "cn-north-1", id).value() ==
            "arn:aws-cn:bedrock:cn-north-1::foundation-model/cohere.embed-english-v3");
    REQUIRE(bedrock::foundation_model_arn_all_regions(id) == "arn:${AWS::Partition}:bedrock:*::foundation-model/cohere.embed-english-v3");
    REQUIRE(bedrock::foundation_model_arn_all_regions(partition::aws_us_gov, id).value() ==
            "arn:aws-us-gov:bedrock:*::foundation-model/cohere.embed-english-v3");
    REQUIRE(bedrock::foundation_model_arn_all_regions(partition::unknown, id).error() ==
            bedrock::parse_error{errc::unknown_partition, 0});
    static_assert(with_buffer([](std::span<char> b) {
        return *bedrock::foundation_model_arn_all_regions("cohere.embed-english-v3", b) ==
               "arn:${AWS::Partition}:bedrock:*::foundation-model/cohere.embed-english-v3";
    }));
    static_assert(with_buffer([](std::span<char> b) {
        return *bedrock::foundation_model_arn(partition::aws_iso_b, "us-isob-east-1", "cohere.embed-english-v3", b) ==
               "arn:aws-iso-b:bedrock:us-isob-east-1::foundation-model/cohere.embed-english-v3";
    }));
}

TEST_CASE("cross_region_profile: concrete ARNs agree with bedrock/arn.hpp", "[cross_region]") {
    // For every capable model and geo, a source region of the geo's partition: the ARN parses strictly and
    // equals arn.hpp's builders.
    for (auto const& m : bedrock::cross_region_models()) {
        for (geo g : bedrock::all_geos) {
            if (!m.offered_in(g)) continue;  // issue 10: only the geos AWS offers the model in
            CAPTURE(m.id, bedrock::to_string(g));
            auto const p = bedrock::make_cross_region_profile(g, m).value();
            auto const region = p.destination_regions().front();
            auto const arn = p.arn(p.destination_partition(), region, "123456789012").value();
            REQUIRE(bedrock::parse_bedrock_arn(arn).has_value());
            REQUIRE(bedrock::make_inference_profile_arn(region, "123456789012", p.to_profile_id()).value() == arn);
            auto const fm = bedrock::foundation_model_arn(p.destination_partition(), region, m.id).value();
            REQUIRE(bedrock::parse_bedrock_arn(fm).has_value());
            REQUIRE(bedrock::make_foundation_model_arn(p.destination_partition(), region, *bedrock::parse_model_id(m.id)).value() == fm);
        }
    }
}
