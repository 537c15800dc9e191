#ifndef BEDROCK_PROFILES_HPP
#define BEDROCK_PROFILES_HPP

/** @file
    The cheap umbrella header: the identifier layer (errors, results, partitions, regions, geos, model ids,
    profile ids, ARNs and building them, classification), the foundation-model catalog and cross-region
    profiles. Standard library only, like {fmt}'s `base.h`. AWS's member shapes (`check_syntax`,
    `check_strict`: every pattern of the API models) are opt-in in `<bedrock/shape.hpp>`: the JSON layer needs
    them, an identifier user rarely does, and they cost about as much to compile as the rest together.

    The document layer is opt-in, one header per concept: `<bedrock/api.hpp>`, `<bedrock/cloudformation.hpp>`,
    `<bedrock/iam.hpp>`, `<bedrock/grants.hpp>`, `<bedrock/prompt_router.hpp>`,
    `<bedrock/application_profile.hpp>`, `<bedrock/timestamp.hpp>`. JSON is in one header per document family, `<bedrock/json/api.hpp>`,
    `<bedrock/json/cloudformation.hpp>` and `<bedrock/json/iam.hpp>` (Boost.JSON + Boost.Describe; the entry
    points and machinery in `<bedrock/json.hpp>`); stream output in `<bedrock/io.hpp>`. docs/architecture.md draws the layers.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>
#include <bedrock/wire_name.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/region.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/checked_view.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/arn.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/arn_environment.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/models.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>

#endif // BEDROCK_PROFILES_HPP
