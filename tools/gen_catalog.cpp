// bedrock_gen_catalog: writes a constexpr foundation-model catalog header.
//
// Three input modes (see docs/catalog.md):
//
//   bedrock_gen_catalog --reference data/reference-models.json --output include/bedrock/models.hpp
//       The library's own catalog: the static BedrockFoundationModel members of the pinned reference packages,
//       as extracted by tools/reference/extract_models.js. Writes bedrock::detail::catalog_data and the named
//       constants bedrock::models::<member name in snake_case>.
//
//   bedrock_gen_catalog [--foundation-models list-foundation-models.json]... [--inference-profiles list-inference-profiles.json]...
//                       --namespace my::ns [--array catalog] [--guard MY_GUARD_HPP] [--output my_catalog.hpp]
//       A catalog of what one account sees, from the JSON that `aws bedrock list-foundation-models` and
//       `aws bedrock list-inference-profiles` print. Writes my::ns::<array> and my::ns::models::<id in snake_case>.
//
//   bedrock_gen_catalog --partitions data/aws-partitions.json --output include/bedrock/partition_data.hpp
//       The partition and region tables, from AWS's endpoint data (tools/reference/extract_partitions.js).
//
// The output is deterministic: sorted by (model id, vector dimensions), no timestamps, no paths (input files are
// named by their base name only).

#include <bedrock/foundation_model.hpp>  // bedrock::detail::model_id_hash_key (the perfect hash's key, shared with find_model)
#include <bedrock/json/api.hpp>           // the descriptions of the AWS documents (list-foundation-models, ...)
#include <bedrock/json/reader.hpp>        // the library's safe JSON reader
#include <bedrock/json/stream_reader.hpp> // read_document: the typed reader (not <bedrock/json.hpp>: that includes
                                          // the generated models.hpp, which the generator must not depend on)

#include <boost/describe/class.hpp>

#include <boost/json.hpp>  // Boost.JSON; its implementation comes from bedrock_boost_json_impl (src.hpp, once)

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// The members of a ListInferenceProfiles response that the catalog needs: what `aws bedrock
// list-inference-profiles` prints (--inference-profiles), and data/aws-responses/<listing>.json, a response as
// tools/reference/import_list_inference_profiles.js stores it: its summaries keep only these members (no ARN,
// no timestamps, so the library's inference_profile_summary, which requires `inferenceProfileArn`, cannot read
// them) and the file adds `description` and `provenance`. The lenient read skips the members not named here.
namespace gen_catalog {
/// One stored `InferenceProfileSummary`.
struct stored_profile_summary {
    std::string inference_profile_id;
    std::string inference_profile_name;
    bedrock::inference_profile_type type{};
    bedrock::inference_profile_status status{};
    std::vector<bedrock::inference_profile_model> models; // each `modelArn` checked as the library checks it
};
/// The stored listing (the list is optional in the response; each reader says what it expected).
struct stored_profile_listing {
    std::optional<std::vector<stored_profile_summary>> inference_profile_summaries;
};
BOOST_DESCRIBE_STRUCT(stored_profile_summary, (), (inference_profile_id, inference_profile_name, type, status, models))
BOOST_DESCRIBE_STRUCT(stored_profile_listing, (), (inference_profile_summaries))

// data/aws-documentation.json and data/aws-responses/observations.json: the project's transcriptions of AWS's
// user guide and of listings quoted in public threads, read with the same typed reader (members the generator
// does not use, such as each page's `url` or an observation's `source`, are skipped).
/// One source Region's row of a documented profile.
struct documented_source {
    std::vector<std::string> destination_regions;
};
/// A profile a user-guide page documents.
struct documented_profile {
    std::string inference_profile_id;
    std::optional<std::vector<documented_source>> sources;
};
/// One user-guide page.
struct documented_page {
    std::vector<documented_profile> profiles;
};
/// data/aws-documentation.json.
struct aws_documentation {
    std::vector<documented_page> pages;
};
/// A profile seen in a quoted listing.
struct observation {
    std::string inference_profile_id;
    std::optional<std::vector<std::string>> destination_regions_from_description;
};
/// data/aws-responses/observations.json.
struct observations_file {
    std::optional<std::vector<observation>> observations;
};
BOOST_DESCRIBE_STRUCT(documented_source, (), (destination_regions))
BOOST_DESCRIBE_STRUCT(documented_profile, (), (inference_profile_id, sources))
BOOST_DESCRIBE_STRUCT(documented_page, (), (profiles))
BOOST_DESCRIBE_STRUCT(aws_documentation, (), (pages))
BOOST_DESCRIBE_STRUCT(observation, (), (inference_profile_id, destination_regions_from_description))
BOOST_DESCRIBE_STRUCT(observations_file, (), (observations))
} // namespace gen_catalog

/// A stored summary: a response's rules (camelCase, lenient), the id read as a service response's id, one
/// model at least.
template <> struct bedrock::json_object_traits<gen_catalog::stored_profile_summary> : bedrock::detail::json_response_traits {
    static constexpr std::array<json_member_rule, 2> rules{{
        {"inference_profile_id", detail::rule_r, &detail::read_profile_identifier<shape::inference_profile_id>, "InferenceProfileId"},
        {"models", detail::rule_r, nullptr, "InferenceProfileModels", 1}}};
};
/// The stored listing: a response's rules.
template <> struct bedrock::json_object_traits<gen_catalog::stored_profile_listing> : bedrock::detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};

namespace {

namespace json = boost::json;

[[noreturn]] void fail(std::string const& msg) { throw std::runtime_error(msg); }

std::string read_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every input goes through the library's safe reader (<bedrock/json/reader.hpp>): UTF-8 only, duplicate
// member names rejected, a nesting limit, no trailing content; the error names the JSON Pointer or offset.
json::value parse_json(std::string const& path) {
    auto v = bedrock::parse_json(read_file(path));
    if (!v) fail(path + ": invalid JSON: " + v.error().message);
    return std::move(*v);
}

// An AWS document (or the project's transcription of one) read with the library's typed reader
// (bedrock::read_document, which parse_document calls) in lenient mode: the same safe reader, members the
// description does not name skipped, every other member checked against it; the error names the JSON Pointer.
template <class Document>
Document read_aws_document(std::string const& path) {
    auto d = bedrock::read_document<Document>(read_file(path), bedrock::read_mode::lenient);
    if (!d) fail(path + ": " + d.error().message);
    return std::move(*d);
}

std::string base_name(std::string const& path) {
    auto p = path.find_last_of("/\\");
    return p == std::string::npos ? path : path.substr(p + 1);
}

// ---- the model of one generated entry ------------------------------------------------------------------
enum cap : unsigned { agents = 1, cross_region = 2, knowledge_base = 4, optimized_for_agents = 8, legacy = 16 };
enum vec : unsigned { float32 = 1, binary = 2 };

struct entry {
    std::string id;
    std::string provider;
    unsigned caps = 0;
    unsigned alpha_caps = 0;
    unsigned genai_caps = 0;
    std::uint32_t dims = 0;
    unsigned vectors = 0;
    unsigned packages = 0;  // 1 alpha, 2 genai
    std::string alpha_member;
    std::string genai_member;
    std::vector<std::string> constants;  // names of the named constants referring to this entry
    // Availability (reference mode only; see read_availability): geo wire names, sorted by enum order on output.
    bool has_availability = false;
    std::set<std::string> geos;             // offered, documented or assumed
    std::set<std::string> documented_geos;  // offered and stated by AWS data or the references' docs
    int in_region = 0;                      // 0 unknown, 1 no, 2 yes
    unsigned unknown_caps = 0;              // capability flags no source states (aws-cdk-lib-only ids: all)
    std::string cdk_member;                 // aws-cdk-lib FoundationModelIdentifier member (first by name)
    std::string base_id;                    // context-window variant: the base id
    std::string window;                     // context-window variant: the suffix (`200k`, `512`)
};

constexpr unsigned all_caps = agents | cross_region | knowledge_base | optimized_for_agents | legacy;

// The context-window rule (docs/catalog.md; the same as bedrock::split_context_window): `<base>:<digits>[k]`
// where <base> itself has a `:<version>` part, e.g. `anthropic.claude-3-haiku-20240307-v1:0:48k` and
// `cohere.embed-english-v3:0:512`. Returns {base, window}, or two empty strings.
std::pair<std::string, std::string> split_window(std::string const& id) {
    auto const colon = id.rfind(':');
    if (colon == std::string::npos || colon == 0) return {};
    std::string const base = id.substr(0, colon), window = id.substr(colon + 1);
    if (base.find(':') == std::string::npos || window.empty()) return {};
    std::size_t digits = 0;
    while (digits < window.size() && window[digits] >= '0' && window[digits] <= '9') ++digits;
    if (digits == 0 || window[0] == '0') return {};
    if (digits != window.size() && !(digits + 1 == window.size() && window.back() == 'k')) return {};
    return {base, window};
}

// The geos in the order of bedrock::geo (include/bedrock/geo.hpp); the first seven are the references'.
char const* const geo_order[] = {"global", "eu", "us", "us-gov", "apac", "jp", "au", "in", "ca"};
constexpr std::size_t reference_geo_count = 7;

std::string geo_enumerator(std::string const& wire) {
    return wire == "us-gov" ? "us_gov" : wire;
}
bool is_known_geo(std::string const& wire) {
    for (auto g : geo_order) if (wire == g) return true;
    return false;
}

std::string provider_of(std::string const& id) {
    auto dot = id.find('.');
    return dot == std::string::npos ? std::string{} : id.substr(0, dot);
}

std::string snake_case(std::string const& s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (!out.empty() && out.back() != '_') out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "m_" + out;
    return out;
}

std::string cpp_string(std::string const& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x\"\"", c);  // split the literal so the next char cannot extend the escape
            out += buf;
        } else out += static_cast<char>(c);
    }
    return out + "\"";
}

