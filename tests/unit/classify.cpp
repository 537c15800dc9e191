#include <bedrock/classify.hpp>

#include <bedrock_test/catch.hpp>

#include <string_view>

using bedrock::errc;
using bedrock::identifier_kind;
using bedrock::resource_kind;

// javadoc
namespace javadoc {
constexpr auto c = bedrock::classify_model_identifier("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
static_assert(c.kind == bedrock::identifier_kind::cross_region_profile_id && c.geo == bedrock::geo::us);
constexpr auto d = bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0");
static_assert(d.kind == bedrock::identifier_kind::cross_region_profile_id && !d.geo && d.geo_text == "zz");
} // namespace javadoc

TEST_CASE("classify: the six steps of docs/identifiers.md", "[classify]") {
    struct row {
        std::string_view s;
        identifier_kind kind;
        std::string_view model;
        bedrock::classification_note note;
    };
    using N = bedrock::classification_note;
    constexpr row rows[] = {
        {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", identifier_kind::arn, "amazon.nova-pro-v1:0", N::none},
        {"arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0", identifier_kind::arn, "amazon.nova-pro-v1:0", N::none},
        {"arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint-1", identifier_kind::arn, "", N::none},
        {"a1b2c3d4e5f6", identifier_kind::application_profile_id, "", N::ambiguous_twelve_char_id},
        {"us-gov.anthropic.claude-3-haiku-20240307-v1:0", identifier_kind::cross_region_profile_id, "anthropic.claude-3-haiku-20240307-v1:0", N::none},
        {"global.amazon.nova-pro-v1:0", identifier_kind::cross_region_profile_id, "amazon.nova-pro-v1:0", N::none},
        {"anthropic.claude-3-5-sonnet-20241022-v2:0", identifier_kind::foundation_model_id, "anthropic.claude-3-5-sonnet-20241022-v2:0", N::none},
        {"openai.gpt-5.6-sol", identifier_kind::foundation_model_id, "openai.gpt-5.6-sol", N::none},
        {"zz.anthropic.claude-sonnet-4-5-20250929-v1:0", identifier_kind::cross_region_profile_id, "anthropic.claude-sonnet-4-5-20250929-v1:0", N::unrecognised_geo},
        {"my-provisioned_model1", identifier_kind::model_name, "", N::none},
        {"ABCDEF012345", identifier_kind::model_name, "", N::none},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto const c = bedrock::classify_model_identifier(r.s);
        REQUIRE(c.valid());
        REQUIRE(c.kind == r.kind);
        REQUIRE(c.model == r.model);
        REQUIRE(c.note == r.note);
        REQUIRE(c.error == bedrock::parse_error{});
        REQUIRE(c.ambiguous() == (r.note == N::ambiguous_twelve_char_id));
    }
    auto const arn = bedrock::classify_model_identifier("arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0");
    REQUIRE(arn.resource == resource_kind::inference_profile);
    REQUIRE(arn.geo == bedrock::geo::eu);
    REQUIRE(arn.arn->arn.region() == "us-east-1");
    REQUIRE(bedrock::classify_model_identifier("zz.anthropic.claude-v2").geo_text == "zz");
}

TEST_CASE("classify: invalid strings carry the error", "[classify]") {
    struct row {
        std::string_view s;
        errc code;
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        {"", errc::empty, 0},
        {"arn:aws:bedrock:us-east-1::foundation-model/Amazon.nova", errc::uppercase, 44},
        {"arn:aws:bedrock", errc::missing_component, 15},
        {"us.us.anthropic.claude-v2", errc::doubled_geo, 3},
        {"eu.Amazon.nova", errc::uppercase, 3},
        {"ARN:AWS:BEDROCK", errc::not_an_arn, 0},
        {"Arn:aws:bedrock:us-east-1::foundation-model/a.b", errc::not_an_arn, 0},
        {"anthropic.claude v2", errc::whitespace, 16},
        {"-:.", errc::bad_model_id, 1},
        {"a__b", errc::invalid_character, 1},
        // the non-ARN mistakes of benchmarks/data/model_identifiers_invalid.txt (their errors from the class masks)
        {"us.Anthropic.claude-3-5-sonnet-20241022-v2:0", errc::uppercase, 3},
        {"anthropic.claude-3-5-sonnet-20241022-v2:0 ", errc::whitespace, 41},
        {"anthropic..claude-v2", errc::empty_segment, 10},
        {"us.anthropic.claude-3-5-sonnet-20241022-v2:0/extra", errc::invalid_character, 44},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto const c = bedrock::classify_model_identifier(r.s);
        REQUIRE_FALSE(c.valid());
        REQUIRE(c.kind == identifier_kind::invalid);
        CHECK(bedrock::to_string(c.error.code) == bedrock::to_string(r.code));
        CHECK(c.error.offset == r.offset);
    }
}

namespace {
bool in_catalog(std::string_view id) { return id == "anthropic.claude-sonnet-4-5-20250929-v1:0"; }
} // namespace

TEST_CASE("classify: a catalog predicate decides an unrecognised geo when the id is also a model id", "[classify]") {
    auto a = bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0", in_catalog);
    REQUIRE(a.kind == identifier_kind::cross_region_profile_id);
    REQUIRE(a.note == bedrock::classification_note::unrecognised_geo);
    REQUIRE(a.geo_text == "zz");
    REQUIRE_FALSE(a.geo);
    auto b = bedrock::classify_model_identifier("zz.anthropic.claude-v2", in_catalog); // rest not in the catalog
    REQUIRE(b.kind == identifier_kind::foundation_model_id);
    REQUIRE(b.note == bedrock::classification_note::none);
    REQUIRE(b.geo_text.empty());
    auto c = bedrock::classify_model_identifier("mx.anthropic.claude-sonnet-4-5-20250929-v1:0", in_catalog);
    REQUIRE(c.geo_text == "mx");
    // a longer geo-shaped head counts with a catalog (`eu-sov`), not without one
    auto d = bedrock::classify_model_identifier("eu-sov.anthropic.claude-sonnet-4-5-20250929-v1:0", in_catalog);
    REQUIRE(d.kind == identifier_kind::cross_region_profile_id);
    REQUIRE(d.geo_text == "eu-sov");
    // without the predicate: grammar only (two lowercase letters, then a model id)
    REQUIRE(bedrock::classify_model_identifier("openai.gpt-5.6-sol").kind == identifier_kind::foundation_model_id);
    REQUIRE(bedrock::classify_model_identifier("openai.gpt-5.6-sol").note == bedrock::classification_note::none);
    REQUIRE(bedrock::classify_model_identifier("c1.amazon.nova").kind == identifier_kind::foundation_model_id);
    REQUIRE(bedrock::classify_model_identifier("xy.a").kind == identifier_kind::foundation_model_id); // "a" is no model id
    REQUIRE(bedrock::classify_model_identifier("eu-sov.anthropic.claude-sonnet-4-5-20250929-v1:0").kind ==
            identifier_kind::foundation_model_id);
}

TEST_CASE("classify: names of kinds and notes", "[classify]") {
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::cross_region_profile_id) == "cross_region_profile_id");
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::foundation_model_id) == "foundation_model_id");
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::application_profile_id) == "application_profile_id");
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::arn) == "arn");
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::model_name) == "model_name");
    STATIC_REQUIRE(bedrock::to_string(identifier_kind::invalid) == "invalid");
    STATIC_REQUIRE(bedrock::to_string(static_cast<identifier_kind>(99)) == "unknown");
    STATIC_REQUIRE(bedrock::to_string(bedrock::classification_note::none).empty());
    STATIC_REQUIRE(!bedrock::to_string(bedrock::classification_note::ambiguous_twelve_char_id).empty());
    STATIC_REQUIRE(bedrock::to_string(bedrock::classification_note::unrecognised_geo) ==
                   "cross-region profile id with a geo this library does not recognise");
    STATIC_REQUIRE(bedrock::to_string(static_cast<bedrock::classification_note>(99)).empty());
}

