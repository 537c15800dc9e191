// bench_scaling: cost per byte, allocations and peak heap of every hostile-input path (issue 14 item 4) at
// inputs of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB, to show that time and memory grow linearly (or not at all)
// with the input. One tab-separated line per cell, which scripts/bench turns into a table:
//
//   hostile  group  subject  size_label  input_bytes  ns_per_byte  allocations_per_call  peak_heap_over_input
//
// - ns_per_byte: the median over BEDROCK_BENCH_SCALE_ROUNDS rounds (default 5) of one calibrated batch,
//   divided by the input size; a flat row is linear, a falling row means the path stops reading early.
// - allocations_per_call: calls of operator new during one call (replaced in ../ratios/alloc_count.cpp).
// - peak_heap_over_input: the highest live heap during one call above what was live before it, divided by
//   the input size (0 for the allocation-free parsers).
//
//   bench_scaling [--max=BYTES]   (default 10 MB; --max=1048576 stops at 1 MB)
//
// Inputs are built here, deterministically: a ListInferenceProfiles response of that size
// (../ratios/response_generator.hpp), the same list's items replaced by numbers (F7), one huge string
// member (nextToken), a stream of valid identifiers, one identifier of that size, an application profile with that many
// bytes of tags (F5) and a copyFrom of `${` repeated (F6). Every input is checked to give the verdict the
// row is about before it is timed.
#include <bedrock/application_profile.hpp>
#include <bedrock/json/api.hpp>
#include <bedrock/profiles.hpp>

#include "../ratios/harness.hpp"
#include "../ratios/response_generator.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using bench::side;
using list_response = bedrock::list_inference_profiles_response;

[[noreturn]] void fail(std::string const& what) {
    std::fprintf(stderr, "bench_scaling: %s\n", what.c_str());
    std::exit(2);
}
void expect(bool ok, char const* what) {
    if (!ok) fail(std::string("input does not give the expected verdict: ") + what);
}

double peak_heap(side const& s) {
    auto const before = bench::heap().live_bytes;
    bench::reset_peak();
    s.run(1);
    return double(bench::heap().peak_bytes - before);
}

void cell(char const* group, char const* subject, char const* size_label, double input_bytes, side s) {
    s.items = input_bytes; // ns per byte
    double const ns = bench::measure_alone(s);
    double const allocs = bench::allocations_per_item(s, 1) * input_bytes;
    double const peak = peak_heap(s);
    std::printf("hostile\t%s\t%s\t%s\t%.0f\t%.3f\t%.0f\t%.2f\n", group, subject, size_label, input_bytes, ns, allocs,
                peak / input_bytes);
    std::fflush(stdout);
}

/// Identifiers appended to one buffer until it holds `bytes`; views into it.
struct identifier_stream {
    std::string buffer;
    std::vector<std::string_view> views;
    identifier_stream(std::vector<std::string_view> const& pool, std::size_t bytes) {
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (std::size_t k = 0; buffer.size() < bytes; ++k) {
            auto const s = pool[k % pool.size()];
            spans.emplace_back(buffer.size(), s.size());
            buffer += s;
        }
        for (auto [at, len] : spans) views.emplace_back(buffer.data() + at, len);
    }
};

} // namespace

