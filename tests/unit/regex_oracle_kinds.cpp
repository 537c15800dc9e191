// The regex oracle for the issue-11 kinds: AWS's own ARN patterns for agents, agent aliases, knowledge bases,
// flows (and their aliases and executions), sessions and the data-automation resources, verbatim from the
// service models as the API references print them (bedrock-agent `FlowArn`, `FlowAliasArn`; bedrock-agent-runtime
// `AWSResourceARN`, `AgentAliasArn`, `SessionArn`, the `knowledgeBaseId` of Retrieve, `executionIdentifier` of
// GetFlowExecution; bedrock-data-automation-runtime `DataAutomationArn`, `DataAutomationProfileArn`,
// `BlueprintArn`, `InvocationArn`), run through std::regex (ECMAScript, full match, the shape's maximum length).
// For every row of bedrock_arn_kind_rows.hpp of these kinds and every single-byte substitution, deletion and
// insertion of its valid rows, parse_bedrock_arn must accept the string as that kind exactly when AWS's
// pattern does, wherever the typed parser's documented extra checks (docs/identifiers.md: a known region of the
// partition; every partition rather than the one or three a pattern names) do not decide: strings outside the
// `aws` partition or with a region that is not a known `aws` region are left out of the comparison.
// std::regex is allowed here and only here (and in regex_oracle.cpp): it is the oracle, not the implementation.
#include <bedrock/bedrock_arn.hpp>

#include <bedrock/arn.hpp>
#include <bedrock/region.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <cstddef>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "bedrock_arn_kind_rows.hpp"

namespace {

using bedrock::resource_kind;

struct kind_pattern {
    resource_kind kind;
    char const* pattern;     // verbatim, without the anchors `^…$`
    std::size_t max_length;  // the shape's maximum length
};

// clang-format off
kind_pattern const kind_patterns[] = {
    // bedrock-agent-runtime AWSResourceARN [0..2048]
    {resource_kind::agent, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent/[0-9a-zA-Z]{10})", 2048},
    // bedrock-agent-runtime AgentAliasArn [0..2048]
    {resource_kind::agent_alias, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent-alias/[0-9a-zA-Z]{10}/[0-9a-zA-Z]{10})", 2048},
    // bedrock-agent-runtime Retrieve knowledgeBaseId, its ARN alternative [10..2048]
    {resource_kind::knowledge_base, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:knowledge-base/[0-9a-zA-Z]{10})", 2048},
    // bedrock-agent FlowArn
    {resource_kind::flow, R"(arn:aws:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10})", 2048},
    // bedrock-agent FlowAliasArn
    {resource_kind::flow, R"(arn:aws:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}/alias/(TSTALIASID|[0-9a-zA-Z]{10}))", 2048},
    // bedrock-agent-runtime GetFlowExecution executionIdentifier, its ARN alternative [0..2048]
    {resource_kind::flow, R"((arn:aws:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}/alias/[0-9a-zA-Z]{10}/execution/[a-zA-Z0-9-]{1,36}))", 2048},
    // bedrock-agent-runtime SessionArn
    {resource_kind::session, R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]+:[0-9]{12}:session/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})", 2048},
    // bedrock-data-automation-runtime DataAutomationArn [1..128]
    {resource_kind::data_automation_project, R"(arn:aws(|-cn|-us-gov):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):data-automation-project/[a-zA-Z0-9-_]+)", 128},
    // bedrock-data-automation-runtime DataAutomationProfileArn [1..128]
    {resource_kind::data_automation_profile, R"(arn:aws(|-cn|-us-gov):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):data-automation-profile/[a-zA-Z0-9-_.]+)", 128},
    // bedrock-data-automation-runtime BlueprintArn [0..128]
    {resource_kind::blueprint, R"(arn:aws(|-cn|-us-gov):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):blueprint/(bedrock-data-insights-public-[a-zA-Z0-9-_]{1,30}|bedrock-data-automation-public-[a-zA-Z0-9-_]{1,30}|[a-zA-Z0-9-]{12,36}))", 128},
    // bedrock-data-automation-runtime InvocationArn [1..128] (its `insights-invocation` is no kind of the SAR)
    {resource_kind::data_automation_invocation, R"(arn:aws(|-cn|-us-gov):bedrock:[a-zA-Z0-9-]*:[0-9]{12}:(insights-invocation|data-automation-invocation)/[a-zA-Z0-9-_]+)", 128},
};
// clang-format on

