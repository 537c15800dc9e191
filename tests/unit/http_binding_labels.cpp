// Every operation whose path has a label, through its own binding: a label holding every character that
// RFC 3986 reserves (gen-delims and sub-delims), '%', space, a control byte, a non-ASCII letter and the
// unreserved set comes out of expand_request_uri (the function every request builder uses for its path) as
// the service model's requestUri with that label SigV4-encoded by an encoder written here. The request
// builders cannot be given such a value (their members are checked identifiers), so the binding is the unit
// under test; tests/unit/http_bindings.cpp checks the builders with the identifiers they accept.
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/runtime_invocation.hpp>

#include "mini_json.hpp"

#include <bedrock_test/catch.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

mini_json::value const& service_model() {
    static mini_json::value const m = mini_json::read_file(BEDROCK_TEST_DATA_DIR "/bedrock-http-bindings.json");
    return m;
}

std::string encode_here(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        bool const unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '_' || c == '.' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
            continue;
        }
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
    }
    return out;
}

// gen-delims, sub-delims, '%', space, DEL and a control byte, UTF-8 'é', the unreserved characters
constexpr std::string_view every_reserved = ":/?#[]@!$&'()*+,;=% \x7f\x01\xc3\xa9-._~Az09";

void check_labels(std::string_view service, bedrock::http_binding const& b) {
    auto const& op = service_model()[service][b.operation];
    INFO("operation " << b.operation);
    std::vector<bedrock::uri_label> labels;
    std::string expected = op["requestUri"].s;
    for (auto const& m : b.members) {
        if (m.location != bedrock::member_location::uri) continue;
        labels.push_back({m.wire_name, every_reserved});
        std::string const placeholder = "{" + std::string(m.wire_name) + "}";
        auto const at = expected.find(placeholder);
        REQUIRE(at != std::string::npos);
        expected.replace(at, placeholder.size(), encode_here(every_reserved));
    }
    REQUIRE(labels.size() == 1); // each of these operations has exactly one label
    CHECK(b.request_uri == op["requestUri"].s);
    std::string const path = bedrock::expand_request_uri(b.request_uri, labels);
    CHECK(path == expected);
    // one path segment: no reserved character survives unencoded
    CHECK(path.find_first_of("?#[]@!$&'()*+,;= ") == std::string::npos);
}

} // namespace

TEST_CASE("every label of every operation encodes every reserved character", "[http_bindings]") {
    namespace rq = bedrock::requests;
    check_labels("bedrock", rq::get_inference_profile::binding);
    check_labels("bedrock", rq::delete_inference_profile::binding);
    check_labels("bedrock", rq::get_prompt_router::binding);
    check_labels("bedrock", rq::delete_prompt_router::binding);
    check_labels("bedrock", rq::get_foundation_model::binding);
    for (auto const op : {bedrock::runtime_operation::invoke_model, bedrock::runtime_operation::invoke_model_with_response_stream,
                          bedrock::runtime_operation::converse, bedrock::runtime_operation::converse_stream})
        check_labels("bedrock-runtime", bedrock::binding(op));
    // the operations without a label have none in their requestUri
    for (auto const* name : {"CreateInferenceProfile", "ListInferenceProfiles", "CreatePromptRouter", "ListPromptRouters",
                             "ListFoundationModels", "TagResource", "UntagResource", "ListTagsForResource"}) {
        CAPTURE(name);
        CHECK(service_model()["bedrock"][name]["requestUri"].s.find('{') == std::string::npos);
    }
}
