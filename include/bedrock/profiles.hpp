#ifndef BEDROCK_PROFILES_HPP
#define BEDROCK_PROFILES_HPP

/** @file
    Umbrella header: everything in bedrock-profiles that needs only the standard library.
    JSON support is in <bedrock/json.hpp> (Boost.JSON + Boost.Describe); stream output in <bedrock/io.hpp>.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>

#endif // BEDROCK_PROFILES_HPP
