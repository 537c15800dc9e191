// Issue 11, "the JSON reader and parse give the same verdict on every row": every row of the identifier tables
// (tests/data/field-identifiers.tsv, tests/unit/bedrock_arn_kind_rows.hpp, tests/unit/identifier_table_rows.hpp)
// is embedded in every identifier member the JSON reader checks, and the reader's verdict (accept, or
// invalid_value with the checker's code and offset) must be the one parse gives for that member's kind:
//   ARN members: parse_bedrock_arn's error; `wrong_resource_type` at the resource type when the ARN parses to a
//     kind the member does not take (the kinds are written out here, independently of the library); and, where
//     AWS's pattern is narrower than the typed parser, the pattern's error (AWS wins; only the two documented
//     cases of docs/identifiers.md "One verdict" may occur, and each must occur at least once).
//   inferenceProfileId: the profile-id parsers, and `parse` (the classifier) must call the string a profile id
//     exactly when the reader accepts it.
//   modelId (BedrockModelId): check_model_id of the text before `/`; `parse` must call a slash-less string a
//     foundation-model id exactly when the reader accepts it.
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>

#include <bedrock/api.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/shape.hpp>
#include <bedrock_test/catch.hpp>

#include <boost/json.hpp>

#include <cstddef>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/bedrock_arn_kind_rows.hpp"
#include "../unit/identifier_table_rows.hpp"

namespace {

using bedrock::errc;
using bedrock::parse_error;
using bedrock::resource_kind;
using bedrock::shape;

std::vector<std::string> every_row() {
    std::vector<std::string> rows;
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/field-identifiers.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) rows.push_back(line.substr(0, line.find('\t')));
    REQUIRE(rows.size() == 388);
    for (auto const& r : bedrock_test::arn_kind_rows) rows.emplace_back(r.input);
    for (auto const& r : bedrock_test::identifier_rows()) rows.push_back(r.input);
    return rows;
}

// The reader's verdict on one member: nullopt = accepted; otherwise the checker's code and offset. A document
// that fails for another reason (the text is no valid UTF-8, so it cannot be a JSON string) is `unreadable`.
struct reader_verdict {
    bool unreadable = false;
    std::optional<parse_error> error;
};

template <class T>
reader_verdict read_member(boost::json::object doc, std::string_view member, std::string_view value,
                           std::string_view pointer) {
    doc[member] = boost::json::string(value);
    auto const r = bedrock::parse_document<T>(boost::json::serialize(doc), bedrock::read_mode::strict);
    if (r) return {};
    if (r.error().code != bedrock::json_errc::invalid_value || r.error().pointer != pointer) {
        UNSCOPED_INFO("reader: " << r.error().message);
        return {true, std::nullopt};
    }
    return {false, r.error().value_error};
}

boost::json::object summary_base() {
    return boost::json::parse(
               R"({"inferenceProfileName":"n","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0","inferenceProfileId":"us.amazon.nova-pro-v1:0","status":"ACTIVE","type":"SYSTEM_DEFINED","models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}]})")
        .as_object();
}

boost::json::object fm_summary_base() {
    return boost::json::parse(R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0","modelId":"amazon.nova-pro-v1:0"})")
        .as_object();
}

// One ARN member of the reader: its shape, the kinds it takes (written out here), and how to read it.
struct arn_member {
    char const* where;
    shape sh;
    std::initializer_list<resource_kind> kinds;
    reader_verdict (*read)(std::string_view);
};

constexpr auto fm = resource_kind::foundation_model;
constexpr auto ip = resource_kind::inference_profile;
constexpr auto aip = resource_kind::application_inference_profile;

