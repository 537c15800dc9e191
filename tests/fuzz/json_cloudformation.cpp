// Fuzzes application-profile validation, CloudFormation writing and reading, and the CDK tag ordering
// with profiles chosen from the fuzzer's bytes (realistic, mutated and arbitrary names, descriptions,
// sources of every kind, ARN texts with pseudo parameters, tag lists with repeats, up to and past 200).
// Properties:
// - every violation of validate() names an existing location of the profile's API document
//   (/inferenceProfileName, /description, /modelSource/copyFrom, /tags/<i>/key|value, /tags) and its
//   offset lies inside the text it names;
// - what make_cfn_resource writes (either pseudo-parameter style, CDK tag order on or off), put in a
//   template and serialized (wire and CLI form), is read back by parse_cfn_application_profiles to the
//   same name, description, ARN text and tags, and the profile read back validates;
// - sort_tags_like_cdk: sorted by cdk_collate, unique keys, the same key set, each key with the value of
//   its last occurrence, and sorting again changes nothing.
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/cfn_import.hpp>

#include <bedrock/application_profile.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/cross_region_profile.hpp>

#include "fuzz_property.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sv = std::string_view;

constexpr sv names[]{"support-chatbot", "analytics nova pro", "a", "team_a-profile"};
constexpr sv descriptions[]{"Routes support traffic", "v1.2: cost center 42", "x"};
constexpr sv arns[]{"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
                    "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.nova-pro-v1:0",
                    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
                    "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/eu.amazon.nova-pro-v1:0",
                    "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",
                    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
                    "arn:${AWS::Partition}:bedrock:${AWS::Region::foundation-model/x"};
constexpr sv tag_keys[]{"team", "Team", "cost-center", "aws:cloudformation:stack-name", "a b/c=d+e@f.g_h", "_", "Z", "z"};
constexpr sv tag_values[]{"", "support", "42", "a b/c=d+e@f.g_h:-"};

template <std::size_t N>
std::string text(FuzzedDataProvider& fdp, sv const (&pool)[N], std::size_t max_random) {
    switch (fdp.ConsumeIntegralInRange<int>(0, 5)) {
    case 4: {
        std::string s(pool[fdp.ConsumeIntegralInRange<std::size_t>(0, N - 1)]);
        if (!s.empty() && fdp.ConsumeBool()) s[fdp.ConsumeIntegralInRange<std::size_t>(0, s.size() - 1)] = static_cast<char>(fdp.ConsumeIntegral<std::uint8_t>());
        else s.insert(fdp.ConsumeIntegralInRange<std::size_t>(0, s.size()), fdp.ConsumeRandomLengthString(8));
        return s;
    }
    case 5: return fdp.ConsumeRandomLengthString(max_random);
    default: return std::string(pool[fdp.ConsumeIntegralInRange<std::size_t>(0, N - 1)]);
    }
}

bedrock::application_profile make_profile(FuzzedDataProvider& fdp) {
    bedrock::application_profile p;
    p.name = text(fdp, names, 80);
    if (fdp.ConsumeBool()) p.description = text(fdp, descriptions, 220);
    auto const& m = bedrock::catalog[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::catalog.size() - 1)];
    switch (fdp.ConsumeIntegralInRange<int>(0, 5)) {
    case 0: p.source = bedrock::model_source{m}; break;
    case 1:
        if (auto c = bedrock::make_cross_region_profile(bedrock::all_geos[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::all_geos.size() - 1)], m))
            p.source = bedrock::model_source{*c};
        break;
    case 2: {
        bedrock::application_profile inner;
        inner.logical_id = "Other";
        p.source = bedrock::model_source{inner};
        break;
    }
    case 3: break; // no source
    default: p.source = bedrock::model_source::from_arn(text(fdp, arns, 300)); break;
    }
    if (fdp.ConsumeIntegralInRange<int>(0, 15) == 0) {
        auto const n = fdp.ConsumeIntegralInRange<std::size_t>(199, 202);
        for (std::size_t i = 0; i < n; ++i) p.tags.push_back({"k" + std::to_string(i % (n - fdp.ConsumeIntegralInRange<std::size_t>(0, 3))), "v"});
    } else {
        auto const n = fdp.ConsumeIntegralInRange<std::size_t>(0, 8);
        for (std::size_t i = 0; i < n; ++i) p.tags.push_back({text(fdp, tag_keys, 140), text(fdp, tag_values, 270)});
    }
    return p;
}