namespace {
// The classifier in constant evaluation (the class masks built a byte per step) against the step-by-step one.
constexpr bool classify_same_as_exact(std::string_view s) {
    auto const a = bedrock::detail::classify_model_identifier_fast(s);
    auto const b = bedrock::detail::classify_model_identifier_exact(s);
    return a.kind == b.kind && a.error == b.error && a.model == b.model && a.geo_text == b.geo_text && a.geo == b.geo &&
           a.note == b.note;
}
} // namespace

TEST_CASE("classify: the benchmark rows classify in constant evaluation as the exact classifier does", "[classify]") {
    STATIC_REQUIRE(classify_same_as_exact("anthropic.claude-3-5-sonnet-20241022-v2:0"));
    STATIC_REQUIRE(classify_same_as_exact("us.anthropic.claude-3-7-sonnet-20250219-v1:0"));
    STATIC_REQUIRE(classify_same_as_exact("global.anthropic.claude-sonnet-4-5-20250929-v1:0"));
    STATIC_REQUIRE(classify_same_as_exact("apac.amazon.nova-lite-v1:0"));
    STATIC_REQUIRE(classify_same_as_exact("k3x9q2mz7w4p"));
    STATIC_REQUIRE(classify_same_as_exact("my-provisioned_model-1"));
    STATIC_REQUIRE(classify_same_as_exact("us.Anthropic.claude-3-5-sonnet-20241022-v2:0"));
    STATIC_REQUIRE(classify_same_as_exact("anthropic.claude-3-5-sonnet-20241022-v2:0 "));
    STATIC_REQUIRE(classify_same_as_exact("anthropic..claude-v2"));
    STATIC_REQUIRE(classify_same_as_exact("us.anthropic.claude-3-5-sonnet-20241022-v2:0/extra"));
    STATIC_REQUIRE(classify_same_as_exact("a.b:c:d:e"));
    STATIC_REQUIRE(classify_same_as_exact("zz.amazon.nova-pro-v1:0"));
    constexpr auto e = bedrock::classify_model_identifier("anthropic..claude-v2");
    STATIC_REQUIRE(e.error == bedrock::parse_error{errc::empty_segment, 10});
}

// The classifier and read_bedrock_arn are function templates (nothing instantiated at include time): taking their
// address needs `<>`.
static_assert([] {
    auto const classify = &bedrock::classify_model_identifier<>;
    auto const check = &bedrock::check_model_identifier<>;
    auto const read = &bedrock::read_bedrock_arn<>;
    return classify("us.amazon.nova-pro-v1:0", nullptr).kind == identifier_kind::cross_region_profile_id &&
           !check("amazon.nova-pro-v1:0") &&
           read("arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0").has_value();
}());