arn_member const arn_members[] = {
    {"InferenceProfileModel.modelArn", shape::foundation_model_arn_relaxed, {fm},
     [](std::string_view v) { return read_member<bedrock::inference_profile_model>({}, "modelArn", v, "/modelArn"); }},
    {"InferenceProfileSummary.models[0].modelArn", shape::foundation_model_arn_relaxed, {fm},
     [](std::string_view v) {
         auto doc = summary_base();
         doc["models"] = boost::json::array{boost::json::object{{"modelArn", boost::json::string(v)}}};
         auto const r = bedrock::parse_document<bedrock::inference_profile_summary>(boost::json::serialize(doc), bedrock::read_mode::strict);
         if (r) return reader_verdict{};
         if (r.error().code != bedrock::json_errc::invalid_value || r.error().pointer != "/models/0/modelArn")
             return reader_verdict{true, std::nullopt};
         return reader_verdict{false, r.error().value_error};
     }},
    {"FoundationModelSummary.modelArn", shape::foundation_model_arn_relaxed, {fm},
     [](std::string_view v) { return read_member<bedrock::foundation_model_summary>(fm_summary_base(), "modelArn", v, "/modelArn"); }},
    {"CreateInferenceProfileResponse.inferenceProfileArn", shape::inference_profile_arn, {ip, aip},
     [](std::string_view v) {
         return read_member<bedrock::create_inference_profile_response>({}, "inferenceProfileArn", v, "/inferenceProfileArn");
     }},
    {"InferenceProfileSummary.inferenceProfileArn", shape::inference_profile_arn, {ip, aip},
     [](std::string_view v) {
         return read_member<bedrock::inference_profile_summary>(summary_base(), "inferenceProfileArn", v, "/inferenceProfileArn");
     }},
    {"InferenceProfileModelSource.copyFrom", shape::inference_profile_model_source_arn, {fm, ip},
     [](std::string_view v) { return read_member<bedrock::inference_profile_model_source>({}, "copyFrom", v, "/copyFrom"); }},
    {"CFN InferenceProfileModelSource.CopyFrom", shape::inference_profile_model_source_arn, {fm, ip},
     [](std::string_view v) { return read_member<bedrock::cfn_model_source>({}, "CopyFrom", v, "/CopyFrom"); }},
    {"PromptRouterTargetModel.modelArn", shape::prompt_router_target_model_arn, {fm, ip, aip},
     [](std::string_view v) { return read_member<bedrock::prompt_router_target_model>({}, "modelArn", v, "/modelArn"); }},
};

bool takes(arn_member const& m, resource_kind k) {
    for (auto const x : m.kinds)
        if (x == k) return true;
    return false;
}

// The partitions of the `arn:aws(|-us-gov|-cn|-iso|-iso-b):` patterns (InferenceProfileArn,
// InferenceProfileModelSourceArn).
bool in_five_partitions(std::string_view p) {
    return p == "aws" || p == "aws-us-gov" || p == "aws-cn" || p == "aws-iso" || p == "aws-iso-b";
}

void check_same(std::optional<parse_error> const& got, std::optional<parse_error> const& want) {
    REQUIRE(got.has_value() == want.has_value());
    if (!want) return;
    CHECK(bedrock::to_string(got->code) == bedrock::to_string(want->code));
    CHECK(got->offset == want->offset);
}

} // namespace

TEST_CASE("one verdict: every ARN member of the JSON reader says what parse_bedrock_arn says for its kinds", "[one_verdict]") {
    auto const rows = every_row();
    std::size_t accepted = 0, wrong_kind = 0, parse_rejects = 0, unreadable = 0;
    std::size_t narrower_partition = 0, narrower_region_less = 0;
    for (auto const& m : arn_members) {
        for (auto const& s : rows) {
            CAPTURE(m.where, s);
            auto const got = m.read(s);
            auto const b = bedrock::parse_bedrock_arn(s);
            // the CLI's parse (the classifier) says the same as parse_bedrock_arn on every ARN
            // (read as text from the service: an unrecognised geo in a profile ARN is kept, read_bedrock_arn)
            if (s.substr(0, 4) == "arn:") {
                auto const c = bedrock::classify_model_identifier(s);
                auto const lenient = bedrock::read_bedrock_arn(s);
                CHECK(c.valid() == lenient.has_value());
                if (!lenient) CHECK(c.error == lenient.error());
                CHECK(lenient.has_value() == (b.has_value() || c.geo_unrecognised()));
            }
            if (got.unreadable) {
                ++unreadable;
                CHECK_FALSE(b.has_value()); // only text that is no JSON string at all
                continue;
            }
            std::optional<parse_error> want;
            if (!b) {
                want = b.error();
                ++parse_rejects;
            } else if (!takes(m, b->kind)) {
                want = parse_error{errc::wrong_resource_type, b->arn.offset_of(4)};
                ++wrong_kind;
            } else if (auto const aws = bedrock::check_syntax(m.sh, s)) {
                // AWS's pattern is narrower than the typed parser: AWS wins, in the two documented cases only
                bool const partition_case = m.sh != shape::foundation_model_arn_relaxed && !in_five_partitions(b->arn.partition());
                bool const region_less_case = m.sh == shape::prompt_router_target_model_arn && b->region_less();
                CHECK((partition_case || region_less_case));
                narrower_partition += partition_case ? 1 : 0;
                narrower_region_less += region_less_case ? 1 : 0;
                want = aws;
            } else {
                ++accepted;
            }
            check_same(got.error, want);
        }
    }
    CHECK(accepted > 500);
    CHECK(wrong_kind > 500);
    CHECK(parse_rejects > 1000);
    CHECK(unreadable < 40);
    CHECK(narrower_partition >= 1);
    CHECK(narrower_region_less >= 1);
}