/// The profile as its API document (CreateInferenceProfile's members), where validate()'s pointers point.
boost::json::value api_document(bedrock::application_profile const& p) {
    boost::json::object o;
    o["inferenceProfileName"] = p.name;
    if (p.description) o["description"] = *p.description;
    o["modelSource"] = boost::json::object{{"copyFrom", p.source.arn()}};
    boost::json::array tags;
    for (auto const& t : p.tags) tags.push_back(boost::json::object{{"key", t.key}, {"value", t.value}});
    o["tags"] = std::move(tags);
    return o;
}

void violations_point_inside(bedrock::application_profile const& p) {
    auto const doc = api_document(p);
    for (auto const& v : bedrock::validate(p)) {
        BEDROCK_PROPERTY_DETAIL(v.code != bedrock::errc::ok, v.field);
        boost::system::error_code ec;
        auto const* at = doc.find_pointer(v.field, ec);
        BEDROCK_PROPERTY_DETAIL(at != nullptr, v.field);
        if (at->is_string()) BEDROCK_PROPERTY_DETAIL(v.offset <= at->as_string().size(), v.field + ": " + v.message);
    }
}

void written_reads_back(bedrock::application_profile const& p, bedrock::cfn_render_options const& opt) {
    auto const r = bedrock::make_cfn_resource(p, opt);
    if (!r) return;
    bedrock::cfn_template t;
    t.resources.emplace_back("Profile", *r);
    auto expected_tags = p.tags;
    if (opt.cdk_tag_order) bedrock::sort_tags_like_cdk(expected_tags);
    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        std::string const json = bedrock::serialize_document(t, form);
        auto const back = bedrock::parse_cfn_application_profiles(json);
        BEDROCK_PROPERTY_DETAIL(back.has_value(), json + "\n" + back.error().message);
        BEDROCK_PROPERTY_DETAIL(back->size() == 1, json);
        auto const& q = back->front();
        BEDROCK_PROPERTY_DETAIL(q.logical_id == "Profile" && q.name == p.name && q.description == p.description, json);
        BEDROCK_PROPERTY_DETAIL(q.source.arn() == p.source.arn(), json);
        BEDROCK_PROPERTY_DETAIL(q.tags == expected_tags, json);
        auto const v = bedrock::validate(q);
        BEDROCK_PROPERTY_DETAIL(v.empty(), json + "\n" + (v.empty() ? std::string() : v.front().field + ": " + v.front().message));
    }
}

void cdk_order(std::vector<bedrock::tag> tags) {
    std::map<std::string, std::string> last;
    for (auto const& t : tags) last[t.key] = t.value;
    bedrock::sort_tags_like_cdk(tags);
    BEDROCK_PROPERTY(tags.size() == last.size());
    for (std::size_t i = 0; i < tags.size(); ++i) {
        auto const it = last.find(tags[i].key);
        BEDROCK_PROPERTY_DETAIL(it != last.end() && it->second == tags[i].value, tags[i].key);
        if (i > 0) BEDROCK_PROPERTY_DETAIL(bedrock::cdk_collate(tags[i - 1].key, tags[i].key) <= 0, tags[i - 1].key + " / " + tags[i].key);
    }
    auto again = tags;
    bedrock::sort_tags_like_cdk(again);
    BEDROCK_PROPERTY(again == tags);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    bedrock_fuzz::current_input() = sv(reinterpret_cast<char const*>(data), size);
    FuzzedDataProvider fdp(data, size);
    auto const p = make_profile(fdp);
    violations_point_inside(p);
    bedrock::cfn_render_options opt;
    opt.pseudo = fdp.ConsumeBool() ? bedrock::cfn_pseudo_style::sub : bedrock::cfn_pseudo_style::join;
    opt.cdk_tag_order = fdp.ConsumeBool();
    written_reads_back(p, opt);
    cdk_order(p.tags);
    return 0;
}