// A `std::string_view` literal (`"…"sv`) for the generated tables: the literal carries its length, so building the
// tables at include time evaluates no `char_traits::length` per string (docs/performance.md, compile time).
std::string sv_string(std::string const& s) { return cpp_string(s) + "sv"; }

std::string caps_expr(unsigned caps, std::string const& q) {
    static constexpr std::pair<unsigned, char const*> names[] = {
        {agents, "agents"}, {cross_region, "cross_region"}, {knowledge_base, "knowledge_base"},
        {optimized_for_agents, "optimized_for_agents"}, {legacy, "legacy"}};
    std::string out;
    for (auto [bit, name] : names) {
        if (caps & bit) out += (out.empty() ? "" : " | ") + q + "capability::" + name;
    }
    return out.empty() ? q + "capability::none" : out;
}

std::string vectors_expr(unsigned v, std::string const& q) {
    std::string out;
    if (v & float32) out += q + "vector_type::float32";
    if (v & binary) out += (out.empty() ? "" : " | ") + q + "vector_type::binary";
    return out.empty() ? q + "vector_type::none" : out;
}

std::string packages_expr(unsigned p, std::string const& q) {
    std::string out;
    if (p & 1) out += q + "reference_package::alpha";
    if (p & 2) out += (out.empty() ? "" : " | ") + q + "reference_package::genai";
    return out.empty() ? q + "reference_package::none" : out;
}

std::string geos_expr(std::set<std::string> const& geos, std::string const& q) {
    std::string out;
    for (auto g : geo_order)
        if (geos.count(g)) out += (out.empty() ? "" : " | ") + q + "geo_set_of(" + q + "geo::" + geo_enumerator(g) + ")";
    return out.empty() ? q + "geo_set::none" : out;
}

bool entry_less(entry const& a, entry const& b) {
    return a.id != b.id ? a.id < b.id : a.dims < b.dims;
}

// ---- input mode 1: data/reference-models.json --------------------------------------------------------------
json::object const& as_object(json::value const& v, char const* what) {
    if (!v.is_object()) fail(std::string(what) + " is not an object");
    return v.get_object();
}
std::string get_string(json::object const& o, char const* key) {
    auto const* v = o.if_contains(key);
    if (!v || !v->is_string()) fail(std::string("missing string \"") + key + "\"");
    return std::string(v->get_string());
}
bool get_bool(json::object const& o, char const* key) {
    auto const* v = o.if_contains(key);
    if (!v || !v->is_bool()) fail(std::string("missing boolean \"") + key + "\"");
    return v->get_bool();
}

struct reference_input {
    std::string alpha_version;
    std::string genai_version;
    std::vector<entry> entries;
};

reference_input read_reference(std::string const& path) {
    json::value doc = parse_json(path);
    auto const& root = as_object(doc, path.c_str());
    reference_input in;
    auto const* pk = root.if_contains("packages");
    if (!pk) fail(path + ": no \"packages\"");
    auto const& packages = as_object(*pk, "packages");
    in.alpha_version = get_string(as_object(packages.at("alpha"), "packages.alpha"), "version");
    in.genai_version = get_string(as_object(packages.at("genai"), "packages.genai"), "version");

    std::map<std::pair<std::string, std::uint32_t>, entry> by_key;
    std::set<std::string> seen_names;
    auto const* ms = root.if_contains("members");
    if (!ms || !ms->is_array()) fail(path + ": no \"members\" array");
    for (auto const& mv : ms->get_array()) {
        auto const& m = as_object(mv, "member");
        std::string name = get_string(m, "member");
        if (!seen_names.insert(name).second) fail("member " + name + " appears twice");
        std::string id = get_string(m, "modelId");
        std::uint32_t dims = 0;
        if (auto const* d = m.if_contains("vectorDimensions"); d && !d->is_null()) {
            if (!d->is_int64() || d->get_int64() <= 0 || d->get_int64() > 1'000'000) fail(name + ": bad vectorDimensions");
            dims = static_cast<std::uint32_t>(d->get_int64());
        }
        unsigned caps = 0;
        if (get_bool(m, "supportsAgents")) caps |= agents;
        if (get_bool(m, "supportsCrossRegion")) caps |= cross_region;
        if (get_bool(m, "supportsKnowledgeBase")) caps |= knowledge_base;
        if (get_bool(m, "optimizedForAgents")) caps |= optimized_for_agents;
        if (get_bool(m, "legacy")) caps |= legacy;
        unsigned vectors = 0;
        for (auto const& v : m.at("supportedVectorType").as_array()) {
            if (v == "FLOAT32") vectors |= float32;
            else if (v == "BINARY") vectors |= binary;
            else fail(name + ": unknown vector type " + json::serialize(v));
        }
        unsigned pkgs = 0;
        for (auto const& p : m.at("packages").as_array()) {
            if (p == "alpha") pkgs |= 1;
            else if (p == "genai") pkgs |= 2;
            else fail(name + ": unknown package " + json::serialize(p));
        }
        if (pkgs == 0) fail(name + ": no package");

        auto [it, fresh] = by_key.try_emplace({id, dims});
        entry& e = it->second;
        if (fresh) {
            e.id = id;
            e.provider = provider_of(id);
            if (e.provider.empty()) fail(name + ": model id " + id + " has no provider part");
            e.dims = dims;
            e.vectors = vectors;
        } else if (e.vectors != vectors) {
            fail(name + ": vector types differ from another member with the same id and dimensions");
        }
        if (pkgs & 1) {
            if (!e.alpha_member.empty()) fail(id + ": two alpha members (" + e.alpha_member + ", " + name + ")");
            e.alpha_member = name;
            e.alpha_caps = caps;
        }
        if (pkgs & 2) {
            if (!e.genai_member.empty()) fail(id + ": two genai members (" + e.genai_member + ", " + name + ")");
            e.genai_member = name;
            e.genai_caps = caps;
        }
        e.packages |= pkgs;
        e.caps |= caps;
        e.constants.push_back(snake_case(name));
    }
    for (auto& [k, e] : by_key) {
        std::sort(e.constants.begin(), e.constants.end());
        in.entries.push_back(std::move(e));
    }
    std::sort(in.entries.begin(), in.entries.end(), entry_less);
    return in;
}

