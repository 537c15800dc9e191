// A deterministic ListInferenceProfiles response, as the service returns it (compact JSON, the members in
// the service's order), built from the library's catalog: real cross-region model ids, their geos and
// each geo's destination regions. Same arguments, same bytes, on every machine.
//
// Two summaries in three are system-defined cross-region profiles (`<geo>.<model-id>`, one foundation-model
// ARN per destination region; a global profile also lists the region-less ARN); one in three is an
// application inference profile copying a foundation model (12-character id, one model ARN). The text is
// written here by hand, not by the library, so the baselines do not depend on the code they are compared to.
#ifndef BEDROCK_BENCHMARKS_RATIOS_RESPONSE_GENERATOR_HPP
#define BEDROCK_BENCHMARKS_RATIOS_RESPONSE_GENERATOR_HPP

#include <bedrock/profiles.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

class response_generator {
public:
    response_generator() {
        for (auto const& m : bedrock::cross_region_models()) models_.push_back(m.id);
    }

    /// A response with exactly `summaries` summaries.
    [[nodiscard]] std::string with_summaries(std::size_t summaries) const {
        std::string out = open();
        for (std::size_t i = 0; i < summaries; ++i) append_summary(out, i);
        return close(out);
    }

    /// The smallest response of whole summaries that is at least `bytes` long (one summary at minimum).
    [[nodiscard]] std::string of_size(std::size_t bytes) const {
        std::string out = open();
        std::size_t i = 0;
        do append_summary(out, i++);
        while (out.size() + close_size < bytes);
        return close(out);
    }

private:
    static constexpr std::size_t close_size = 36; // `],"nextToken":"…"}`

    static std::string open() { return R"({"inferenceProfileSummaries":[)"; }
    static std::string close(std::string& out) {
        out += R"(],"nextToken":"eyJwIjoyLCJ0IjoiMjAyNiJ9"})";
        return std::move(out);
    }

    /// A small deterministic mix (splitmix64) of the summary index.
    static std::uint64_t mix(std::uint64_t x) {
        x += 0x9E3779B97F4A7C15u;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
        return x ^ (x >> 31);
    }

    static void timestamp(std::string& out, std::uint64_t r) {
        // 2024-MM-DDTHH:MM:SS.ffffffZ, a valid date in every month.
        char buf[40];
        std::snprintf(buf, sizeof buf, "2024-%02u-%02uT%02u:%02u:%02u.%06uZ", unsigned(1 + r % 12), unsigned(1 + (r >> 8) % 28),
                      unsigned((r >> 16) % 24), unsigned((r >> 24) % 60), unsigned((r >> 32) % 60), unsigned((r >> 40) % 1000000));
        out += buf;
    }

    static void member(std::string& out, std::string_view key, std::string_view value) {
        out += '"';
        out += key;
        out += R"(":")";
        out += value;
        out += '"';
    }

    void append_summary(std::string& out, std::size_t i) const {
        if (out.back() != '[') out += ',';
        auto const r = mix(i);
        std::string_view const model = models_[i % models_.size()];
        auto const g = bedrock::all_geos[(i / models_.size()) % bedrock::all_geos.size()];
        auto const regions = bedrock::destination_regions(g);
        std::string_view const partition = g == bedrock::geo::us_gov ? "aws-us-gov" : "aws";
        std::string_view const home = g == bedrock::geo::global ? "us-east-1" : regions[r % regions.size()];
        char account[16];
        std::snprintf(account, sizeof account, "%012llu", static_cast<unsigned long long>(r % 1000000000000u));
        std::string const fm_prefix = "arn:" + std::string(partition) + ":bedrock:";
        std::string const fm_suffix = "::foundation-model/" + std::string(model);

        out += '{';
        if (i % 3 == 2) { // an application inference profile
            static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
            std::string id(12, 'a');
            for (std::size_t k = 0; k < 12; ++k) id[k] = alphabet[(r >> (5 * k)) % 36];
            member(out, "inferenceProfileName", "team-" + std::to_string(r % 997) + "-" + std::string(model.substr(0, model.find('.'))));
            out += ',';
            member(out, "description", "Cost allocation for team " + std::to_string(r % 997) + " (" + std::string(model) + ")");
            out += R"(,"createdAt":")";
            timestamp(out, r);
            out += R"(","updatedAt":")";
            timestamp(out, r);
            out += "\",";
            member(out, "inferenceProfileArn", fm_prefix + std::string(home) + ":" + account + ":application-inference-profile/" + id);
            out += R"(,"models":[{"modelArn":")" + fm_prefix + std::string(home) + fm_suffix + "\"}],";
            member(out, "inferenceProfileId", id);
            out += R"(,"status":"ACTIVE","type":"APPLICATION"})";
            return;
        }
        std::string const id = std::string(bedrock::to_string(g)) + "." + std::string(model);
        std::string geo_upper(bedrock::to_string(g));
        for (char& c : geo_upper) c = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
        member(out, "inferenceProfileName", geo_upper + " " + std::string(model));
        out += ',';
        std::string description = "Routes requests to " + std::string(model) + " in ";
        description += g == bedrock::geo::global ? std::string("all commercial AWS Regions")
                                                 : std::to_string(regions.size()) + " Regions of " + geo_upper;
        member(out, "description", description + ".");
        out += R"(,"createdAt":")";
        timestamp(out, r);
        out += R"(","updatedAt":")";
        timestamp(out, r >> 3);
        out += "\",";
        member(out, "inferenceProfileArn", fm_prefix + std::string(home) + ":" + account + ":inference-profile/" + id);
        out += R"(,"models":[)";
        bool first = true;
        if (g == bedrock::geo::global) {
            out += R"({"modelArn":")" + fm_prefix + fm_suffix + "\"}";
            first = false;
        }
        // A global profile lists a handful of regional ARNs beside the region-less one (not all 33 regions).
        std::size_t const listed = g == bedrock::geo::global ? 4 : regions.size();
        for (std::size_t k = 0; k < listed; ++k) {
            if (!first) out += ',';
            first = false;
            out += R"({"modelArn":")" + fm_prefix + std::string(regions[k]) + fm_suffix + "\"}";
        }
        out += "],";
        member(out, "inferenceProfileId", id);
        out += R"(,"status":"ACTIVE","type":"SYSTEM_DEFINED"})";
    }

    std::vector<std::string_view> models_;
};

} // namespace bench

#endif // BEDROCK_BENCHMARKS_RATIOS_RESPONSE_GENERATOR_HPP
