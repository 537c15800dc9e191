// Every foundation-model ARN and every model x geo cross-region profile (id, type, ARN or error message) against
// tests/data/cris-vectors.json, which tools/reference/gen_cris_vectors.js wrote by running the pinned reference
// packages (CTest cris_vectors_match_references keeps it current).
#include <bedrock/cross_region_profile.hpp>

#include "reference_json.hpp"

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <string>

namespace {
using bedrock_conformance::str;
std::string const cris_vectors_path = BEDROCK_SOURCE_DIR "/tests/data/cris-vectors.json";
} // namespace

TEST_CASE("foundation-model ARNs match the references", "[conformance][cross_region]") {
    auto const doc = bedrock_conformance::load_json(cris_vectors_path);
    std::size_t n = 0;
    for (auto const& mv : doc.at("models").as_array()) {
        auto const& m = mv.as_object();
        CAPTURE(str(m.at("package")), str(m.at("member")));
        auto const* entry = bedrock::find_member(str(m.at("member")));
        REQUIRE(entry != nullptr);
        REQUIRE(entry->id == str(m.at("modelId")));
        REQUIRE(bedrock::foundation_model_arn(entry->id) == str(m.at("arn")));
        REQUIRE(bedrock::foundation_model_arn(entry->id) == str(m.at("invokableArn")));
        auto const& grant = m.at("grantInvoke").as_object();
        REQUIRE(grant.at("resources").as_array().size() == 1);
        REQUIRE(bedrock::foundation_model_arn(entry->id) == str(grant.at("resources").at(0)));
        auto const& all = m.at("grantInvokeAllRegions").as_object();
        REQUIRE(all.at("resources").as_array().size() == 1);
        REQUIRE(bedrock::foundation_model_arn_all_regions(entry->id) == str(all.at("resources").at(0)));
        ++n;
    }
    REQUIRE(n == 57 + 46);
}

TEST_CASE("every model x geo profile matches the references", "[conformance][cross_region]") {
    auto const doc = bedrock_conformance::load_json(cris_vectors_path);
    std::size_t made = 0, rejected = 0;
    for (auto const& pv : doc.at("profiles").as_array()) {
        auto const& p = pv.as_object();
        auto const member = str(p.at("member"));
        auto const geo_text = str(p.at("geo"));
        CAPTURE(str(p.at("package")), member, geo_text);
        auto const* entry = bedrock::find_member(member);
        REQUIRE(entry != nullptr);
        REQUIRE(entry->id == str(p.at("modelId")));
        auto const g = bedrock::parse_geo(geo_text);
        REQUIRE(g.has_value());
        // issue 10: the references' verdict is reproduced by the reference flavor of the declaring package
        // (AWS's own verdict, make_cross_region_profile(geo, model), departs from it: docs/catalog.md)
        auto const flavor = str(p.at("package")) == "genai" ? bedrock::reference_flavor::genai : bedrock::reference_flavor::alpha;
        auto const r = bedrock::make_cross_region_profile(*g, *entry, flavor);
        if (auto const* err = p.if_contains("error")) {
            REQUIRE_FALSE(r.has_value());
            REQUIRE(r.error().code == bedrock::errc::not_cross_region_capable);
            REQUIRE(bedrock::cross_region_error_message(r.error(), entry->id) == str(err->at("message")));
            ++rejected;
        } else {
            REQUIRE(r.has_value());
            REQUIRE(r->id() == str(p.at("id")));
            REQUIRE(bedrock::to_string(r->type()) == str(p.at("type")));
            REQUIRE(r->arn() == str(p.at("arn")));
            char buf[bedrock::max_cross_region_arn_size];
            REQUIRE(*r->arn(buf) == str(p.at("arn")));
            ++made;
        }
    }
    REQUIRE(made == 33 * 7 + 22 * 3);
    REQUIRE(rejected == 24 * 7 + 24 * 3);
}