// ---- aws-cdk-lib's FoundationModelIdentifier ids (reference mode, --cdk-identifiers) --------------------------
// data/cdk-foundation-model-identifiers.json (tools/reference/extract_cdk_identifiers.js). An id a reference member
// already declares gets the aws-cdk-lib member name; any other id becomes an entry of its own whose capability
// flags are unknown (aws-cdk-lib gives the id and nothing else), named by its aws-cdk-lib members. Returns the
// package version.
std::string merge_cdk(std::string const& path, std::vector<entry>& entries) {
    json::value doc = parse_json(path);
    auto const& root = as_object(doc, path.c_str());
    auto const* src = root.if_contains("source");
    if (!src) fail(path + ": no \"source\"");
    auto const& source = as_object(*src, "source");
    if (get_string(source, "package") != "aws-cdk-lib") fail(path + ": source.package is not aws-cdk-lib");
    std::string const version = get_string(source, "version");
    auto const* ms = root.if_contains("models");
    if (!ms || !ms->is_array() || ms->get_array().empty()) fail(path + ": no \"models\" array");
    std::set<std::string> ids;
    std::vector<entry> added;
    for (auto const& mv : ms->get_array()) {
        auto const& m = as_object(mv, "model");
        std::string const id = get_string(m, "modelId");
        if (!ids.insert(id).second) fail(path + ": " + id + " appears twice");
        auto const* members = m.if_contains("members");
        if (!members || !members->is_array() || members->get_array().empty()) fail(path + ": " + id + ": no members");
        std::vector<std::string> names;
        for (auto const& n : members->get_array()) {
            if (!n.is_string() || n.get_string().empty()) fail(path + ": " + id + ": a member name is not a string");
            names.emplace_back(n.get_string());
        }
        std::sort(names.begin(), names.end());
        if (get_string(m, "provider") != provider_of(id) || provider_of(id).empty())
            fail(path + ": " + id + ": provider is not the id's head");
        // The extractor's variantOf (`:<digits>k` only) must agree with the generator's rule where it gives one.
        auto const [base, window] = split_window(id);
        if (auto const* v = m.if_contains("variantOf"); v && !v->is_null()) {
            if (!v->is_string() || std::string(v->get_string()) != base)
                fail(path + ": " + id + ": variantOf disagrees with the context-window rule");
        }
        bool found = false;
        for (auto& e : entries) {
            if (e.id != id) continue;
            found = true;
            e.cdk_member = names.front();
        }
        if (found) continue;
        entry e;
        e.id = id;
        e.provider = provider_of(id);
        e.unknown_caps = all_caps;
        e.cdk_member = names.front();
        e.base_id = base;
        e.window = window;
        for (auto const& n : names) e.constants.push_back(snake_case(n));
        added.push_back(std::move(e));
    }
    for (auto& e : entries) {
        auto [base, window] = split_window(e.id);
        e.base_id = base;
        e.window = window;
    }
    for (auto& e : added) entries.push_back(std::move(e));
    std::sort(entries.begin(), entries.end(), entry_less);
    return version;
}

// ---- availability per geo (reference mode): AWS data first, then the references' docs, then their flags ----
struct availability_inputs {
    std::string reference_docs;                 // data/reference-model-docs.json
    std::string aws_documentation;              // data/aws-documentation.json
    std::vector<std::string> aws_responses;     // data/aws-responses/<listing>.json (ListInferenceProfiles facts)
    std::string aws_observations;               // data/aws-responses/observations.json
    bool any() const {
        return !reference_docs.empty() || !aws_documentation.empty() || !aws_responses.empty() || !aws_observations.empty();
    }
};

// `<geo>.<model-id>` -> {geo, model-id}; fails on an unknown geo (the data must name geos the library knows).
std::pair<std::string, std::string> split_profile_id(std::string const& id, std::string const& where) {
    auto dot = id.find('.');
    if (dot == std::string::npos) fail(where + ": profile id " + id + " has no geo");
    std::string g = id.substr(0, dot);
    if (!is_known_geo(g)) fail(where + ": profile id " + id + " has an unknown geo (add it to bedrock::geo first)");
    return {g, id.substr(dot + 1)};
}

// The destination regions AWS's data gives system-defined profiles, per (model id, geo): the union over the
// sources (the models[] of a listing, the user guide's rows per source Region, a listed description).
using profile_destinations = std::map<std::pair<std::string, std::string>, std::set<std::string>>;

// The region of a foundation-model ARN (`arn:<p>:bedrock:<region>::foundation-model/<id>`).
std::string arn_region(std::string const& arn, std::string const& where) {
    std::size_t pos = 0;
    for (int i = 0; i < 3; ++i) {
        pos = arn.find(':', pos);
        if (pos == std::string::npos) fail(where + ": " + arn + " is not an ARN");
        ++pos;
    }
    auto const end = arn.find(':', pos);
    if (end == std::string::npos || end == pos) fail(where + ": " + arn + " has no region");
    return arn.substr(pos, end - pos);
}

void add_destinations(profile_destinations& out, std::string const& profile_id, std::vector<std::string> const& regions,
                      std::string const& where) {
    if (regions.empty()) fail(where + ": " + profile_id + ": destination regions must be a non-empty array");
    auto [g, model] = split_profile_id(profile_id, where);
    auto& set = out[{model, g}];
    for (auto const& r : regions) {
        if (r.empty()) fail(where + ": " + profile_id + ": a destination region is empty");
        set.insert(r);
    }
}

