// Descriptors the unit tests start from.
#ifndef BEDROCK_TEST_PROFILES_HPP
#define BEDROCK_TEST_PROFILES_HPP

#include <bedrock/application_profile.hpp>

#include <string>   // std::string
#include <utility>  // std::move

namespace bedrock_test {

/// An application profile that passes validation: a name and a foundation-model source.
inline bedrock::application_profile valid_profile(std::string name = "support-chatbot") {
    bedrock::application_profile p;
    p.name = std::move(name);
    p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
    return p;
}

} // namespace bedrock_test

#endif // BEDROCK_TEST_PROFILES_HPP
