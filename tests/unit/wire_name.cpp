#include <bedrock/wire_name.hpp>
#include <bedrock/wire_name.hpp>  // include guard works

#include <bedrock/api.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>

#include <string_view>

namespace {
enum class color : unsigned char { dark_red, light_blue };
} // namespace

// The doc example of wire_names: a user's own enum gets the same functions.
template <>
struct bedrock::wire_names<color> {
    static constexpr std::array<std::string_view, 2> names{"dark-red", "light-blue"};
};

namespace {
// Every spelling of E parses back to its enumerator, and nothing else parses.
template <class E>
void round_trips() {
    for (E e : bedrock::all_wire_values<E>()) {
        CAPTURE(bedrock::wire_name(e));
        REQUIRE(bedrock::wire_name(e) != "unknown");
        REQUIRE(bedrock::parse_wire_name<E>(bedrock::wire_name(e)) == e);
        REQUIRE(bedrock::to_string(e) == bedrock::wire_name(e));  // to_string is the same table
    }
    REQUIRE_FALSE(bedrock::parse_wire_name<E>(""));
    REQUIRE_FALSE(bedrock::parse_wire_name<E>("unknown"));
}
} // namespace

TEST_CASE("wire_names: a user's enum", "[wire_name]") {
    static_assert(bedrock::wire_name(color::light_blue) == "light-blue");
    static_assert(bedrock::parse_wire_name<color>("dark-red") == color::dark_red);
    static_assert(!bedrock::parse_wire_name<color>("Dark-Red"));  // exact, case-sensitive
    static_assert(bedrock::wire_name(static_cast<color>(7)) == "unknown");
    static_assert(bedrock::all_wire_values<color>().size() == 2);
    static_assert(bedrock::wire_enumeration<color> && !bedrock::wire_enumeration<int>);
    STATIC_REQUIRE(bedrock::wire_enum<color>::parse("light-blue") == color::light_blue);
}

TEST_CASE("wire_names: every enum of the library with a wire form round-trips", "[wire_name]") {
    round_trips<bedrock::errc>();
    round_trips<bedrock::geo>();
    round_trips<bedrock::partition>();
    round_trips<bedrock::resource_kind>();
    round_trips<bedrock::inference_profile_type>();
    round_trips<bedrock::shape>();
    round_trips<bedrock::identifier_kind>();
    round_trips<bedrock::iam_effect>();
    round_trips<bedrock::inference_profile_status>();
    round_trips<bedrock::foundation_model_lifecycle_status>();
    round_trips<bedrock::model_modality>();
    round_trips<bedrock::inference_type>();
    round_trips<bedrock::model_customization>();
    // the spellings are data, not identifiers
    STATIC_REQUIRE(bedrock::wire_name(bedrock::geo::us_gov) == "us-gov");
    STATIC_REQUIRE(bedrock::wire_name(bedrock::partition::aws_us_gov) == "aws-us-gov");
    STATIC_REQUIRE(bedrock::wire_name(bedrock::partition::unknown) == "unknown");
    STATIC_REQUIRE(!bedrock::parse_wire_name<bedrock::partition>("unknown"));
    STATIC_REQUIRE(bedrock::wire_name(bedrock::resource_kind::sagemaker_endpoint) == "endpoint");
    STATIC_REQUIRE(bedrock::wire_name(bedrock::inference_profile_type::system_defined) == "SYSTEM_DEFINED");
    STATIC_REQUIRE(bedrock::wire_name(static_cast<bedrock::inference_profile_type>(9)) == "unknown");
}