void read_availability(availability_inputs const& in, std::vector<entry>& entries, profile_destinations& destinations) {
    std::map<std::string, std::set<std::string>> aws;   // model id -> geos with an AWS-listed profile
    std::map<std::string, std::set<std::string>> docs;  // model id -> exclusive geo list of the references' docs
    std::map<std::string, int> in_region;
    auto note = [&](std::string const& profile_id, std::string const& where) {
        auto [g, model] = split_profile_id(profile_id, where);
        aws[model].insert(g);
    };
    if (!in.aws_documentation.empty()) {
        auto const where = base_name(in.aws_documentation);
        auto const doc = read_aws_document<gen_catalog::aws_documentation>(in.aws_documentation);
        for (auto const& page : doc.pages)
            for (auto const& p : page.profiles) {
                note(p.inference_profile_id, where);
                if (p.sources)
                    for (auto const& source : *p.sources)
                        add_destinations(destinations, p.inference_profile_id, source.destination_regions, where);
            }
    }
    for (auto const& f : in.aws_responses) {
        auto const listing = read_aws_document<gen_catalog::stored_profile_listing>(f);
        if (!listing.inference_profile_summaries) fail(f + ": no \"inferenceProfileSummaries\" array");
        for (auto const& p : *listing.inference_profile_summaries) {
            if (p.type != bedrock::inference_profile_type::system_defined) continue;
            note(p.inference_profile_id, base_name(f));
            std::vector<std::string> regions;
            for (auto const& m : p.models) {
                if (!m.model_arn) fail(f + ": " + p.inference_profile_id + ": a model without \"modelArn\"");
                regions.emplace_back(arn_region(*m.model_arn, base_name(f)));
            }
            add_destinations(destinations, p.inference_profile_id, regions, base_name(f));
        }
    }
    if (!in.aws_observations.empty()) {
        auto const where = base_name(in.aws_observations);
        auto const doc = read_aws_document<gen_catalog::observations_file>(in.aws_observations);
        if (!doc.observations) fail(in.aws_observations + ": no \"observations\" array");
        for (auto const& o : *doc.observations) {
            note(o.inference_profile_id, where);
            if (o.destination_regions_from_description)
                add_destinations(destinations, o.inference_profile_id, *o.destination_regions_from_description, where);
        }
    }
    if (!in.reference_docs.empty()) {
        json::value doc = parse_json(in.reference_docs);
        auto const* list = as_object(doc, "reference-model-docs").if_contains("models");
        if (!list || !list->is_array()) fail(in.reference_docs + ": no \"models\" array");
        for (auto const& mv : list->get_array()) {
            auto const& m = as_object(mv, "model");
            std::string id = get_string(m, "modelId");
            if (auto const* g = m.if_contains("geos"); g && g->is_array() && get_bool(m, "geosExclusive")) {
                auto& set = docs[id];
                for (auto const& x : g->get_array()) {
                    if (!x.is_string() || !is_known_geo(std::string(x.get_string())))
                        fail(in.reference_docs + ": " + id + ": unknown geo " + json::serialize(x));
                    set.insert(std::string(x.get_string()));
                }
            }
            if (auto const* r = m.if_contains("inRegionInvocation"); r && r->is_bool())
                in_region[id] = r->get_bool() ? 2 : 1;
        }
    }
    for (auto& e : entries) {
        e.has_availability = true;
        auto const a = aws.find(e.id);
        auto const d = docs.find(e.id);
        if (a != aws.end()) { e.geos.insert(a->second.begin(), a->second.end()); e.documented_geos.insert(a->second.begin(), a->second.end()); }
        if (d != docs.end()) {
            // The references' docs give an exclusive list: the geos outside it are not offered (below AWS data).
            e.geos.insert(d->second.begin(), d->second.end());
            e.documented_geos.insert(d->second.begin(), d->second.end());
        } else if (e.caps & cross_region) {
            // Fallback: the references' flag, over their seven geos, assumed (never in or ca).
            for (std::size_t i = 0; i < reference_geo_count; ++i) e.geos.insert(geo_order[i]);
        }
        if (auto r = in_region.find(e.id); r != in_region.end()) e.in_region = r->second;
    }
}

// ---- input mode 2: AWS CLI output ----------------------------------------------------------------------------
struct cli_input {
    std::vector<std::string> files;  // base names, in argument order
    std::vector<entry> entries;
};

// The model id of a foundation-model ARN (`arn:<p>:bedrock:<r>::foundation-model/<id>`), or nullopt.
std::optional<std::string> fm_id_from_arn(std::string const& arn) {
    static std::string const marker = ":foundation-model/";
    auto p = arn.find(marker);
    if (arn.rfind("arn:", 0) != 0 || p == std::string::npos) return std::nullopt;
    std::string id = arn.substr(p + marker.size());
    if (id.empty()) return std::nullopt;
    return id;
}

// True when an open-enum list (e.g. `inferenceTypesSupported`) holds the wire value `value`.
template <class E>
bool contains(std::optional<std::vector<bedrock::open_enum<E>>> const& list, std::string_view value) {
    if (!list) return false;
    for (auto const& x : *list)
        if (x.raw() == value) return true;
    return false;
}

