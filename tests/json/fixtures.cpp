#include <bedrock/json.hpp>

#include <bedrock_test/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

std::string slurp(std::string const& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE(f.good());
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}
std::string fixture(std::string_view name) { return slurp(std::string(BEDROCK_FIXTURES_DIR) + "/" + std::string(name)); }

std::string without_final_newline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

template <class T>
void round_trip_cli(std::string_view name) {
    CAPTURE(name);
    std::string const text = fixture(name);
    auto r = bedrock::parse_document<T>(text);
    INFO((r ? std::string() : r.error().message));
    REQUIRE(r.has_value());
    REQUIRE(bedrock::serialize_document(*r, bedrock::json_output::cli) == text);
    // and the value survives the wire form too
    auto again = bedrock::parse_document<T>(bedrock::serialize_document(*r, bedrock::json_output::wire));
    REQUIRE(again.has_value());
    REQUIRE(*again == *r);
}

} // namespace

TEST_CASE("CLI fixtures parse and print back byte for byte", "[json][fixtures]") {
    round_trip_cli<bedrock::list_inference_profiles_response>("list-inference-profiles.cli.json");
    round_trip_cli<bedrock::get_inference_profile_response>("get-inference-profile.json");
    round_trip_cli<bedrock::create_inference_profile_request>("create-inference-profile.request.json");
    round_trip_cli<bedrock::create_inference_profile_response>("create-inference-profile.response.json");
    round_trip_cli<bedrock::list_foundation_models_response>("list-foundation-models.cli.json");
    round_trip_cli<bedrock::cfn_template>("cfn-application-inference-profile.json");
}

TEST_CASE("the wire fixture parses and writes back in wire form; it holds the CLI fixture's data", "[json][fixtures]") {
    std::string const wire = fixture("list-inference-profiles.wire.json");
    auto w = bedrock::parse_document<bedrock::list_inference_profiles_response>(wire);
    REQUIRE(w.has_value());
    REQUIRE(bedrock::serialize_document(*w, bedrock::json_output::wire) == without_final_newline(wire));
    auto c = bedrock::parse_document<bedrock::list_inference_profiles_response>(fixture("list-inference-profiles.cli.json"));
    REQUIRE(c.has_value());
    REQUIRE(*c == *w);
    // wire -> CLI gives the CLI fixture, CLI -> wire gives the wire fixture
    REQUIRE(bedrock::serialize_document(*w, bedrock::json_output::cli) == fixture("list-inference-profiles.cli.json"));
    REQUIRE(bedrock::serialize_document(*c, bedrock::json_output::wire) == without_final_newline(wire));
}

TEST_CASE("GetInferenceProfile equals the fifth summary of the list", "[json][fixtures]") {
    auto g = bedrock::parse_document<bedrock::get_inference_profile_response>(fixture("get-inference-profile.json"));
    auto l = bedrock::parse_document<bedrock::list_inference_profiles_response>(fixture("list-inference-profiles.cli.json"));
    REQUIRE((g && l));
    REQUIRE(l->inference_profile_summaries->size() == 6);
    REQUIRE((*l->inference_profile_summaries)[4] == *g);
    REQUIRE(g->type == bedrock::inference_profile_type::application);
    REQUIRE(g->created_at->time_since_epoch().count() == 1741703272604918);
}
