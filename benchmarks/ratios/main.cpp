// bench_ratios: every hot path of the library beside the baseline a user would otherwise have, in one run,
// printed as tab-separated rows that scripts/bench turns into one table (issue 13), followed by the
// scaling cells (cost per byte at 1 KB … 10 MB). Inputs are the files in benchmarks/data and a
// deterministic ListInferenceProfiles response (response_generator.hpp).
//
//   bench_ratios [--data=DIR] [--no-rows] [--no-scale]
//   BEDROCK_BENCH_ROUNDS (default 11), BEDROCK_BENCH_BATCH_MS (default 4), BEDROCK_BENCH_SCALE_ROUNDS (default 5)
//
// Before timing, every input is checked to give the expected verdict, so no row measures an error path by
// accident.
#include <bedrock/profiles.hpp>
#include <bedrock/json/api.hpp>

#include "harness.hpp"
#include "perfect_hash.hpp"
#include "response_generator.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#if BEDROCK_BENCH_HAVE_NLOHMANN
#include <nlohmann/json.hpp>
#endif

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#ifndef BEDROCK_BENCH_DATA_DIR
#define BEDROCK_BENCH_DATA_DIR "benchmarks/data"
#endif

namespace {

using bench::side;

[[noreturn]] void fail(std::string const& what) {
    std::fprintf(stderr, "bench_ratios: %s\n", what.c_str());
    std::exit(2);
}

/// The non-empty lines of a data file that do not start with '#'.
std::vector<std::string> read_lines(std::string const& path) {
    std::ifstream in(path);
    if (!in) fail("cannot read " + path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') out.push_back(line);
    return out;
}

/// The second tab-separated column (or the first, if only one), and the first column in `keys`.
std::vector<std::string> column(std::vector<std::string> const& lines, std::vector<std::string>* keys = nullptr) {
    std::vector<std::string> out;
    for (auto const& l : lines) {
        auto const tab = l.find('\t');
        out.push_back(tab == std::string::npos ? l : l.substr(tab + 1));
        if (keys) keys->push_back(tab == std::string::npos ? std::string() : l.substr(0, tab));
    }
    return out;
}

/// The floor every identifier row is divided by: one scalar pass summing the same bytes, one load and
/// one add per byte. The empty asm keeps the compiler from vectorising it (a parser that looks at every
/// byte cannot be summed 32 bytes at a time either), so it is the same floor as the Go and JS loops.
side byte_sum(std::vector<std::string> const& inputs) {
    return {[&inputs](std::uint64_t n) {
                for (std::uint64_t i = 0; i < n; ++i)
                    for (auto const& s : inputs) {
                        unsigned sum = 0;
                        for (unsigned char c : s) {
                            sum += c;
                            asm("" : "+r"(sum));
                        }
                        bench::keep(sum);
                    }
            },
            double(inputs.size())};
}

/// What a user writes without a library: split at the first five ':' into std::strings.
struct naive_arn {
    std::string partition, service, region, account, resource;
};
bool naive_split(std::string const& s, naive_arn& out) {
    std::size_t p[5];
    std::size_t from = 0;
    for (auto& pos : p) {
        pos = s.find(':', from);
        if (pos == std::string::npos) return false;
        from = pos + 1;
    }
    if (s.substr(0, p[0]) != "arn") return false;
    out.partition = s.substr(p[0] + 1, p[1] - p[0] - 1);
    out.service = s.substr(p[1] + 1, p[2] - p[1] - 1);
    out.region = s.substr(p[2] + 1, p[3] - p[2] - 1);
    out.account = s.substr(p[3] + 1, p[4] - p[3] - 1);
    out.resource = s.substr(p[4] + 1);
    return true;
}

std::string fmt(char const* f, double a, double b = 0) {
    char buf[160];
    std::snprintf(buf, sizeof buf, f, a, b);
    return buf;
}

/// Peak live heap bytes during one call of `s`, above what was live before it.
double peak_heap(side const& s) {
    auto const before = bench::heap().live_bytes;
    bench::reset_peak();
    s.run(1);
    return double(bench::heap().peak_bytes - before);
}

using list_response = bedrock::list_inference_profiles_response;

void identifier_rows(std::string const& data) {
    std::vector<std::string> shapes;
    auto const arns = column(read_lines(data + "/arns.tsv"), &shapes);
    auto const valid_ids = read_lines(data + "/model_identifiers_valid.txt");
    auto const invalid_ids = read_lines(data + "/model_identifiers_invalid.txt");
    for (auto const& a : arns)
        if (!bedrock::parse_bedrock_arn(a)) fail("arns.tsv: not a valid Bedrock ARN: " + a);
    for (auto const& s : valid_ids)
        if (!bedrock::classify_model_identifier(s).valid()) fail("model_identifiers_valid.txt: classified invalid: " + s);
    for (auto const& s : invalid_ids)
        if (bedrock::classify_model_identifier(s).valid()) fail("model_identifiers_invalid.txt: classified valid: " + s);

    auto const floor_arns = byte_sum(arns);
    side const parse_bedrock{[&](std::uint64_t n) {
                                 for (std::uint64_t i = 0; i < n; ++i)
                                     for (auto const& s : arns) {
                                         auto r = bedrock::parse_bedrock_arn(s);
                                         bench::keep(r);
                                     }
                             },
                             double(arns.size())};
    bench::print_row("identifiers", "parse_bedrock_arn (4 ARNs, 93 B avg)", "byte-sum scan of the same bytes",
                     bench::measure_pair(parse_bedrock, floor_arns), "≤ 1.0", "target 0 allocations");

    side const parse_generic{[&](std::uint64_t n) {
                                 for (std::uint64_t i = 0; i < n; ++i)
                                     for (auto const& s : arns) {
                                         auto r = bedrock::parse_arn(s);
                                         bench::keep(r);
                                     }
                             },
                             double(arns.size())};
    bench::print_row("identifiers", "parse_arn (split only)", "byte-sum scan", bench::measure_pair(parse_generic, floor_arns),
                     "≤ 0.5", "keep (0.46× in issue 13)");

    auto classify = [](std::vector<std::string> const& in) {
        return side{[&in](std::uint64_t n) {
                        for (std::uint64_t i = 0; i < n; ++i)
                            for (auto const& s : in) {
                                auto c = bedrock::classify_model_identifier(s);
                                bench::keep(c);
                            }
                    },
                    double(in.size())};
    };
    bench::print_row("identifiers", "classify_model_identifier, valid (11 kinds)", "byte-sum scan",
                     bench::measure_pair(classify(valid_ids), byte_sum(valid_ids)), "≤ 1.5");
    bench::print_row("identifiers", "classify_model_identifier, invalid (8 mistakes)", "byte-sum scan",
                     bench::measure_pair(classify(invalid_ids), byte_sum(invalid_ids)), "≤ 2.5");

    // What users would otherwise use, on the same ARNs and against the same floor.
    std::vector<std::regex> regexes;
    {
        std::vector<std::string> names;
        auto const patterns = column(read_lines(data + "/arn_patterns.tsv"), &names);
        for (auto const& shape : shapes) {
            std::size_t k = 0;
            while (k < names.size() && names[k] != shape) ++k;
            if (k == names.size()) fail("arn_patterns.tsv: no pattern for " + shape);
            regexes.emplace_back(patterns[k], std::regex::ECMAScript | std::regex::optimize);
        }
        for (std::size_t i = 0; i < arns.size(); ++i)
            if (!std::regex_match(arns[i], regexes[i])) fail("std::regex rejects " + arns[i]);
    }
    side const regex_side{[&](std::uint64_t n) {
                              for (std::uint64_t i = 0; i < n; ++i)
                                  for (std::size_t k = 0; k < arns.size(); ++k) {
                                      bool ok = std::regex_match(arns[k], regexes[k]);
                                      bench::keep(ok);
                                  }
                          },
                          double(arns.size())};
    bench::print_row("alternatives", "std::regex_match, AWS's pattern per ARN", "byte-sum scan",
                     bench::measure_pair(regex_side, floor_arns), "—", "validates the pattern only; no parts");
    side const naive_side{[&](std::uint64_t n) {
                              for (std::uint64_t i = 0; i < n; ++i)
                                  for (auto const& s : arns) {
                                      naive_arn a;
                                      bool ok = naive_split(s, a);
                                      bench::keep(ok);
                                      bench::keep(a);
                                  }
                          },
                          double(arns.size())};
    bench::print_row("alternatives", "naive split into std::strings", "byte-sum scan",
                     bench::measure_pair(naive_side, floor_arns), "—", "validates nothing");
}

void catalog_rows() {
    std::vector<std::pair<std::string_view, bedrock::foundation_model const*>> entries;
    std::unordered_map<std::string_view, bedrock::foundation_model const*> map;
    for (auto const& m : bedrock::catalog)
        if (map.emplace(m.id, &m).second) entries.emplace_back(m.id, &m);
    bench::perfect_hash<bedrock::foundation_model const*> const ph(entries);

    // Copies, so that no lookup sees the catalog's own pointers. Misses: realistic near-misses of each id
    // (a profile id where a model id is expected, an unknown version).
    std::vector<std::string> hits, misses;
    for (auto const& [id, m] : entries) {
        hits.emplace_back(id);
        misses.push_back(std::string(id.size() % 2 ? "us." : "") + std::string(id) + (id.size() % 2 ? "" : "-v9"));
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (bedrock::find_model(hits[i]) != ph.find(hits[i], nullptr) || bedrock::find_model(hits[i]) != map.at(hits[i]))
            fail("lookups disagree on " + hits[i]);
        if (bedrock::find_model(misses[i]) || ph.find(misses[i], nullptr) || map.count(misses[i]))
            fail("a miss was found: " + misses[i]);
    }
    auto with = [](std::vector<std::string> const& keys, auto lookup) {
        return side{[&keys, lookup](std::uint64_t n) {
                        for (std::uint64_t i = 0; i < n; ++i)
                            for (auto const& k : keys) {
                                auto const* m = lookup(k);
                                bench::keep(m);
                            }
                    },
                    double(keys.size())};
    };
    auto const library = [](std::string const& k) { return bedrock::find_model(k); };
    auto const umap = [&map](std::string const& k) {
        auto it = map.find(k);
        return it == map.end() ? nullptr : it->second;
    };
    auto const hash = [&ph](std::string const& k) { return ph.find(k, nullptr); };
    auto const n = std::to_string(hits.size());
    auto const note = "perfect hash: " + std::to_string(ph.table_size()) + " slots, start-up seed search";
    bench::print_row("catalog", "find_model, hits (" + n + " ids)", "std::unordered_map<std::string_view, …>",
                     bench::measure_pair(with(hits, library), with(hits, umap)), "—", "2× in issue 13");
    bench::print_row("catalog", "find_model, hits", "perfect hash over the catalog ids",
                     bench::measure_pair(with(hits, library), with(hits, hash)), "≤ 1.0", note);
    bench::print_row("catalog", "find_model, misses (" + n + " near-misses)", "std::unordered_map<std::string_view, …>",
                     bench::measure_pair(with(misses, library), with(misses, umap)), "—");
    bench::print_row("catalog", "find_model, misses", "perfect hash over the catalog ids",
                     bench::measure_pair(with(misses, library), with(misses, hash)), "≤ 1.0");
    // The path find_model(id) took before the generated perfect hash: binary search over the sorted table (what
    // find_model(table, id) still does for a user's table), on the same catalog.
    auto const binary = [](std::string const& k) { return bedrock::find_model(std::span<bedrock::foundation_model const>(bedrock::catalog), k); };
    bench::print_row("catalog", "binary search (find_model(table, id)), hits", "perfect hash over the catalog ids",
                     bench::measure_pair(with(hits, binary), with(hits, hash)), "—", "find_model(id) before issue 13");
    bench::print_row("catalog", "binary search (find_model(table, id)), misses", "perfect hash over the catalog ids",
                     bench::measure_pair(with(misses, binary), with(misses, hash)), "—", "find_model(id) before issue 13");
}

void json_rows() {
    bench::response_generator const gen;
    auto const doc = gen.with_summaries(1000);
    auto const checked = bedrock::parse_document<list_response>(doc);
    if (!checked) fail("the generated response does not parse: " + checked.error().pointer + ": " + checked.error().message);
    auto const typed = *checked;
    auto const dom = boost::json::parse(doc);
    {
        auto const again = bedrock::parse_document<list_response>(bedrock::serialize_document(typed));
        if (!again || again->inference_profile_summaries != typed.inference_profile_summaries)
            fail("serialize_document does not round-trip the generated response");
    }
    auto const size_note = fmt("1,000 summaries, %.0f KB", double(doc.size()) / 1024);

    side const typed_parse{[&](std::uint64_t n) {
                               for (std::uint64_t i = 0; i < n; ++i) {
                                   auto r = bedrock::parse_document<list_response>(doc);
                                   bench::keep(r);
                               }
                           }};
    side const boost_parse{[&](std::uint64_t n) {
                               for (std::uint64_t i = 0; i < n; ++i) {
                                   auto v = boost::json::parse(doc);
                                   bench::keep(v);
                               }
                           }};
    {
        auto const r = bench::measure_pair(typed_parse, boost_parse);
        auto const pa = peak_heap(typed_parse), pb = peak_heap(boost_parse);
        bench::print_row("json", "parse_document<ListInferenceProfiles> (" + size_note + ")", "boost::json::parse alone", r,
                         "≤ 1.3",
                         fmt("allocations %.2f× the baseline's; ", r.path_allocs / r.base_allocs) +
                             fmt("peak heap %.2f× the document (baseline %.2f×)", pa / double(doc.size()), pb / double(doc.size())));
    }
    { // what parse_document did before the one-pass reader: the DOM path, still the exact engine
        side const dom_parse{[&](std::uint64_t n) {
                                 for (std::uint64_t i = 0; i < n; ++i) {
                                     auto v = bedrock::parse_json(doc);
                                     auto r = bedrock::from_json_value<list_response>(*v);
                                     bench::keep(r);
                                 }
                             }};
        auto const r = bench::measure_pair(dom_parse, boost_parse);
        auto const pa = peak_heap(dom_parse);
        bench::print_row("json", "parse_json + from_json_value: parse_document before the one-pass reader",
                         "boost::json::parse alone", r, "—",
                         fmt("allocations %.2f× the baseline's; ", r.path_allocs / r.base_allocs) +
                             fmt("peak heap %.2f× the document", pa / double(doc.size())));
    }
    side const typed_write{[&](std::uint64_t n) {
                               for (std::uint64_t i = 0; i < n; ++i) {
                                   auto s = bedrock::serialize_document(typed);
                                   bench::keep(s);
                               }
                           }};
    side const boost_write{[&](std::uint64_t n) {
                               for (std::uint64_t i = 0; i < n; ++i) {
                                   auto s = boost::json::serialize(dom);
                                   bench::keep(s);
                               }
                           }};
    bench::print_row("json", "serialize_document (same response)", "boost::json::serialize of the DOM",
                     bench::measure_pair(typed_write, boost_write), "≤ 1.0", "target O(1) allocations per document");
    side const dom_write{[&](std::uint64_t n) {
                             for (std::uint64_t i = 0; i < n; ++i) {
                                 auto s = bedrock::format_json(bedrock::to_json_value(typed), bedrock::json_layout::compact);
                                 bench::keep(s);
                             }
                         }};
    bench::print_row("json", "format_json(to_json_value(x)): serialize_document before the writer",
                     "boost::json::serialize of the DOM", bench::measure_pair(dom_write, boost_write), "—",
                     "the DOM path, for comparison");
#if BEDROCK_BENCH_HAVE_NLOHMANN
    side const nlohmann_parse{[&](std::uint64_t n) {
                                  for (std::uint64_t i = 0; i < n; ++i) {
                                      auto j = nlohmann::json::parse(doc);
                                      bench::keep(j);
                                  }
                              }};
    bench::print_row("alternatives", "nlohmann::json::parse (same response)", "boost::json::parse alone",
                     bench::measure_pair(nlohmann_parse, boost_parse), "—", "4.8× in issue 13; DOM only, no checks");
#else
    bench::print_skipped("alternatives", "nlohmann::json::parse (same response)", "boost::json::parse alone", "—",
                         "nlohmann-json3-dev not found at configure time");
#endif
}

void scaling(std::string const& data) {
    if (char const* e = std::getenv("BEDROCK_BENCH_SCALE_ROUNDS"); e && std::atoi(e) > 0) bench::config().rounds = std::atoi(e);
    else bench::config().rounds = 5;
    bench::response_generator const gen;
    auto const arns = column(read_lines(data + "/arns.tsv"));
    auto const ids = read_lines(data + "/model_identifiers_valid.txt");
    struct size_step {
        char const* label;
        std::size_t bytes;
    };
    constexpr size_step steps[] = {{"1 KB", 1u << 10}, {"10 KB", 10u << 10}, {"100 KB", 100u << 10},
                                   {"1 MB", 1u << 20}, {"10 MB", 10u << 20}};
    for (auto const& step : steps) {
        auto const doc = gen.of_size(step.bytes);
        auto const typed = *bedrock::parse_document<list_response>(doc);
        auto const dom = boost::json::parse(doc);
        auto const out_size = bedrock::serialize_document(typed).size();
        auto const d = double(doc.size());
        auto report = [&](char const* subject, side const& s, double bytes) {
            auto const ns = bench::measure_alone(s);
            bench::print_scale(subject, step.label, std::size_t(bytes), ns, bench::allocations_per_item(s, 1) * bytes);
        };
        report("parse_document<ListInferenceProfiles>", {[&](std::uint64_t n) {
                                                             for (std::uint64_t i = 0; i < n; ++i) {
                                                                 auto r = bedrock::parse_document<list_response>(doc);
                                                                 bench::keep(r);
                                                             }
                                                         },
                                                         d},
               d);
        report("boost::json::parse", {[&](std::uint64_t n) {
                                          for (std::uint64_t i = 0; i < n; ++i) {
                                              auto v = boost::json::parse(doc);
                                              bench::keep(v);
                                          }
                                      },
                                      d},
               d);
        report("serialize_document", {[&](std::uint64_t n) {
                                          for (std::uint64_t i = 0; i < n; ++i) {
                                              auto s = bedrock::serialize_document(typed);
                                              bench::keep(s);
                                          }
                                      },
                                      double(out_size)},
               double(out_size));
        report("boost::json::serialize", {[&](std::uint64_t n) {
                                              for (std::uint64_t i = 0; i < n; ++i) {
                                                  auto s = boost::json::serialize(dom);
                                                  bench::keep(s);
                                              }
                                          },
                                          double(out_size)},
               double(out_size));

        // Identifier parsers over a stream of identifiers of the same total size (each identifier is
        // bounded by max_input_size, so "size" means how many of them are parsed in one pass).
        auto stream = [&](std::vector<std::string> const& pool) {
            std::vector<std::string_view> out;
            static std::vector<std::string> keep_alive;
            keep_alive.emplace_back();
            auto& buf = keep_alive.back();
            buf.reserve(step.bytes + 256);
            std::vector<std::pair<std::size_t, std::size_t>> spans;
            for (std::size_t k = 0; buf.size() < step.bytes; ++k) {
                auto const& s = pool[k % pool.size()];
                spans.emplace_back(buf.size(), s.size());
                buf += s;
            }
            for (auto [at, len] : spans) out.emplace_back(buf.data() + at, len);
            return std::pair{out, double(buf.size())};
        };
        auto const [arn_views, arn_bytes] = stream(arns);
        auto const [id_views, id_bytes] = stream(ids);
        report("parse_bedrock_arn", {[&](std::uint64_t n) {
                                         for (std::uint64_t i = 0; i < n; ++i)
                                             for (auto s : arn_views) {
                                                 auto r = bedrock::parse_bedrock_arn(s);
                                                 bench::keep(r);
                                             }
                                     },
                                     arn_bytes},
               arn_bytes);
        report("parse_arn", {[&](std::uint64_t n) {
                                 for (std::uint64_t i = 0; i < n; ++i)
                                     for (auto s : arn_views) {
                                         auto r = bedrock::parse_arn(s);
                                         bench::keep(r);
                                     }
                             },
                             arn_bytes},
               arn_bytes);
        report("classify_model_identifier", {[&](std::uint64_t n) {
                                                 for (std::uint64_t i = 0; i < n; ++i)
                                                     for (auto s : id_views) {
                                                         auto c = bedrock::classify_model_identifier(s);
                                                         bench::keep(c);
                                                     }
                                             },
                                             id_bytes},
               id_bytes);
    }
}

} // namespace

int main(int argc, char** argv) {
    std::string data = BEDROCK_BENCH_DATA_DIR;
    bool rows = true, scale = true, json_only = false; // --json-only: the JSON rows (and scaling) alone
    bool catalog_only = false;                         // --catalog-only: the catalog rows alone
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        if (a.starts_with("--data=")) data = std::string(a.substr(7));
        else if (a == "--no-rows") rows = false;
        else if (a == "--no-scale") scale = false;
        else if (a == "--json-only") json_only = true;
        else if (a == "--catalog-only") catalog_only = true;
        else fail("usage: bench_ratios [--data=DIR] [--no-rows] [--no-scale] [--json-only] [--catalog-only]");
    }
    if (catalog_only) {
        catalog_rows();
        return 0;
    }
    if (rows) {
        if (!json_only) {
            identifier_rows(data);
            catalog_rows();
        }
        json_rows();
    }
    if (scale) scaling(data);
}
