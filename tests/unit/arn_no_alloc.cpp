// Parsing never allocates: the global operator new is replaced by a counting one (tests/support/allocations.cpp),
// and every parser and checker of the identifier layer runs on valid and invalid inputs while the counter is
// watched.
#include <bedrock/arn_environment.hpp>

#include <bedrock/classify.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/shape.hpp>
#include <bedrock_test/allocations.hpp>
#include <bedrock_test/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "identifier_table_rows.hpp"

namespace {
auto& allocations = bedrock_test::allocation_count;  // counted by tests/support/allocations.cpp
} // namespace

TEST_CASE("the allocation counter sees allocations", "[arn][alloc]") {
    auto const before = allocations.load();
    auto* s = new std::string(100, 'x'); // NOLINT: the point is to allocate
    delete s;
    REQUIRE(allocations.load() > before);
}

TEST_CASE("parsing and checking allocate nothing", "[arn][alloc]") {
    auto const& rows = bedrock_test::identifier_rows(); // built (and allocated) before counting
    std::vector<std::string_view> inputs;
    inputs.reserve(rows.size());
    for (auto const& r : rows) inputs.push_back(r.input);
    std::size_t sink = 0;

    auto const before = allocations.load();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto const s = inputs[i];
        sink += bedrock::check_syntax(rows[i].sh, s).has_value();
        sink += bedrock::check_strict(rows[i].sh, s).has_value();
        sink += bedrock::parse_arn(s).has_value();
        auto const b = bedrock::parse_bedrock_arn(s);
        sink += b.has_value() ? b->id.size() : b.error().offset;
        sink += bedrock::parse_model_id(s).has_value();
        sink += bedrock::parse_profile_id(s).has_value();
        sink += bedrock::parse_application_profile_id(s).has_value();
        sink += static_cast<std::size_t>(bedrock::classify_model_identifier(s).kind);
        for (auto g : {bedrock::model_id_grammar::g1, bedrock::model_id_grammar::g2, bedrock::model_id_grammar::g3,
                       bedrock::model_id_grammar::g4})
            sink += bedrock::check_model_id(s, g).has_value();
    }
    char buf[bedrock::max_profile_id_size];
    sink += bedrock::make_profile_id(bedrock::geo::eu, "amazon.nova-pro-v1:0", buf).has_value();
    char arn[256];
    sink += bedrock::format_to(bedrock::arn_parts{"aws", "bedrock", "us-east-1", "", "foundation-model/a.b"}, arn, arn + sizeof arn) != nullptr;
    auto const after = allocations.load();

    REQUIRE(sink > 0);
    REQUIRE(after == before);
}
