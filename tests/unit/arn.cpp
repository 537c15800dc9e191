#include <bedrock/arn.hpp>
#include <bedrock/arn_environment.hpp>  // the javadoc block also shows bedrock_arn.hpp and the builders

#include <bedrock_test/catch.hpp>

#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

using bedrock::errc;
using bedrock::partition;
using bedrock::resource_kind;

// javadoc
namespace javadoc {
constexpr auto a = bedrock::parse_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
static_assert(a && a->region() == "us-east-1" && a->resource_type() == "inference-profile");
static_assert(a->resource_id() == "us.amazon.nova-pro-v1:0");
static_assert(bedrock::to_string(bedrock::resource_kind::application_inference_profile) == "application-inference-profile");
static_assert(bedrock::parse_resource_kind("prompt-router") == bedrock::resource_kind::prompt_router);
constexpr auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
static_assert(b && b->kind == bedrock::resource_kind::inference_profile && b->geo == bedrock::geo::us);
static_assert(b->model == "anthropic.claude-3-5-sonnet-20241022-v2:0");
constexpr bedrock::arn_literal fm{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
static_assert(fm.get().kind == bedrock::resource_kind::foundation_model);
static_assert(fm.get().model == "amazon.nova-pro-v1:0");
using namespace bedrock::literals;
constexpr auto lit = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345"_arn;
static_assert(lit.get().kind == bedrock::resource_kind::provisioned_model);
} // namespace javadoc

TEST_CASE("arn javadoc run-time examples", "[arn]") {
    bedrock::arn_parts p{"aws", "bedrock", "us-east-1", "", "foundation-model/amazon.nova-pro-v1:0"};
    assert(bedrock::to_string(p) == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    REQUIRE(bedrock::to_string(p) == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    char buf[128];
    char* end = bedrock::format_to(bedrock::arn_parts{"aws", "bedrock", "us-east-1", "123456789012", "prompt-router/abcdef012345"}, buf, buf + sizeof buf);
    assert(end && std::string_view(buf, end) == "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345");
    REQUIRE(end);
    auto a = bedrock::parse_arn("arn:aws:s3:::my-bucket");
    assert(a && a->service() == "s3" && a->resource_type().empty() && a->resource_id() == "my-bucket");
    REQUIRE(a);
    assert(bedrock::parse_arn("arn:aws:bedrock").error().code == bedrock::errc::missing_component);
    auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    assert(b && b->kind == bedrock::resource_kind::foundation_model && b->model == "amazon.nova-pro-v1:0");
    REQUIRE(b);
    auto e = bedrock::parse_bedrock_arn("arn:aws-us-gov:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1");
    assert(e.error().code == bedrock::errc::region_partition_mismatch && e.error().offset == 23);
    REQUIRE_FALSE(e);
    auto s = bedrock::make_bedrock_arn(bedrock::resource_kind::imported_model, bedrock::partition::aws, "us-east-1", "123456789012", "abcdef012345");
    assert(s && *s == "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef012345");
    REQUIRE(s);
    auto f = bedrock::make_foundation_model_arn(bedrock::partition::aws, "us-east-1", "amazon.nova-pro-v1:0");
    assert(f && *f == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    REQUIRE(f);
    auto i = bedrock::make_inference_profile_arn("us-east-1", "123456789012", "us.amazon.nova-pro-v1:0");
    assert(i && *i == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    REQUIRE(i);
}

TEST_CASE("parse_arn: generic structure and its errors", "[arn]") {
    constexpr auto a = bedrock::parse_arn("arn:aws:iam::123456789012:role/service-role/my-role");
    STATIC_REQUIRE(a);
    STATIC_REQUIRE(a->partition() == "aws" && a->service() == "iam" && a->region().empty());
    STATIC_REQUIRE(a->account() == "123456789012");
    STATIC_REQUIRE(a->resource() == "role/service-role/my-role");
    STATIC_REQUIRE(a->resource_type() == "role" && a->resource_delimiter() == '/');
    STATIC_REQUIRE(a->resource_id() == "service-role/my-role");
    STATIC_REQUIRE(a->partition_id() == partition::aws);
    STATIC_REQUIRE(a->offset_of(0) == 4 && a->offset_of(1) == 8 && a->offset_of(2) == 12 && a->offset_of(3) == 13 && a->offset_of(4) == 26);

    constexpr auto colon = bedrock::parse_arn("arn:aws:logs:us-east-1:123456789012:log-group:/my/group:*");
    STATIC_REQUIRE(colon->resource_type() == "log-group" && colon->resource_delimiter() == ':');
    STATIC_REQUIRE(colon->resource_id() == "/my/group:*");
    constexpr auto none = bedrock::parse_arn("arn:aws-foo:s3:::bucket");
    STATIC_REQUIRE(none->resource_type().empty() && none->resource_delimiter() == '\0' && none->resource_id() == "bucket");
    STATIC_REQUIRE(none->partition_id() == partition::unknown);

    struct row {
        std::string_view s;
        errc code;
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        {"", errc::unexpected_end, 0},
        {"ar", errc::unexpected_end, 2},
        {"ARN:aws:bedrock:us-east-1::x", errc::not_an_arn, 0},
        {"arx:aws", errc::not_an_arn, 2},
        {"arn:aws:bedrock", errc::missing_component, 15},
        {"arn:aws:bedrock:us-east-1:123456789012", errc::missing_component, 38},
        {"arn::bedrock:us-east-1::x", errc::bad_partition, 4},
        {"arn:aws::us-east-1::x", errc::bad_service, 8},
        {"arn:aws:bedrock:us-east-1::", errc::missing_resource_id, 27},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto e = bedrock::parse_arn(r.s);
        REQUIRE_FALSE(e);
        REQUIRE(bedrock::to_string(e.error().code) == bedrock::to_string(r.code));
        REQUIRE(e.error().offset == r.offset);
    }
}

TEST_CASE("arn_view: formatting, comparison and hashing", "[arn]") {
    std::string const text = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345";
    auto a = bedrock::parse_arn(text);
    REQUIRE(a);
    REQUIRE(a->str().data() == text.data()); // a view: no copy
    REQUIRE(bedrock::formatted_size(*a) == text.size());
    REQUIRE(bedrock::to_string(*a) == text);
    std::string buf(text.size(), '\0');
    REQUIRE(bedrock::format_to(*a, buf.data(), buf.data() + buf.size()) == buf.data() + buf.size());
    REQUIRE(buf == text);
    REQUIRE(bedrock::format_to(*a, buf.data(), buf.data() + buf.size() - 1) == nullptr); // too small: nothing written
    REQUIRE(bedrock::format_to(*a, nullptr, nullptr) == nullptr);
    auto parts = a->parts();
    parts.region = "eu-west-1";
    auto moved = bedrock::to_string(parts);
    REQUIRE(moved == "arn:aws:bedrock:eu-west-1:123456789012:provisioned-model/abcdef012345");
    auto b = bedrock::parse_arn(moved);
    REQUIRE(b);
    REQUIRE(*a != *b);
    REQUIRE(*b < *a); // byte order of the text
    REQUIRE(*a == *bedrock::parse_arn(std::string(text)));
    std::unordered_set<bedrock::arn_view> set{*a, *b, *bedrock::parse_arn(text)};
    REQUIRE(set.size() == 2);
    REQUIRE(std::hash<bedrock::arn_view>{}(*a) == std::hash<std::string_view>{}(text));
    auto typed = bedrock::parse_bedrock_arn(text);
    REQUIRE(typed);
    REQUIRE(std::hash<bedrock::bedrock_arn>{}(*typed) == std::hash<std::string_view>{}(text));
    REQUIRE(*typed == *bedrock::parse_bedrock_arn(text));
    bool const after = (*typed <=> *bedrock::parse_bedrock_arn(moved)) > 0;
    REQUIRE(after);
    constexpr bedrock::arn_view empty;
    STATIC_REQUIRE(empty.str().empty());
}