cli_input read_cli(std::vector<std::string> const& fm_files, std::vector<std::string> const& profile_files) {
    cli_input in;
    std::map<std::string, entry> by_id;
    auto get = [&](std::string const& id) -> entry& {
        auto [it, fresh] = by_id.try_emplace(id);
        if (fresh) {
            it->second.id = id;
            it->second.provider = provider_of(id);
        }
        return it->second;
    };
    for (auto const& f : fm_files) {
        in.files.push_back(base_name(f));
        auto const doc = read_aws_document<bedrock::list_foundation_models_response>(f);
        if (!doc.model_summaries) fail(f + ": no \"modelSummaries\" array (expected `aws bedrock list-foundation-models` output)");
        for (auto const& m : *doc.model_summaries) {
            entry& e = get(m.model_id);
            if (e.provider.empty() && m.provider_name) {
                // No provider part in the id: fall back to the provider name, lowercased.
                for (char c : *m.provider_name) e.provider += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
            if (contains(m.inference_types_supported, "INFERENCE_PROFILE")) e.caps |= cross_region;
            if (contains(m.output_modalities, "EMBEDDING")) e.caps |= knowledge_base;
            if (m.model_lifecycle && m.model_lifecycle->status == bedrock::foundation_model_lifecycle_status::legacy) e.caps |= legacy;
        }
    }
    for (auto const& f : profile_files) {
        in.files.push_back(base_name(f));
        auto const doc = read_aws_document<gen_catalog::stored_profile_listing>(f);
        if (!doc.inference_profile_summaries)
            fail(f + ": no \"inferenceProfileSummaries\" array (expected `aws bedrock list-inference-profiles` output)");
        for (auto const& p : *doc.inference_profile_summaries) {
            bool system_defined = p.type == bedrock::inference_profile_type::system_defined;
            for (auto const& m : p.models) {
                auto id = m.model_arn ? fm_id_from_arn(*m.model_arn) : std::nullopt;
                if (!id) continue;  // not a foundation model (e.g. a custom model)
                entry& e = get(*id);
                if (system_defined) e.caps |= cross_region;
            }
        }
    }
    std::set<std::string> names;
    for (auto& [id, e] : by_id) {
        if (e.provider.empty()) fail("model " + id + ": no provider (no '.' in the id and no providerName)");
        std::string name = snake_case(id);
        std::string unique = name;
        for (int n = 2; !names.insert(unique).second; ++n) unique = name + "_" + std::to_string(n);
        e.constants.push_back(unique);
        in.entries.push_back(std::move(e));
    }
    std::sort(in.entries.begin(), in.entries.end(), entry_less);
    return in;
}

// ---- input mode 3: data/aws-partitions.json (AWS SDK for JavaScript endpoint data) -> partition_data.hpp ------
// The partition's regionRegex must be `^<prefix>\w+\-\d+$` where <prefix> is literal characters (`\-` for `-`)
// and groups of alternatives `(a|b|c)`; it is expanded into the list of literal prefixes (`us-`, `eu-`, …) that
// partition.hpp matches before `\w+-\d+`. Anything else fails: a new regex shape needs a look by a human.
std::vector<std::string> expand_region_regex(std::string const& re, std::string const& where) {
    static std::string const tail = "\\w+\\-\\d+$";
    if (re.size() < 1 + tail.size() || re[0] != '^' || re.compare(re.size() - tail.size(), tail.size(), tail) != 0)
        fail(where + ": regionRegex " + re + " is not ^<prefix>\\w+\\-\\d+$");
    std::string const head = re.substr(1, re.size() - 1 - tail.size());
    std::vector<std::string> out{""};
    for (std::size_t i = 0; i < head.size();) {
        char const c = head[i];
        if (c == '\\') {
            if (i + 1 >= head.size() || head[i + 1] != '-') fail(where + ": regionRegex " + re + ": unsupported escape");
            for (auto& p : out) p += '-';
            i += 2;
        } else if (c == '(') {
            auto const close = head.find(')', i);
            if (close == std::string::npos) fail(where + ": regionRegex " + re + ": unclosed group");
            std::vector<std::string> alts;
            std::string cur;
            for (std::size_t j = i + 1; j <= close; ++j) {
                if (j == close || head[j] == '|') {
                    if (cur.empty()) fail(where + ": regionRegex " + re + ": empty alternative");
                    alts.push_back(cur);
                    cur.clear();
                } else if ((head[j] >= 'a' && head[j] <= 'z') || (head[j] >= '0' && head[j] <= '9')) {
                    cur += head[j];
                } else {
                    fail(where + ": regionRegex " + re + ": unsupported character in a group");
                }
            }
            std::vector<std::string> next;
            for (auto const& p : out)
                for (auto const& a : alts) next.push_back(p + a);
            out = std::move(next);
            i = close + 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            for (auto& p : out) p += c;
            ++i;
        } else {
            fail(where + ": regionRegex " + re + ": unsupported character '" + std::string(1, c) + "'");
        }
    }
    for (auto const& p : out)
        if (p.empty() || p.back() != '-') fail(where + ": regionRegex " + re + ": a prefix does not end with '-'");
    return out;
}

std::string partitions_header(std::string const& path) {
    json::value doc = parse_json(path);
    auto const& root = as_object(doc, path.c_str());
    auto const* src = root.if_contains("source");
    if (!src) fail(path + ": no \"source\"");
    auto const& source = as_object(*src, "source");
    std::string const package = get_string(source, "package"), version = get_string(source, "version"),
                      file_version = get_string(source, "partitionsVersion");
    auto const* ps = root.if_contains("partitions");
    if (!ps || !ps->is_array() || ps->get_array().empty()) fail(path + ": no \"partitions\" array");

    struct region_row { std::string code, description; };
    struct partition_row {
        std::string id, name, dns, dual_stack, implicit_global, regex, global;
        std::vector<region_row> regions;
        std::vector<std::string> prefixes;
    };
    std::vector<partition_row> rows;
    std::set<std::string> ids, codes;
    auto opt_string = [](json::object const& o, char const* key) {
        auto const* v = o.if_contains(key);
        return v && v->is_string() ? std::string(v->get_string()) : std::string{};
    };
    for (auto const& pv : ps->get_array()) {
        auto const& p = as_object(pv, "partition");
        partition_row r;
        r.id = get_string(p, "id");
        if (!ids.insert(r.id).second) fail(path + ": partition " + r.id + " appears twice");
        r.name = get_string(p, "name");
        r.dns = get_string(p, "dnsSuffix");
        r.dual_stack = opt_string(p, "dualStackDnsSuffix");
        r.implicit_global = opt_string(p, "implicitGlobalRegion");
        r.regex = get_string(p, "regionRegex");
        r.prefixes = expand_region_regex(r.regex, path + ": " + r.id);
        auto const* rs = p.if_contains("regions");
        if (!rs || !rs->is_array()) fail(path + ": " + r.id + ": no \"regions\" array");
        for (auto const& rv : rs->get_array()) {
            auto const& ro = as_object(rv, "region");
            std::string code = get_string(ro, "code");
            if (code.empty() || code.size() > 20 || code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
                fail(path + ": " + r.id + ": region " + code + " is not a region name");
            if (!codes.insert(code).second) fail(path + ": region " + code + " appears twice");
            if (get_bool(ro, "pseudo")) {
                if (!r.global.empty()) fail(path + ": " + r.id + ": two pseudo regions");
                r.global = code;
                continue;
            }
            if (!r.regions.empty() && !(r.regions.back().code < code)) fail(path + ": " + r.id + ": regions not sorted");
            r.regions.push_back({code, opt_string(ro, "description")});
        }
        rows.push_back(std::move(r));
    }

    std::ostringstream o;
    o << "// GENERATED by tools/gen_catalog from data/aws-partitions.json (" << package << " " << version
      << ", partitions.json " << file_version << "). DO NOT EDIT.\n"
         "// Regenerate (from the repository root; docs/catalog.md):\n"
         "//   node tools/reference/extract_partitions.js   # needs `npm ci --prefix tools/reference`\n"
         "//   cmake --build <build-dir> --target bedrock_regenerate_catalog\n"
         "// which runs: bedrock_gen_catalog --partitions data/aws-partitions.json --output include/bedrock/partition_data.hpp\n"
         "#ifndef BEDROCK_PARTITION_DATA_HPP\n#define BEDROCK_PARTITION_DATA_HPP\n\n"
         "/** @file\n"
         "    GENERATED: the partitions and regions of AWS's endpoint data (partitions.json of the AWS SDK for JavaScript),\n"
         "    in the data's partition order. Use them through <bedrock/partition.hpp> and <bedrock/region.hpp>.\n"
         "*/\n\n"
         "#include <array>        // std::array (the tables)\n"
         "#include <cstddef>      // std::size_t\n"
         "#include <string_view>  // std::string_view\n\n"
         "namespace bedrock::detail {\n\n"
         "using std::string_view_literals::operator\"\"sv;  // the tables' literals carry their length\n\n";
    auto var = [](std::string const& id) {
        std::string s;
        for (char c : id) s += c == '-' ? '_' : c;
        return s;
    };
    // Plain arrays (`std::string_view x[]`): a `std::array` of each distinct size is one more class instantiation at
    // every include. An empty list has no array (a row's `{}`).
    auto list = [&o](std::string const& name, std::vector<std::string> const& items, bool one_line) {
        if (items.empty()) return;
        o << "inline constexpr std::string_view " << name << "[]{";
        for (std::size_t i = 0; i < items.size(); ++i)
            o << (one_line ? (i ? ", " : "") : "\n    ") << sv_string(items[i]) << (one_line ? "" : ",");
        o << (one_line ? "" : "\n") << "};\n";
    };
    for (auto const& r : rows) {
        std::string const v = var(r.id);
        std::vector<std::string> codes, descriptions;
        for (auto const& x : r.regions) codes.push_back(x.code), descriptions.push_back(x.description);
        o << "// " << r.id << ": regionRegex " << r.regex << "\n";
        list(v + "_regions", codes, false);
        list(v + "_region_descriptions", descriptions, false);
        list(v + "_region_prefixes", r.prefixes, true);
        o << "\n";
    }
    o << "/** A list of strings in static storage (pointer and count): the rows' region lists. Not a `std::span`, so\n"
         "    that building the table at include time instantiates none of `std::span`'s constrained constructors (the\n"
         "    public functions of <bedrock/partition.hpp> make the span when they are called). */\n"
         "struct string_list {\n"
         "    std::string_view const* items = nullptr;  ///< the first string\n"
         "    std::size_t count = 0;                    ///< how many\n\n"
         "    [[nodiscard]] constexpr std::string_view const* begin() const noexcept { return items; }\n"
         "    [[nodiscard]] constexpr std::string_view const* end() const noexcept { return items + count; }\n"
         "    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }\n"
         "    [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }\n"
         "    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const noexcept { return items[i]; }\n"
         "};\n\n";
    o << "/// One partition of the endpoint data.\n"
         "struct partition_info {\n"
         "    std::string_view id;                      ///< `id` (`aws-us-gov`)\n"
         "    std::string_view name;                    ///< `outputs.name`\n"
         "    std::string_view dns_suffix;              ///< `outputs.dnsSuffix`\n"
         "    std::string_view dual_stack_dns_suffix;   ///< `outputs.dualStackDnsSuffix`\n"
         "    std::string_view implicit_global_region;  ///< `outputs.implicitGlobalRegion`\n"
         "    std::string_view global_region;           ///< the `*-global` pseudo region, or empty\n"
         "    std::string_view region_regex;            ///< `regionRegex`, as text\n"
         "    string_list regions;              ///< listed regions, sorted, no pseudo region\n"
         "    string_list region_descriptions;  ///< `description` of each of `regions`\n"
         "    string_list region_prefixes;      ///< `regionRegex` is `^(<one of these>)\\w+\\-\\d+$`\n"
         "};\n\n";
    o << "/// The `id` of every partition, in the data's order: the wire spellings of `bedrock::partition` (a literal table,\n"
         "/// not one copied out of @ref partition_table at every include).\n";
    o << "inline constexpr std::array<std::string_view, " << rows.size() << "> partition_ids{";
    for (std::size_t i = 0; i < rows.size(); ++i) o << (i ? ", " : "") << sv_string(rows[i].id);
    o << "};\n\n";
    o << "/// Every partition of the endpoint data, in its order (which decides region lookups). A plain array, like the\n"
         "/// region lists: no `std::array<partition_info, N>` to instantiate at every include.\n";
    o << "inline constexpr partition_info partition_table[" << rows.size() << "]{\n";
    auto entry = [](std::string const& name, std::size_t count) {
        return count == 0 ? std::string("{}") : "{" + name + ", " + std::to_string(count) + "}";
    };
    for (auto const& r : rows) {
        std::string const v = var(r.id);
        o << "    {" << sv_string(r.id) << ", " << sv_string(r.name) << ", " << sv_string(r.dns) << ", "
          << sv_string(r.dual_stack) << ", " << sv_string(r.implicit_global) << ", " << sv_string(r.global) << ",\n"
          << "     " << sv_string(r.regex) << ",\n"
          << "     " << entry(v + "_regions", r.regions.size()) << ", "
          << entry(v + "_region_descriptions", r.regions.size()) << ", "
          << entry(v + "_region_prefixes", r.prefixes.size()) << "},\n";
    }
    o << "};\n\n} // namespace bedrock::detail\n\n#endif // BEDROCK_PARTITION_DATA_HPP\n";
    return o.str();
}

// ---- output ------------------------------------------------------------------------------------------------------
struct layout {
    bool reference = false;
    std::string banner;       // first line(s), each starting with "//"
    std::string guard;
    std::string data_ns;      // namespace of the array
    std::string array_name;
    std::string models_ns;    // namespace of the named constants
    std::string q;            // qualification of bedrock names inside the namespaces
};

// The perfect hash of find_model (issue 13): slot = (model_id_hash_key(id) * seed) >> shift over a power-of-two
// table of catalog indices. Every distinct id owns its slot (the index of its first entry, the one with the fewest
// dimensions); an empty slot holds 0, which is safe because an id that hashes there is not in the catalog, so the
// comparison with entry 0's id fails. Deterministic: the first seed of a fixed sequence that works, at the smallest
// table (at least 4 slots per id) where one of the first 2^20 seeds does.
void write_perfect_hash(std::ostream& o, std::vector<entry> const& entries) {
    std::vector<std::pair<std::uint64_t, std::size_t>> keys;  // key, index of the id's first entry
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].id == entries[i - 1].id) continue;
        keys.emplace_back(bedrock::detail::model_id_hash_key(entries[i].id), i);
    }
    {
        auto sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 1; i < sorted.size(); ++i)
            if (sorted[i].first == sorted[i - 1].first)
                fail("model ids " + entries[sorted[i - 1].second].id + " and " + entries[sorted[i].second].id +
                     " share their perfect-hash key (change bedrock::detail::model_id_hash_key)");
    }
    if (entries.size() > 65535) fail("the catalog has more than 65535 entries");
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < 4 * keys.size()) ++bits;
    std::vector<std::size_t> slots;
    std::uint64_t seed = 0;
    for (bool found = false; !found; ++bits) {
        if (bits > 20) fail("no perfect-hash seed found");
        for (std::uint64_t attempt = 1; attempt <= (std::uint64_t{1} << 20) && !found; ++attempt) {
            seed = (attempt * 0x9E3779B97F4A7C15u) | 1u;
            slots.assign(std::size_t{1} << bits, SIZE_MAX);
            found = true;
            for (auto const& [key, index] : keys) {
                auto& slot = slots[static_cast<std::size_t>((key * seed) >> (64 - bits))];
                if (slot != SIZE_MAX) { found = false; break; }
                slot = index;
            }
        }
        if (found) break;
    }
    // A slot holds (id length << index_bits) | entry index, so that a miss is decided by the slot alone; an
    // empty slot holds entry 0's length and index (an id of that length that hashes there is not entry 0's id,
    // which owns its own slot, so the byte comparison fails).
    std::size_t max_length = 0;
    for (auto const& e : entries) max_length = std::max(max_length, e.id.size());
    bool const small = entries.size() <= 256 && max_length <= 255;
    if (max_length > 65535) fail("a model id is longer than 65535 bytes");
    unsigned const index_bits = small ? 8 : 16;
    char const* const type = small ? "std::uint16_t" : "std::uint32_t";
    auto slot_value = [&](std::size_t index) {
        return (static_cast<std::uint64_t>(entries[index].id.size()) << index_bits) | index;
    };
    o << "/** The perfect hash of `find_model`: the slot of id `s` is `(model_id_hash_key(s) * catalog_hash_seed) >> "
         "catalog_hash_shift`;\n    it holds `(length << catalog_hash_index_bits) | index` of the id's first entry "
         "(entry 0's for an id not in the catalog:\n    the comparison of lengths, then of bytes, decides). The two "
         "tables are variable templates that `find_model` names\n    through its `I` (`detail::dependent_t`), so a TU "
         "that never looks an id up evaluates neither (issue 9). */\n";
    o << "inline constexpr unsigned catalog_hash_index_bits = " << index_bits << ";\n";
    o << "inline constexpr std::uint64_t catalog_hash_seed = " << seed << "u;\n";
    o << "inline constexpr unsigned catalog_hash_shift = " << (64 - bits) << ";\n";
    o << "using catalog_hash_slot = " << type << ";\n";
    o << "template <class Slot = catalog_hash_slot>\n";
    o << "inline constexpr std::array<Slot, " << slots.size() << "> catalog_hash_slots{{";
    for (std::size_t i = 0; i < slots.size(); ++i) {
        o << (i % 16 == 0 ? "\n    " : " ") << slot_value(slots[i] == SIZE_MAX ? 0 : slots[i]) << ",";
    }
    o << "\n}};\n";
    // The id text of each slot, loaded beside the slot rather than through the entry (one dependent load less).
    o << "/// The id of each slot's entry (entry 0's for an empty slot), for the byte comparison of `find_model`.\n";
    o << "inline constexpr char const* catalog_hash_id0 = " << cpp_string(entries[0].id) << ";\n";
    o << "template <class Id = char const*>\n";
    o << "inline constexpr std::array<Id, " << slots.size() << "> catalog_hash_ids{{";
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i] == SIZE_MAX || slots[i] == 0) o << (i % 8 == 0 ? "\n    " : " ") << "catalog_hash_id0,";
        else o << "\n    " << cpp_string(entries[slots[i]].id) << ",";
    }
    o << "\n}};\n\n";
}

