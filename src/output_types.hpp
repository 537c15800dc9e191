// The JSON documents the command line tool prints (not part of the library). Each is a plain aggregate,
// described once; the library's generic converter writes it (member order = key order, camelCase names,
// empty optionals omitted), so no command builds JSON by hand. Typed values (geo, partition, resource kind,
// identifier kind) are members of their own type: the converter writes them by their wire_names table; a
// parsed ARN or a classification is written in the library's JSON form (<bedrock/json/identifiers.hpp>).
#ifndef BEDROCK_SRC_OUTPUT_TYPES_HPP
#define BEDROCK_SRC_OUTPUT_TYPES_HPP

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/json.hpp>
#include <bedrock/json/identifiers.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>  // std::uint32_t
#include <initializer_list> // members_in_order
#include <optional> // std::optional (members printed only when present)
#include <string>   // std::string
#include <vector>   // std::vector (JSON arrays)

namespace bedrock::cli {

// The library's generic conversion of described aggregates, found by argument-dependent lookup from
// boost::json::value_from (also for the vectors of rows below).
using bedrock::tag_invoke;

/** One catalog entry of `models --json`. */
struct model_row {
    std::string id;                                         ///< The model id.
    std::vector<std::string> constants;                     ///< Reference static-member names, alpha's first.
    std::string provider;                                   ///< The id's part before the first '.'.
    // A flag no source states is absent here and named in unknown_capabilities (docs/catalog.md).
    std::optional<bool> supports_agents;                    ///< capability::agents
    std::optional<bool> supports_cross_region;              ///< capability::cross_region
    std::optional<bool> supports_knowledge_base;            ///< capability::knowledge_base
    std::optional<bool> optimized_for_agents;               ///< capability::optimized_for_agents
    std::optional<bool> legacy;                             ///< capability::legacy
    std::optional<std::uint32_t> vector_dimensions;         ///< Embedding models only.
    std::optional<std::vector<std::string>> supported_vector_type; ///< Embedding models only.
    std::vector<std::string> packages;                      ///< The reference packages that declare the entry.
    std::vector<std::string> geos;                          ///< Geos with a system-defined profile (enum order).
    std::vector<std::string> documented_geos;               ///< The geos a source documents.
    std::vector<std::string> assumed_geos;                  ///< The geos assumed from supportsCrossRegion.
    std::string in_region;                                  ///< Single-region invocation: yes, no, unknown.
    std::optional<std::vector<std::string>> unknown_capabilities; ///< Flags no source states (wire names), if any.
    std::optional<std::string> cdk_member;                  ///< aws-cdk-lib FoundationModelIdentifier member, if any.
    std::optional<std::string> base_model_id;               ///< Context-window variants: the base model id.
    std::optional<std::string> context_window;              ///< Context-window variants: the window (`200k`).
};
BOOST_DESCRIBE_STRUCT(model_row, (), (id, constants, provider, supports_agents, supports_cross_region,
                                      supports_knowledge_base, optimized_for_agents, legacy, vector_dimensions,
                                      supported_vector_type, packages, geos, documented_geos, assumed_geos,
                                      in_region, unknown_capabilities, cdk_member, base_model_id, context_window))

/** One geo of `geos --json`. */
struct geo_row {
    bedrock::geo geo = bedrock::geo::global;               ///< Written by its wire name, e.g. `us-gov`.
    bedrock::partition partition = bedrock::partition::aws; ///< The geo's partition.
    std::vector<std::string> regions; ///< Destination regions.
    std::string regions_basis;        ///< documented-by-aws, documented-by-references or assumed.
};
BOOST_DESCRIBE_STRUCT(geo_row, (), (geo, partition, regions, regions_basis))

/** The profile printed by `cris`. */
struct cris_output {
    std::string inference_profile_id;  ///< e.g. `us.anthropic.claude-3-5-sonnet-20241022-v2:0`
    std::string inference_profile_arn; ///< Concrete, or with CloudFormation pseudo parameters.
    inference_profile_type type = inference_profile_type::system_defined; ///< Always SYSTEM_DEFINED.
    std::string model_id;             ///< The underlying foundation model.
    bedrock::geo geo = bedrock::geo::global; ///< The geo (written by its wire name).
    std::vector<std::string> regions; ///< Destination regions.
};
BOOST_DESCRIBE_STRUCT(cris_output, (), (inference_profile_id, inference_profile_arn, type, model_id, geo, regions))

/** What `parse` prints before the classification: the string as given. */
struct parse_input {
    std::string input; ///< The string as given.
};
BOOST_DESCRIBE_STRUCT(parse_input, (), (input))

/** What `parse` prints after the classification (the library's form of it, `<bedrock/json/identifiers.hpp>`):
    what the catalog says of the model named, and a note. Members that do not apply are omitted. */
struct parse_catalog_facts {
    std::optional<bool> in_catalog;             ///< Whether the model named is in the catalog.
    std::optional<std::string> provider;        ///< Catalog models: the provider.
    std::optional<bool> supports_cross_region;  ///< Catalog models: cross-region support.
    std::optional<std::string> base_model_id;   ///< Catalog context-window variants: the base model id.
    std::optional<std::string> context_window;  ///< ... the window suffix (`200k`).
    std::optional<bool> base_in_catalog;        ///< ... whether the catalog has the base model itself.
    std::optional<bool> offered_in_geo;         ///< Cross-region ids of catalog models: AWS offers the geo.
    std::optional<std::string> offered_in_geo_basis;       ///< ... documented or assumed (when offered).
    std::optional<std::vector<bedrock::geo>> offered_geos; ///< ... the geos the model is offered in.
    std::optional<std::string> note;            ///< The classifier's note, if any.
};
BOOST_DESCRIBE_STRUCT(parse_catalog_facts, (), (in_catalog, provider, supports_cross_region, base_model_id,
                                                context_window, base_in_catalog, offered_in_geo,
                                                offered_in_geo_basis, offered_geos, note))

/** One JSON object with the members of `parts` (each an object) in order: the documents a command prints
    as one object, each written by the generic converter. */
[[nodiscard]] inline boost::json::value members_in_order(std::initializer_list<boost::json::value> parts) {
    boost::json::object out;
    for (auto const& part : parts)
        for (auto const& m : part.as_object()) out.insert_or_assign(m.key(), m.value());
    return out;
}

} // namespace bedrock::cli

#endif // BEDROCK_SRC_OUTPUT_TYPES_HPP
