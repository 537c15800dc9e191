// The generated catalog table and its named constants (tools/gen_catalog writes models.hpp; catalog_is_fresh
// checks it is current). The lookups over the table are tested in catalog.cpp and catalog_cdk_ids.cpp.
#include <bedrock/models.hpp>
#include <bedrock/models.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <algorithm>
#include <string_view>

// The named constants are references to rows of the one table, not copies.
static_assert(&bedrock::models::ai21_j2_grande_instruct == &bedrock::detail::catalog_data[0]);
static_assert(bedrock::models::amazon_nova_pro_v1.id == "amazon.nova-pro-v1:0");

TEST_CASE("models.hpp: the generated table is ordered by id and its constants name its rows", "[models]") {
    auto const& t = bedrock::detail::catalog_data;
    CHECK(std::is_sorted(t.begin(), t.end(), [](auto const& a, auto const& b) { return a.id < b.id; }));
    auto const nova = std::find_if(t.begin(), t.end(), [](auto const& m) { return m.id == "amazon.nova-pro-v1:0"; });
    REQUIRE(nova != t.end());
    CHECK(&*nova == &bedrock::models::amazon_nova_pro_v1);
}