std::string write_header(layout const& l, std::vector<entry> const& entries, profile_destinations const& destinations = {}) {
    std::ostringstream o;
    o << l.banner;
    o << "#ifndef " << l.guard << "\n#define " << l.guard << "\n\n";
    if (l.reference) {
        o << "#include <bedrock/foundation_model.hpp>\n\n#include <array>        // std::array (the tables)\n#include <cstdint>      // std::uint8_t, std::uint64_t (the perfect hash)\n#include <string_view>  // std::string_view (the destination regions)\n\n";
    } else {
        o << "#include <bedrock/catalog.hpp>           // bedrock::is_sorted_catalog, bedrock::find_model\n"
             "#include <bedrock/foundation_model.hpp>  // bedrock::foundation_model\n\n"
             "#include <array>  // std::array (the table)\n\n";
    }
    o << "namespace " << l.data_ns << " {\n\n";
    if (l.reference) o << "using std::string_view_literals::operator\"\"sv;  // the tables' literals carry their length\n\n";
    o << "/** The foundation models, sorted by (id, vector_dimensions); " << entries.size() << " entries. */\n";
    o << "inline constexpr std::array<" << l.q << "foundation_model, " << entries.size() << "> " << l.array_name << "{{\n";
    for (auto const& e : entries) {
        if (l.reference) {
            // The built-in catalog: one line per member that differs from its default (less text to parse on
            // every include; docs/performance.md, compile time).
            static char const* const tri[] = {"unknown", "no", "yes"};
            o << "    {.id = " << sv_string(e.id) << ", .provider = " << sv_string(e.provider);
            auto field = [&](char const* name, std::string const& value) { o << ",\n     ." << name << " = " << value; };
            if (e.caps) field("capabilities", caps_expr(e.caps, l.q));
            if (e.alpha_caps) field("alpha_capabilities", caps_expr(e.alpha_caps, l.q));
            if (e.genai_caps) field("genai_capabilities", caps_expr(e.genai_caps, l.q));
            if (e.dims) field("vector_dimensions", std::to_string(e.dims));
            if (e.vectors) field("vector_types", vectors_expr(e.vectors, l.q));
            if (e.packages) field("packages", packages_expr(e.packages, l.q));
            if (!e.alpha_member.empty()) field("alpha_member", sv_string(e.alpha_member));
            if (!e.genai_member.empty()) field("genai_member", sv_string(e.genai_member));
            if (!e.geos.empty()) field("geos", geos_expr(e.geos, l.q));
            if (!e.documented_geos.empty()) field("documented_geos", geos_expr(e.documented_geos, l.q));
            if (e.in_region) field("in_region", l.q + "tristate::" + tri[e.in_region]);
            if (e.unknown_caps) field("unknown_capabilities", e.unknown_caps == all_caps ? l.q + "every_capability" : caps_expr(e.unknown_caps, l.q));
            if (!e.cdk_member.empty()) field("cdk_member", sv_string(e.cdk_member));
            if (!e.base_id.empty()) field("base_model_id", sv_string(e.base_id));
            if (!e.window.empty()) field("context_window", sv_string(e.window));
            o << "},\n";
            continue;
        }
        o << "    {.id = " << cpp_string(e.id) << ",\n";
        o << "     .provider = " << cpp_string(e.provider) << ",\n";
        o << "     .capabilities = " << caps_expr(e.caps, l.q) << ",\n";
        if (l.reference) {
            o << "     .alpha_capabilities = " << caps_expr(e.alpha_caps, l.q) << ",\n";
            o << "     .genai_capabilities = " << caps_expr(e.genai_caps, l.q) << ",\n";
        }
        o << "     .vector_dimensions = " << e.dims << ",\n";
        o << "     .vector_types = " << vectors_expr(e.vectors, l.q);
        if (l.reference) {
            o << ",\n     .packages = " << packages_expr(e.packages, l.q) << ",\n";
            o << "     .alpha_member = " << cpp_string(e.alpha_member) << ",\n";
            o << "     .genai_member = " << cpp_string(e.genai_member);
        }
        if (e.has_availability) {
            static char const* const tri[] = {"unknown", "no", "yes"};
            o << ",\n     .geos = " << geos_expr(e.geos, l.q) << ",\n";
            o << "     .documented_geos = " << geos_expr(e.documented_geos, l.q) << ",\n";
            o << "     .in_region = " << l.q << "tristate::" << tri[e.in_region];
        }
        o << "},\n";
    }
    o << "}};\n\n";
    if (l.reference) write_perfect_hash(o, entries);
    if (l.reference) {
        // Per-profile destination regions (issue 10, point 4), sorted by (model id, geo in bedrock::geo order).
        std::vector<std::pair<std::pair<std::string, std::size_t>, std::set<std::string> const*>> rows;
        for (auto const& [key, regions] : destinations) {
            std::size_t gi = 0;
            while (gi < std::size(geo_order) && key.second != geo_order[gi]) ++gi;
            rows.push_back({{key.first, gi}, &regions});
        }
        std::sort(rows.begin(), rows.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
        o << "// The destination regions AWS's data gives each system-defined profile (the union over its sources).\n";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            o << "inline constexpr std::array<std::string_view, " << rows[i].second->size() << "> profile_destinations_" << i << "{";
            std::size_t k = 0;
            for (auto const& r : *rows[i].second) o << (k++ ? ", " : "") << sv_string(r);
            o << "};  // " << geo_order[rows[i].first.second] << "." << rows[i].first.first << "\n";
        }
        o << "\n/** The system-defined profiles whose destination regions AWS's data gives, sorted by (model id, geo); "
          << rows.size() << " profiles.\n"
             "    A variable template of a dependent type, so that an including TU that never asks for it evaluates none of it\n"
             "    (nor the `std::span` of each row): `bedrock::profile_destinations_table()` names it (<bedrock/catalog.hpp>). */\n";
        o << "template <class Row = profile_destinations>\n";
        o << "inline constexpr std::array<Row, " << rows.size() << "> profile_destinations_data{{\n";
        for (std::size_t i = 0; i < rows.size(); ++i)
            o << "    {.geo_region = geo::" << geo_enumerator(geo_order[rows[i].first.second]) << ", .model_id = "
              << sv_string(rows[i].first.first) << ", .regions = profile_destinations_" << i << "},\n";
        o << "}};\n\n";
    }
    if (!l.reference) {
        o << "static_assert(" << l.q << "is_sorted_catalog(" << l.array_name
          << "), \"entries must be sorted by (id, vector_dimensions) without duplicates\");\n\n";
    }
    if (l.reference) { // the built-in catalog, which every <bedrock/profiles.hpp> includes (a generated one is unchanged)
        o << "/// The first row of @ref " << l.array_name << ", what the named constants below index: one read of a pointer\n"
             "/// constant each, where `" << l.array_name << "[i]` evaluated `std::array::operator[]` for each at every include.\n";
        o << "inline constexpr " << l.q << "foundation_model const* " << l.array_name << "_rows = " << l.array_name << ".data();\n\n";
    }
    o << "} // namespace " << l.data_ns << "\n\n";

    // Named constants, sorted by name.
    std::vector<std::pair<std::string, std::size_t>> constants;
    for (std::size_t i = 0; i < entries.size(); ++i)
        for (auto const& c : entries[i].constants) constants.emplace_back(c, i);
    std::sort(constants.begin(), constants.end());
    for (std::size_t i = 1; i < constants.size(); ++i)
        if (constants[i].first == constants[i - 1].first) fail("two constants named " + constants[i].first);

    o << "/** Named constants for the catalog entries";
    if (l.reference) o << ": one per static member of the reference packages, in snake_case (both names where the packages differ), and one per aws-cdk-lib `FoundationModelIdentifier` member of an id the references lack";
    else o << ", named after the model id in snake_case";
    o << ". */\nnamespace " << l.models_ns << " {\n\n";
    std::string data = l.data_ns + "::" + l.array_name;
    for (auto const& [name, i] : constants) {
        auto const& e = entries[i];
        o << "/// `" << e.id << "`";
        if (e.dims) o << " (" << e.dims << " dimensions)";
        if (l.reference) {
            std::string upper;
            for (char c : name) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            bool alpha = upper == e.alpha_member, genai = upper == e.genai_member;
            o << ": `" << upper << "` in "
              << (alpha && genai ? "alpha and genai" : alpha ? "alpha" : genai ? "genai" : "aws-cdk-lib (capability flags unknown)");
        }
        // `<array>_rows[i]`, not `<array>[i]` nor `<array>.data()[i]`: `operator[]` was evaluated afresh for each
        // constant at every include (~145 kB of g++ memory), `.data()` is a member call each (~50 kB).
        o << ".\ninline constexpr " << l.q << "foundation_model const& " << name << " = " << data << (l.reference ? "_rows[" : "[")
          << i << "];\n";
    }
    o << "\n} // namespace " << l.models_ns << "\n\n#endif // " << l.guard << "\n";
    return o.str();
}