int main(int argc, char** argv) {
    std::size_t max_bytes = 10u << 20;
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        if (a.starts_with("--max=")) max_bytes = std::strtoull(std::string(a.substr(6)).c_str(), nullptr, 10);
        else fail("usage: bench_scaling [--max=BYTES]");
    }
    if (char const* e = std::getenv("BEDROCK_BENCH_SCALE_ROUNDS"); e && std::atoi(e) > 0) bench::config().rounds = std::atoi(e);
    else bench::config().rounds = 5;

    bench::response_generator const gen;
    std::vector<std::string_view> const arns{
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"};
    std::vector<std::string_view> const ids{"anthropic.claude-3-5-sonnet-20241022-v2:0", "us.amazon.nova-pro-v1:0",
                                            "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
                                            "a1b2c3d4e5f6"};
    struct size_step {
        char const* label;
        std::size_t bytes;
    };
    constexpr size_step steps[] = {{"1 KB", 1u << 10}, {"10 KB", 10u << 10}, {"100 KB", 100u << 10},
                                   {"1 MB", 1u << 20}, {"10 MB", 10u << 20}};
    for (auto const& step : steps) {
        if (step.bytes > max_bytes) break;
        char const* const L = step.label;

        // ---- JSON reader and writer ----
        auto const doc = gen.of_size(step.bytes);
        auto const typed = bedrock::parse_document<list_response>(doc);
        expect(typed.has_value(), "the generated response reads");
        cell("json", "parse_document<ListInferenceProfiles>", L, double(doc.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::parse_document<list_response>(doc);
                     bench::keep(r);
                 }
             }});
        cell("json", "parse_json (DOM)", L, double(doc.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::parse_json(doc);
                     bench::keep(r);
                 }
             }});
        auto const out = bedrock::serialize_document(*typed);
        cell("json", "serialize_document", L, double(out.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto s = bedrock::serialize_document(*typed);
                     bench::keep(s);
                 }
             }});
        auto const dom = bedrock::parse_json(doc);
        cell("json", "format_json (DOM, CLI layout)", L, double(doc.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto s = bedrock::format_json(*dom, bedrock::json_layout::cli);
                     bench::keep(s);
                 }
             }});
        // F7: a list of wrong items: refused at item 0, nothing sized from the array's length.
        std::string wrong = R"({"inferenceProfileSummaries":[)";
        while (wrong.size() < step.bytes) wrong += "1,";
        wrong += "1]}";
        expect(!bedrock::parse_document<list_response>(wrong), "a list of numbers is refused");
        cell("json", "parse_document: list of wrong items (refused)", L, double(wrong.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::parse_document<list_response>(wrong);
                     bench::keep(r);
                 }
             }});
        // One huge string member (a response's nextToken is read as the service sent it, at any length).
        std::string huge = R"({"inferenceProfileSummaries":[],"nextToken":")" + std::string(step.bytes, 'a') + "\"}";
        cell("json", "parse_document: one huge nextToken", L, double(huge.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::parse_document<list_response>(huge);
                     bench::keep(r);
                 }
             }});

        // ---- identifier parsers ----
        identifier_stream const arn_stream(arns, step.bytes);
        for (auto s : arn_stream.views) expect(bedrock::parse_bedrock_arn(s).has_value(), "every ARN of the stream parses");
        cell("identifiers", "parse_bedrock_arn, a stream of ARNs", L, double(arn_stream.buffer.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i)
                     for (auto s : arn_stream.views) {
                         auto r = bedrock::parse_bedrock_arn(s);
                         bench::keep(r);
                     }
             }});
        identifier_stream const id_stream(ids, step.bytes);
        cell("identifiers", "classify_model_identifier, a stream of ids", L, double(id_stream.buffer.size()),
             {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i)
                     for (auto s : id_stream.views) {
                         auto c = bedrock::classify_model_identifier(s);
                         bench::keep(c);
                     }
             }});
        std::string const one_arn = "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(step.bytes, 'a');
        expect(!bedrock::parse_bedrock_arn(one_arn), "a huge ARN is refused");
        cell("identifiers", "parse_bedrock_arn, one ARN of that size (refused)", L, double(one_arn.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::parse_bedrock_arn(one_arn);
                     bench::keep(r);
                 }
             }});
        cell("identifiers", "classify_model_identifier, one id of that size", L, double(one_arn.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto c = bedrock::classify_model_identifier(one_arn);
                     bench::keep(c);
                 }
             }});
        std::string euro;
        while (euro.size() < step.bytes) euro += "\xE2\x82\xAC"; // U+20AC: 3 bytes, one code point
        cell("identifiers", "check_syntax(PaginationToken), multi-byte text", L, double(euro.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto r = bedrock::check_syntax(bedrock::shape::pagination_token, euro);
                     bench::keep(r);
                 }
             }});

        // ---- application profiles: validate() and the CDK tag order (F5), copyFrom full of `${` (F6) ----
        bedrock::application_profile p;
        p.name = "scaling";
        p.source = bedrock::model_source::from_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
        std::size_t tag_bytes = 0;
        for (std::size_t k = 0; tag_bytes < step.bytes; ++k) {
            p.tags.push_back({"key-" + std::to_string(k * 7919 % 1000003), "value"});
            tag_bytes += p.tags.back().key.size() + p.tags.back().value.size();
        }
        cell("profiles", "validate(), tags of that many bytes", L, double(tag_bytes), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto v = bedrock::validate(p);
                     bench::keep(v);
                 }
             }});
        cell("profiles", "sort_tags_like_cdk, same tags", L, double(tag_bytes), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto t = p.tags;
                     bedrock::sort_tags_like_cdk(t);
                     bench::keep(t);
                 }
             }});
        bedrock::application_profile q;
        q.name = "scaling";
        std::string dollar = "arn:";
        while (dollar.size() < step.bytes) dollar += "${";
        q.source = bedrock::model_source::from_arn(dollar);
        expect(!bedrock::validate(q).empty(), "a copyFrom full of ${ is refused");
        cell("profiles", "validate(), copyFrom full of '${'", L, double(dollar.size()), {[&](std::uint64_t n) {
                 for (std::uint64_t i = 0; i < n; ++i) {
                     auto v = bedrock::validate(q);
                     bench::keep(v);
                 }
             }});
    }
}
