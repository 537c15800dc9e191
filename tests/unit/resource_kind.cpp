#include <bedrock/resource_kind.hpp>
#include <bedrock/resource_kind.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>

using bedrock::resource_kind;

namespace {

// The two literal tables of <bedrock/resource_kind.hpp> are what the header used to compute at every include; these
// are those computations, evaluated here once.

/// detail::resource_kind_slots as computed: slot -> 1 + the kind whose spelling hashes there, or 0. After a change of
/// the kinds or of detail::resource_kind_slot, print this table and paste it into the header.
constexpr std::array<std::uint8_t, 128> computed_resource_kind_slots() {
    std::array<std::uint8_t, 128> t{};
    constexpr auto const& names = bedrock::wire_names<resource_kind>::names;
    for (std::size_t k = 0; k < names.size(); ++k)
        t[bedrock::detail::resource_kind_slot(names[k])] = static_cast<std::uint8_t>(k + 1);
    return t;
}

constexpr bool literal_slots_are_computed_slots() {
    constexpr auto computed = computed_resource_kind_slots();
    if (std::size(bedrock::detail::resource_kind_slots) != computed.size()) return false;
    for (std::size_t i = 0; i < computed.size(); ++i)
        if (bedrock::detail::resource_kind_slots[i] != computed[i]) return false;
    return true;
}
static_assert(literal_slots_are_computed_slots(),
              "detail::resource_kind_slots is stale: paste computed_resource_kind_slots() into <bedrock/resource_kind.hpp>");

/// resource_kind_rules as the list of its exceptions (every other kind takes the default row).
constexpr std::array<bedrock::resource_kind_rule, 40> computed_resource_kind_rules() {
    using bedrock::account_rule, bedrock::region_rule, bedrock::id_rule;
    std::array<bedrock::resource_kind_rule, 40> t{};
    auto const at = [&t](resource_kind k) -> bedrock::resource_kind_rule& { return t[static_cast<std::size_t>(k)]; };
    at(resource_kind::foundation_model) = {account_rule::empty, region_rule::empty_allowed};
    at(resource_kind::data_automation_project).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::data_automation_profile).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::blueprint).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::system_tool).region = region_rule::empty;
    for (auto k : {resource_kind::application_inference_profile, resource_kind::prompt_router, resource_kind::provisioned_model,
                   resource_kind::imported_model, resource_kind::custom_model_deployment, resource_kind::async_invoke,
                   resource_kind::evaluation_job, resource_kind::model_evaluation_job, resource_kind::model_copy_job,
                   resource_kind::model_import_job, resource_kind::model_invocation_job,
                   resource_kind::advanced_prompt_optimization_job, resource_kind::provisioned_model_v2,
                   resource_kind::provisioned_model_reservation})
        at(k).id = id_rule::twelve_lower_alnum;
    return t;
}

constexpr bool literal_rules_are_computed_rules() {
    constexpr auto computed = computed_resource_kind_rules();
    static_assert(computed.size() == bedrock::all_resource_kinds.size());
    for (std::size_t i = 0; i < computed.size(); ++i) {
        auto const& a = bedrock::resource_kind_rules[i];
        auto const& b = computed[i];
        if (a.account != b.account || a.region != b.region || a.id != b.id) return false;
    }
    return true;
}
static_assert(literal_rules_are_computed_rules(), "a row of resource_kind_rules differs from its list of exceptions");

static_assert(bedrock::all_resource_kinds == bedrock::all_wire_values<resource_kind>(),
              "all_resource_kinds must list every kind of wire_names<resource_kind>, in enum order");

} // namespace

TEST_CASE("resource kinds: wire names round-trip", "[arn]") {
    for (auto k : bedrock::all_resource_kinds) {
        CAPTURE(bedrock::to_string(k));
        REQUIRE(bedrock::parse_resource_kind(bedrock::to_string(k)) == k);
        REQUIRE(bedrock::service_of(k) == (k == resource_kind::sagemaker_endpoint ? "sagemaker" : "bedrock"));
        REQUIRE(bedrock::has_empty_account(k) == (k == resource_kind::foundation_model));
    }
    REQUIRE(bedrock::to_string(static_cast<resource_kind>(200)) == "unknown");
    REQUIRE_FALSE(bedrock::parse_resource_kind("Foundation-Model"));
    REQUIRE_FALSE(bedrock::parse_resource_kind(""));
}