std::string guard_for(std::string const& ns, std::string const& array) {
    std::string g;
    for (char c : ns + "_" + array + "_hpp") {
        if (c == ':') { if (g.empty() || g.back() != '_') g += '_'; }
        else g += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return g;
}

bool is_identifier_path(std::string const& s) {
    if (s.empty()) return false;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
        if (i == start || std::isdigit(static_cast<unsigned char>(s[start]))) return false;
        if (i == s.size()) return true;
        if (s.compare(i, 2, "::") != 0) return false;
        i += 2;
    }
    return false;
}

int usage(std::ostream& os, int rc) {
    os << "usage:\n"
          "  bedrock_gen_catalog --reference <reference-models.json> [--reference-docs <reference-model-docs.json>]\n"
          "                      [--aws-documentation <aws-documentation.json>] [--aws-response <listing.json>]...\n"
          "                      [--aws-observations <observations.json>] [--cdk-identifiers <cdk-foundation-model-identifiers.json>]\n"
          "                      [--output <file>]\n"
          "  bedrock_gen_catalog [--foundation-models <list-foundation-models.json>]...\n"
          "                      [--inference-profiles <list-inference-profiles.json>]...\n"
          "                      --namespace <ns> [--array <name>] [--guard <MACRO>] [--output <file>]\n"
          "  bedrock_gen_catalog --partitions <aws-partitions.json> [--output <file>]\n"
          "Writes a constexpr foundation-model catalog header (or, with --partitions, the partition and region tables) (stdout without --output). See docs/catalog.md.\n";
    return rc;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string reference, partitions, output, ns, array = "catalog", guard, cdk_identifiers;
    std::vector<std::string> fm_files, profile_files;
    availability_inputs avail;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            auto const& a = args[i];
            if (a == "-h" || a == "--help") return usage(std::cout, 0);
            if (i + 1 >= args.size()) { std::cerr << "bedrock_gen_catalog: " << a << " needs a value\n"; return usage(std::cerr, 2); }
            auto const& v = args[++i];
            if (a == "--reference") reference = v;
            else if (a == "--output") output = v;
            else if (a == "--foundation-models") fm_files.push_back(v);
            else if (a == "--inference-profiles") profile_files.push_back(v);
            else if (a == "--namespace") ns = v;
            else if (a == "--array") array = v;
            else if (a == "--guard") guard = v;
            else if (a == "--reference-docs") avail.reference_docs = v;
            else if (a == "--aws-documentation") avail.aws_documentation = v;
            else if (a == "--aws-response") avail.aws_responses.push_back(v);
            else if (a == "--aws-observations") avail.aws_observations = v;
            else if (a == "--partitions") partitions = v;
            else if (a == "--cdk-identifiers") cdk_identifiers = v;
            else { std::cerr << "bedrock_gen_catalog: unknown option " << a << "\n"; return usage(std::cerr, 2); }
        }
        std::string text;
        if (!partitions.empty()) {
            if (!reference.empty() || !fm_files.empty() || !profile_files.empty() || !ns.empty() || avail.any() || !cdk_identifiers.empty())
                { std::cerr << "bedrock_gen_catalog: --partitions takes no other input\n"; return usage(std::cerr, 2); }
            text = partitions_header(partitions);
        } else if (!reference.empty()) {
            if (!fm_files.empty() || !profile_files.empty() || !ns.empty())
                { std::cerr << "bedrock_gen_catalog: --reference takes no CLI inputs and no --namespace\n"; return usage(std::cerr, 2); }
            auto in = read_reference(reference);
            std::string cdk_version;
            if (!cdk_identifiers.empty()) cdk_version = merge_cdk(cdk_identifiers, in.entries);
            profile_destinations destinations;
            read_availability(avail, in.entries, destinations);
            std::string avail_args;
            if (!cdk_identifiers.empty()) avail_args += "\n//       --cdk-identifiers data/" + base_name(cdk_identifiers);
            if (!avail.reference_docs.empty()) avail_args += "\n//       --reference-docs data/" + base_name(avail.reference_docs);
            if (!avail.aws_documentation.empty()) avail_args += "\n//       --aws-documentation data/" + base_name(avail.aws_documentation);
            for (auto const& f : avail.aws_responses) avail_args += "\n//       --aws-response data/aws-responses/" + base_name(f);
            if (!avail.aws_observations.empty()) avail_args += "\n//       --aws-observations data/aws-responses/" + base_name(avail.aws_observations);
            layout l;
            l.reference = true;
            l.banner = "// GENERATED by tools/gen_catalog from data/reference-models.json (@aws-cdk/aws-bedrock-alpha " +
                       in.alpha_version + ", @cdklabs/generative-ai-cdk-constructs " + in.genai_version + ")" +
                       (cdk_version.empty() ? std::string() : " and data/cdk-foundation-model-identifiers.json (aws-cdk-lib " + cdk_version + ")") +
                       ". DO NOT EDIT.\n"
                       "// Regenerate (from the repository root; docs/catalog.md):\n"
                       "//   node tools/reference/extract_models.js      # needs `npm ci --prefix tools/reference`\n"
                       "//   cmake --build <build-dir> --target bedrock_regenerate_catalog\n"
                       "// which runs: bedrock_gen_catalog --reference data/reference-models.json" + avail_args +
                       "\n//       --output include/bedrock/models.hpp\n"
                       "// Availability per geo: AWS data (--aws-*) first, then the references' docs (--reference-docs),\n"
                       "// then the references' supportsCrossRegion over their seven geos (assumed; docs/catalog.md).\n";
            l.guard = "BEDROCK_MODELS_HPP";
            l.data_ns = "bedrock::detail";
            l.array_name = "catalog_data";
            l.models_ns = "bedrock::models";
            l.q = "";
            text = write_header(l, in.entries, destinations);
        } else {
            if (avail.any() || !cdk_identifiers.empty())
                { std::cerr << "bedrock_gen_catalog: --reference-docs, --cdk-identifiers and --aws-* need --reference\n"; return usage(std::cerr, 2); }
            if (fm_files.empty() && profile_files.empty())
                { std::cerr << "bedrock_gen_catalog: give --reference or at least one CLI input\n"; return usage(std::cerr, 2); }
            if (!is_identifier_path(ns) || ns == "bedrock" || ns.rfind("bedrock::", 0) == 0)
                { std::cerr << "bedrock_gen_catalog: --namespace must be a C++ namespace (a::b) outside bedrock\n"; return usage(std::cerr, 2); }
            if (!is_identifier_path(array) || array.find(':') != std::string::npos)
                { std::cerr << "bedrock_gen_catalog: --array must be an identifier\n"; return usage(std::cerr, 2); }
            auto in = read_cli(fm_files, profile_files);
            layout l;
            std::string sources, cmd;
            for (std::size_t i = 0; i < in.files.size(); ++i) sources += (i ? ", " : "") + in.files[i];
            for (auto const& f : fm_files) cmd += " --foundation-models " + base_name(f);
            for (auto const& f : profile_files) cmd += " --inference-profiles " + base_name(f);
            cmd += " --namespace " + ns;
            if (array != "catalog") cmd += " --array " + array;
            if (!guard.empty()) cmd += " --guard " + guard;
            l.banner = "// GENERATED by tools/gen_catalog from AWS CLI output (" + sources + "). DO NOT EDIT.\n"
                       "// Regenerate: bedrock_gen_catalog" + cmd + " --output <this file>\n";
            l.guard = guard.empty() ? guard_for(ns, array) : guard;
            l.data_ns = ns;
            l.array_name = array;
            l.models_ns = ns + "::models";
            l.q = "::bedrock::";
            text = write_header(l, in.entries);
        }
        if (output.empty()) {
            std::cout << text;
        } else {
            std::ofstream out(output, std::ios::binary | std::ios::trunc);
            if (!out) fail("cannot write " + output);
            out << text;
            if (!out.flush()) fail("cannot write " + output);
        }
        return 0;
    } catch (std::exception const& e) {
        std::cerr << "bedrock_gen_catalog: " << e.what() << "\n";
        return 1;
    }
}
