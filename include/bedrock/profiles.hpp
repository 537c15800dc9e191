#ifndef BEDROCK_PROFILES_HPP
#define BEDROCK_PROFILES_HPP

/** @file
    Umbrella header: everything in bedrock-profiles that needs only the standard library.
    JSON support is in <bedrock/json.hpp> (Boost.JSON + Boost.Describe); stream output in <bedrock/io.hpp>.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/region.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/arn.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/api.hpp>
#include <bedrock/application_profile.hpp>
#include <bedrock/prompt_router.hpp>
#include <bedrock/iam.hpp>

#endif // BEDROCK_PROFILES_HPP
