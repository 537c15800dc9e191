// The JSON form of the Bedrock API documents (json/api.hpp): the open-enum leaf.
#include <bedrock/json/api.hpp>
#include <bedrock/json/api.hpp>  // include guard works

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

using bedrock::json_errc;

namespace {
using bedrock_test::fixture;
} // namespace

TEST_CASE("open enums keep unknown values; closed enums reject them", "[json][enum]") {
    auto r = bedrock::parse_document<bedrock::list_foundation_models_response>(fixture("list-foundation-models.cli.json"));
    REQUIRE(r.has_value());
    auto const& nova = (*r->model_summaries)[0];
    REQUIRE(nova.input_modalities->size() == 3);
    CHECK((*nova.input_modalities)[2].raw() == "VIDEO");
    CHECK_FALSE((*nova.input_modalities)[2].is_known());
    CHECK((*nova.input_modalities)[0] == bedrock::model_modality::text);
    auto const& sonnet = (*r->model_summaries)[5];
    CHECK((*sonnet.inference_types_supported)[0].raw() == "INFERENCE_PROFILE");
    auto bad = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"active"})");
    CHECK(bad.error().code == json_errc::unknown_enum_value);
    auto num = bedrock::parse_document<bedrock::foundation_model_summary>(
        R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/a.b","modelId":"a.b","inputModalities":[1]})");
    CHECK(num.error().pointer == "/inputModalities/0");
    CHECK(num.error().code == json_errc::wrong_type);
}
