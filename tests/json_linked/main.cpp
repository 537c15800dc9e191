// The compiled-library mode of Boost.JSON (docs/json.md): this program has no <boost/json/src.hpp>; it links
// Boost::json (libboost-json1.81-dev) instead. It reads, checks and writes documents through <bedrock/json.hpp>
// and exits non-zero on any mismatch.
#include <bedrock/json/api.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock/grants.hpp>

#include <cstdio>
#include <string>

int main() {
    int failures = 0;
    auto check = [&](bool ok, char const* what) {
        if (!ok) {
            std::printf("FAILED: %s\n", what);
            ++failures;
        }
    };
    auto r = bedrock::parse_document<bedrock::create_inference_profile_response>(
        R"({"inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p","status":"ACTIVE","new":1})");
    check(r.has_value(), "a response with an unknown member parses");
    check(bedrock::serialize_document(*r, bedrock::json_output::cli) ==
              "{\n    \"inferenceProfileArn\": \"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p\",\n"
              "    \"status\": \"ACTIVE\"\n}\n",
          "CLI form");
    auto bad = bedrock::parse_document<bedrock::tag>(R"({"key":"k","key":"v"})");
    check(!bad && bad.error().code == bedrock::json_errc::duplicate_key && bad.error().pointer == "/key", "duplicate key");
    auto v = boost::json::value_from(bedrock::make_management_policy("aws", true));
    check(boost::json::try_value_to<bedrock::iam_policy_document>(v).has_value(), "value_from / try_value_to");
    std::printf("%s\n", failures == 0 ? "linked Boost::json: ok" : "linked Boost::json: FAILED");
    return failures == 0 ? 0 : 1;
}
