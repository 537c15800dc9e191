// Fuzzes classify_model_identifier. Properties: the classifier agrees with the typed parsers (each kind is
// accepted by the parser of that kind, and `invalid` is rejected by all of them), the views it returns lie
// inside the input, an error offset lies inside the input, and a model name fits ProvisionedModelName.
#include <bedrock/classify.hpp>

#include <bedrock/shape.hpp>

#include "fuzz_property.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    bedrock_fuzz::current_input() = in;
    auto const c = bedrock::classify_model_identifier(in);
    auto const inside = [&](std::string_view v) {
        return v.empty() || (v.data() >= in.data() && v.data() + v.size() <= in.data() + in.size());
    };
    BEDROCK_PROPERTY(inside(c.model) && inside(c.geo_text));
    using k = bedrock::identifier_kind;
    switch (c.kind) {
    case k::foundation_model_id: BEDROCK_PROPERTY(bedrock::parse_model_id(in).has_value()); break;
    case k::cross_region_profile_id:
        // read leniently: a known geo passes the strict parser, an unrecognised one only the lenient reader
        BEDROCK_PROPERTY(bedrock::read_profile_id(in).has_value());
        BEDROCK_PROPERTY(c.geo == bedrock::read_profile_id(in)->geo && c.geo_text == bedrock::read_profile_id(in)->geo_text);
        BEDROCK_PROPERTY(bedrock::parse_profile_id(in).has_value() == c.geo.has_value());
        break;
    case k::application_profile_id: BEDROCK_PROPERTY(!bedrock::check_application_profile_id(in)); break;
    case k::arn:
        BEDROCK_PROPERTY(bedrock::read_bedrock_arn(in).has_value());
        BEDROCK_PROPERTY(bedrock::parse_bedrock_arn(in).has_value() == !c.geo_unrecognised());
        BEDROCK_PROPERTY(c.resource.has_value() && c.arn.has_value());
        break;
    case k::model_name:
        // A bare name is a provisioned-model or custom-model name: ([0-9a-zA-Z][_-]?)+, 1..63.
        BEDROCK_PROPERTY(!bedrock::check_syntax(bedrock::shape::provisioned_model_name, in));
        break;
    case k::invalid:
        BEDROCK_PROPERTY_OFFSET_INSIDE(c.error, in);
        BEDROCK_PROPERTY(!bedrock::parse_model_id(in).has_value());
        BEDROCK_PROPERTY(!bedrock::parse_profile_id(in).has_value());
        BEDROCK_PROPERTY(bedrock::check_application_profile_id(in).has_value());
        BEDROCK_PROPERTY(!bedrock::read_bedrock_arn(in).has_value());
        BEDROCK_PROPERTY(!bedrock::read_profile_id(in).has_value());
        break;
    }
    return 0;
}
