// expect-ok
// Catalog lookups are constant expressions, so they can initialize constexpr variables and template arguments.
#include <bedrock/catalog.hpp>

#include <array>

constexpr auto const* model = bedrock::find_model("amazon.nova-pro-v1:0");
static_assert(model == &bedrock::models::amazon_nova_pro_v1);
std::array<int, bedrock::find_models("amazon.titan-embed-text-v2:0").size()> three{};
static_assert(three.size() == 3);

int main() { return model->supports_cross_region() ? 0 : 1; }
