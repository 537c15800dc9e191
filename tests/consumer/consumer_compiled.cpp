// A user's program of the compiled JSON library: reads and writes a document through <bedrock/json.hpp>, whose
// readers and writers come from bedrock::profiles_json_compiled (the macro its target defines declares them extern).
#include <bedrock/profiles.hpp>
#include <bedrock/json/documents.hpp>

#include <cstdio>
#include <string>

#ifndef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#error "bedrock::profiles_json_compiled defines BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION for its users"
#endif

int main() {
    constexpr auto id = bedrock::profile_id("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    std::string const text = R"({"inferenceProfileSummaries":[{"inferenceProfileName":"p","inferenceProfileArn":)"
                             R"("arn:aws:bedrock:us-east-1:123456789012:inference-profile/)" + std::string(id.str()) +
                             R"(","models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"}],)"
                             R"("inferenceProfileId":")" + std::string(id.str()) + R"(","status":"ACTIVE","type":"SYSTEM_DEFINED"}]})";
    auto const r = bedrock::parse_document<bedrock::list_inference_profiles_response>(text);
    bool const ok = r && bedrock::serialize_document(*r) == text;
    std::printf("%s %s\n", std::string(id.str()).c_str(), ok ? "ok" : "bad");
}
