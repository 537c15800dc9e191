// uses: json
// Listing every application inference profile of an account: ListInferenceProfiles with typeEquals=APPLICATION,
// page by page through the pagination helper. The fetch function stands in for an HTTP client: it prints the
// request it would send (method, path and query, as `curl --aws-sigv4` or the AWS SDK for C++ would send
// them) and answers with a recorded page, read with the library's safe reader.
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/json/requests.hpp>
#include <bedrock/request_pagination.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace {

// Three recorded pages, keyed by the nextToken that asks for them ("" = the first page).
std::map<std::string, std::string_view> const recorded_pages{
    {"", R"({"inferenceProfileSummaries":[
              {"inferenceProfileName":"support-chatbot","description":"Cost tracking for support",
               "createdAt":"2025-03-01T09:30:00Z","updatedAt":"2025-03-01T09:30:00Z",
               "inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
               "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}],
               "inferenceProfileId":"a1b2c3d4e5f6","status":"ACTIVE","type":"APPLICATION"},
              {"inferenceProfileName":"summarizer",
               "inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
               "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"},
                         {"modelArn":"arn:aws:bedrock:us-east-2::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"},
                         {"modelArn":"arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"}],
               "inferenceProfileId":"k3x9q2mz7w4p","status":"ACTIVE","type":"APPLICATION"}],
          "nextToken":"page-2"})"},
    {"page-2", R"({"inferenceProfileSummaries":[],"nextToken":"page-3"})"},
    {"page-3", R"({"inferenceProfileSummaries":[
              {"inferenceProfileName":"batch-embeddings",
               "inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/0p9o8i7u6y5t",
               "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"}],
               "inferenceProfileId":"0p9o8i7u6y5t","status":"ACTIVE","type":"APPLICATION","futureMember":true}]})"},
};

} // namespace

int main() {
    auto first = bedrock::requests::list_inference_profiles::make({.max_results = 2, .type_equals = "APPLICATION"});
    if (!first) {
        std::cout << "error: " << first.error().message() << '\n';
        return 1;
    }

    auto const all = bedrock::paginate_request(*first, [](bedrock::requests::list_inference_profiles const& r)
                                                           -> std::optional<bedrock::page<bedrock::inference_profile_summary>> {
        auto const http = bedrock::requests::to_http_request(r);
        std::cout << to_string(http.method) << ' ' << http.path << '?' << bedrock::query_string(http) << '\n';
        auto const token = r.next_token ? std::string(r.next_token->str()) : std::string();
        auto const recorded = recorded_pages.find(token);
        if (recorded == recorded_pages.end()) return std::nullopt; // the "service" failed
        auto page = bedrock::parse_document<bedrock::list_inference_profiles_response>(recorded->second);
        if (!page) {
            std::cout << "  bad page: " << page.error().message << '\n';
            return std::nullopt;
        }
        return bedrock::page_of(std::move(*page));
    });

    std::cout << all.items.size() << " application profiles in " << all.pages << " pages"
              << (all.complete() ? "" : " (incomplete)") << ":\n";
    for (auto const& p : all.items) {
        std::cout << "  " << p.inference_profile_id << "  " << p.inference_profile_name << '\n';
        for (auto const& m : p.models)
            if (m.model_arn) std::cout << "    " << *m.model_arn << '\n';
    }
    return all.complete() ? 0 : 1;
}