struct kind_oracle {
    resource_kind kind;
    std::regex re;
    std::size_t max_length;
};

std::vector<kind_oracle> const& kind_oracles() {
    static std::vector<kind_oracle> const all = [] {
        std::vector<kind_oracle> v;
        for (auto const& p : kind_patterns) v.push_back({p.kind, std::regex(p.pattern, std::regex::ECMAScript), p.max_length});
        return v;
    }();
    return all;
}

bool has_oracle(resource_kind k) {
    for (auto const& o : kind_oracles())
        if (o.kind == k) return true;
    return false;
}

bool aws_accepts(resource_kind k, std::string const& s) {
    for (auto const& o : kind_oracles())
        if (o.kind == k && s.size() <= o.max_length && std::regex_match(s, o.re)) return true;
    return false;
}

// The kind a string is about (its resource type, before the first `/`), when it is comparable: partition `aws`
// and a region that is a known `aws` region (the typed parser's own checks decide the rest).
bool comparable(std::string const& s, resource_kind& kind) {
    auto const a = bedrock::parse_arn(s);
    if (!a || a->partition() != "aws" || bedrock::check_region_in(bedrock::partition::aws, a->region())) return false;
    auto const resource = a->resource();
    auto const k = bedrock::parse_resource_kind(resource.substr(0, resource.find('/')));
    if (!k || !has_oracle(*k)) return false;
    kind = *k;
    return true;
}

bool parse_accepts(resource_kind k, std::string const& s) {
    auto const b = bedrock::parse_bedrock_arn(s);
    return b && b->kind == k;
}

} // namespace

TEST_CASE("regex oracle (kinds): every pattern compiles and every kind with one has rows", "[regex_oracle][kinds]") {
    REQUIRE(kind_oracles().size() == std::size(kind_patterns));
    for (auto const& p : kind_patterns) {
        CAPTURE(bedrock::to_string(p.kind));
        std::size_t rows = 0;
        for (auto const& r : bedrock_test::arn_kind_rows) {
            std::string const s(r.input);
            resource_kind k{};
            if (comparable(s, k) && k == p.kind) ++rows;
        }
        CHECK(rows >= 3);
    }
}

TEST_CASE("regex oracle (kinds): parse_bedrock_arn and AWS's patterns agree on the kind rows", "[regex_oracle][kinds]") {
    std::size_t compared = 0;
    std::size_t accepted = 0;
    for (auto const& r : bedrock_test::arn_kind_rows) {
        std::string const s(r.input);
        resource_kind k{};
        if (!comparable(s, k)) continue;
        CAPTURE(s);
        CHECK(parse_accepts(k, s) == aws_accepts(k, s));
        ++compared;
        accepted += aws_accepts(k, s) ? 1 : 0;
    }
    CHECK(compared >= 60);
    CHECK(accepted >= 15);
}

TEST_CASE("regex oracle (kinds): single-byte mutations of every valid kind row", "[regex_oracle][kinds]") {
    std::size_t compared = 0;
    std::size_t rejected = 0;
    for (auto const& r : bedrock_test::arn_kind_rows) {
        if (r.code != bedrock::errc::ok || !has_oracle(r.kind)) continue;
        std::string const s(r.input);
        auto check = [&](std::string const& m) {
            resource_kind k{};
            if (!comparable(m, k)) return;
            CAPTURE(s, m);
            bool const aws = aws_accepts(k, m);
            CHECK(parse_accepts(k, m) == aws);
            ++compared;
            rejected += aws ? 0 : 1;
        };
        bedrock_test::for_each_single_byte_mutation(s, check);
    }
    CHECK(compared > 5000);
    CHECK(rejected > compared / 4);
}
