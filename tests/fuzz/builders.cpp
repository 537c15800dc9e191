// Fuzzes the builders with inputs chosen from the fuzzer's bytes: cross-region profile ARNs and
// foundation-model ARNs for any (geo, catalog model, partition, region, account), and application-profile
// validation, the CreateInferenceProfile request and the CloudFormation resource for any name,
// description, source ARN text and tag list. Properties: every builder's output is accepted by the
// matching parser (parse_bedrock_arn, check_strict of the request's shapes); validate() and the request
// builder agree; the CDK tag order is sorted by cdk_collate with unique keys.
#include <bedrock/profiles.hpp>

#include <bedrock/application_profile.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/shape.hpp>

#include "fuzz_property.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {
std::string_view pick_region(FuzzedDataProvider& fdp, std::string& own) {
    switch (fdp.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
    case 1:
    case 2: {
        auto const regions = bedrock::regions(bedrock::all_partitions[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::all_partitions.size() - 1)]);
        if (regions.empty()) return {};
        return regions[fdp.ConsumeIntegralInRange<std::size_t>(0, regions.size() - 1)];
    }
    default: own = fdp.ConsumeRandomLengthString(32); return own;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    bedrock_fuzz::current_input() = std::string_view(reinterpret_cast<char const*>(data), size);
    FuzzedDataProvider fdp(data, size);
    auto const g = bedrock::all_geos[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::all_geos.size() - 1)];
    auto const& m = bedrock::catalog[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::catalog.size() - 1)];
    auto const part = bedrock::all_partitions[fdp.ConsumeIntegralInRange<std::size_t>(0, bedrock::all_partitions.size() - 1)];
    std::string own_region;
    std::string_view const region = pick_region(fdp, own_region);
    std::string const account = fdp.ConsumeBool() ? std::string("123456789012") : fdp.ConsumeRandomLengthString(16);

    // ARN builders against the strict ARN parser.
    if (auto fm = bedrock::foundation_model_arn(part, region, m.id)) {
        BEDROCK_PROPERTY_DETAIL(bedrock::parse_bedrock_arn(*fm).has_value(), *fm);
    }
    auto const profile = bedrock::make_cross_region_profile(g, m);
    if (profile) {
        if (auto arn = profile->arn(part, region, account)) {
            auto const parsed = bedrock::parse_bedrock_arn(*arn);
            BEDROCK_PROPERTY_DETAIL(parsed.has_value(), *arn);
        }
    }

    // Application profiles: validate() against the request and CloudFormation builders.
    bedrock::application_profile p;
    p.name = fdp.ConsumeRandomLengthString(80);
    if (fdp.ConsumeBool()) p.description = fdp.ConsumeRandomLengthString(220);
    switch (fdp.ConsumeIntegralInRange<int>(0, 2)) {
    case 0: p.source = bedrock::model_source{m}; break;
    case 1: if (profile) p.source = bedrock::model_source{*profile}; break;
    default: p.source = bedrock::model_source::from_arn(fdp.ConsumeRandomLengthString(300)); break;
    }
    auto const n = fdp.ConsumeIntegralInRange<std::size_t>(0, 8);
    for (std::size_t i = 0; i < n; ++i) p.tags.push_back({fdp.ConsumeRandomLengthString(20), fdp.ConsumeRandomLengthString(20)});
    auto const violations = bedrock::validate(p);
    for (auto const& v : violations) BEDROCK_PROPERTY(v.code != bedrock::errc::ok && !v.field.empty());
    if (auto env = bedrock::arn_environment::make(part, region, "123456789012")) {
        auto const req = bedrock::make_create_request(p, *env);
        if (req) {
            BEDROCK_PROPERTY(violations.empty());
            BEDROCK_PROPERTY(!bedrock::check_syntax(bedrock::shape::inference_profile_name, req->inference_profile_name));
            BEDROCK_PROPERTY_DETAIL(!bedrock::check_strict(bedrock::shape::inference_profile_model_source_arn,
                                                           req->model_source.copy_from),
                                    req->model_source.copy_from);
        } else {
            BEDROCK_PROPERTY(!req.error().empty());
        }
    }
    auto const cfn = bedrock::make_cfn_resource(p);
    BEDROCK_PROPERTY(cfn.has_value() == violations.empty());

    // CDK tag order: sorted, unique keys, each key's last value.
    auto tags = p.tags;
    bedrock::sort_tags_like_cdk(tags);
    for (std::size_t i = 1; i < tags.size(); ++i) {
        BEDROCK_PROPERTY(bedrock::cdk_collate(tags[i - 1].key, tags[i].key) <= 0);
        BEDROCK_PROPERTY(tags[i - 1].key != tags[i].key);
    }
    return 0;
}