TEST_CASE("one verdict: inferenceProfileId is read as parse reads a profile id", "[one_verdict]") {
    std::size_t accepted = 0, rejected = 0;
    for (auto const& s : every_row()) {
        CAPTURE(s);
        auto const got = read_member<bedrock::inference_profile_summary>(summary_base(), "inferenceProfileId", s, "/inferenceProfileId");
        if (got.unreadable) continue;
        std::optional<parse_error> want;
        if (bedrock::check_application_profile_id(s)) want = bedrock::check_profile_id(s);
        if (!want) want = bedrock::check_syntax(shape::inference_profile_id, s); // the 64-byte limit of AWS
        check_same(got.error, want);
        auto const c = bedrock::classify_model_identifier(s);
        bool const parse_says_profile = c.kind == bedrock::identifier_kind::cross_region_profile_id ||
                                        c.kind == bedrock::identifier_kind::application_profile_id;
        if (!got.error) {
            CHECK(parse_says_profile);
            ++accepted;
        } else {
            CHECK((!parse_says_profile || s.size() > 64 || c.geo_unrecognised())); // strict: no unknown geo
            // a string parse reads as a profile id (a known geo, then `.`) fails with parse's code and offset
            auto const dot = s.find('.');
            if (!c.valid() && s.size() <= 64 && dot != std::string::npos && bedrock::parse_geo(std::string_view(s).substr(0, dot)))
                CHECK(c.error == *got.error);
            ++rejected;
        }
    }
    CHECK(accepted > 50);
    CHECK(rejected > 300);
}

TEST_CASE("one verdict: FoundationModelSummary.modelId is read as parse reads a model id", "[one_verdict]") {
    std::size_t accepted = 0, rejected = 0, narrower = 0;
    for (auto const& s : every_row()) {
        CAPTURE(s);
        auto const got = read_member<bedrock::foundation_model_summary>(fm_summary_base(), "modelId", s, "/modelId");
        if (got.unreadable) continue;
        auto want = bedrock::check_model_id(std::string_view(s).substr(0, s.find('/')));
        if (!want) want = bedrock::check_syntax(shape::bedrock_model_id, s);
        check_same(got.error, want);
        if (s.find('/') == std::string::npos) {
            // parse calls it a model id exactly when the reader accepts it, except where AWS's BedrockModelId is
            // narrower than the model-id grammar (two bytes at least after the first `.`: `a.b`); a string that
            // is also a profile id with an unrecognised geo (`zz.anthropic.…`) counts as the model id it also is
            auto const c = bedrock::classify_model_identifier(s);
            bool const model_id = c.kind == bedrock::identifier_kind::foundation_model_id ||
                                  (c.geo_unrecognised() && !bedrock::check_model_id(s));
            bool const aws_narrower = model_id && bedrock::check_syntax(shape::bedrock_model_id, s).has_value();
            if (aws_narrower) ++narrower;
            CHECK((model_id && !aws_narrower) == !got.error.has_value());
        }
        ++(got.error ? rejected : accepted);
    }
    CHECK(accepted >= 10);
    CHECK(rejected > 300);
    CHECK(narrower >= 1);
}

TEST_CASE("one verdict: check_typed and check_strict accept and reject the same strings on every shape", "[one_verdict]") {
    auto const rows = every_row();
    for (auto const sh : bedrock::all_shapes) {
        for (auto const& s : rows) {
            CAPTURE(bedrock::to_string(sh), s);
            CHECK(bedrock::check_typed(sh, s).has_value() == bedrock::check_strict(sh, s).has_value());
        }
    }
}
