#include <bedrock/api.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/api.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

TEST_CASE("closed enums: wire tables, exact and case-sensitive", "[api][enum]") {
    static_assert(bedrock::to_string(bedrock::inference_profile_status::active) == "ACTIVE");
    static_assert(bedrock::parse_inference_profile_status("ACTIVE") == bedrock::inference_profile_status::active);
    static_assert(!bedrock::parse_inference_profile_status("DELETING"));
    static_assert(!bedrock::parse_inference_profile_status("active"));
    static_assert(bedrock::to_string(bedrock::foundation_model_lifecycle_status::legacy) == "LEGACY");
    static_assert(bedrock::parse_foundation_model_lifecycle_status("ACTIVE") == bedrock::foundation_model_lifecycle_status::active);
    static_assert(!bedrock::parse_foundation_model_lifecycle_status("DEPRECATED"));
    static_assert(bedrock::to_string(static_cast<bedrock::inference_profile_status>(7)) == "unknown");
    static_assert(bedrock::wire_enum<bedrock::inference_profile_type>::to_string(bedrock::inference_profile_type::application) == "APPLICATION");
    static_assert(bedrock::wire_enum<bedrock::inference_profile_type>::parse("SYSTEM_DEFINED") == bedrock::inference_profile_type::system_defined);
}

TEST_CASE("open enums: model values and their wire strings", "[api][enum]") {
    auto [wire, known] = GENERATE(table<std::string_view, bool>({
        {"TEXT", true}, {"IMAGE", true}, {"EMBEDDING", true}, {"VIDEO", false}, {"text", false}, {"", false},
    }));
    CAPTURE(wire);
    bedrock::open_enum<bedrock::model_modality> v{std::string(wire)};
    CHECK(v.raw() == wire);
    CHECK(v.is_known() == known);
    if (known) CHECK(bedrock::to_string(*v.known()) == wire);
    static_assert(bedrock::parse_inference_type("PROVISIONED") == bedrock::inference_type::provisioned);
    static_assert(!bedrock::parse_inference_type("INFERENCE_PROFILE"));
    static_assert(bedrock::to_string(bedrock::model_customization::continued_pre_training) == "CONTINUED_PRE_TRAINING");
    static_assert(bedrock::parse_model_customization("DISTILLATION") == bedrock::model_customization::distillation);
    static_assert(bedrock::to_string(bedrock::inference_type::on_demand) == "ON_DEMAND");
    static_assert(bedrock::parse_model_modality("EMBEDDING") == bedrock::model_modality::embedding);
}

TEST_CASE("open_enum equality compares the wire string", "[api][enum]") {
    bedrock::open_enum<bedrock::inference_type> a{bedrock::inference_type::on_demand};
    bedrock::open_enum<bedrock::inference_type> b{"ON_DEMAND"};
    bedrock::open_enum<bedrock::inference_type> c{"INFERENCE_PROFILE"};
    CHECK(a == b);
    CHECK(a == bedrock::inference_type::on_demand);
    CHECK_FALSE(c == bedrock::inference_type::on_demand);
    CHECK_FALSE(a == c);
    bedrock::open_enum<bedrock::inference_type> empty;
    CHECK(empty.raw().empty());
    CHECK_FALSE(empty.is_known());
}

TEST_CASE("aggregates compare member-wise; cfn_expr compares deeply", "[api]") {
    bedrock::inference_profile_summary a;
    a.inference_profile_id = "k3x9q2mz7w4p";
    auto b = a;
    CHECK(a == b);
    b.created_at = bedrock::parse_timestamp("2024-09-30T00:00:00Z").value();
    CHECK_FALSE(a == b);
    bedrock::cfn_expr j1{bedrock::cfn_join{"", {"a", bedrock::cfn_ref{"AWS::Region"}}}};
    bedrock::cfn_expr j2{bedrock::cfn_join{"", {"a", bedrock::cfn_ref{"AWS::Region"}}}};
    bedrock::cfn_expr j3{bedrock::cfn_join{"", {"a", bedrock::cfn_ref{"AWS::AccountId"}}}};
    bedrock::cfn_expr j4{bedrock::cfn_join{"-", {"a", bedrock::cfn_ref{"AWS::Region"}}}};
    bedrock::cfn_expr j5{bedrock::cfn_join{"", {"a"}}};
    CHECK(j1 == j2);
    CHECK_FALSE(j1 == j3);
    CHECK_FALSE(j1 == j4);
    CHECK_FALSE(j1 == j5);
    bedrock::cfn_expr const x{"x"};  // a named value: g++ 12 -O2 warns falsely (maybe-uninitialized) on a variant temporary
    CHECK(x.is_string());
    CHECK(*x.string() == "x");
    CHECK(j1.string() == nullptr);
    bedrock::cfn_application_inference_profile r;
    CHECK(r.type == "AWS::Bedrock::ApplicationInferenceProfile");
}

// javadoc
TEST_CASE("api doc examples compile", "[api]") {
    static_assert(bedrock::to_string(bedrock::inference_profile_status::active) == "ACTIVE");
    static_assert(bedrock::wire_enum<bedrock::model_modality>::parse("IMAGE") == bedrock::model_modality::image);
    bedrock::open_enum<bedrock::model_modality> v{"VIDEO"};
    CHECK((!v.known() && v.raw() == "VIDEO"));
    bedrock::open_enum<bedrock::model_modality> t{bedrock::model_modality::text};
    CHECK((t == bedrock::model_modality::text && t.raw() == "TEXT"));
    bedrock::tag tg{"team", "support"};
    bedrock::inference_profile_model_source s{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    bedrock::create_inference_profile_request r{
        "support-chatbot", "Cost tracking", std::nullopt,
        {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}, std::vector<bedrock::tag>{{"team", "support"}}};
    CHECK(r.model_source == s);
    CHECK((*r.tags)[0] == tg);
    bedrock::inference_profile_summary sum;
    sum.inference_profile_id = "k3x9q2mz7w4p";
    sum.type = bedrock::inference_profile_type::application;
    bedrock::cfn_expr plain{"analytics-nova-pro"};
    bedrock::cfn_expr arn{bedrock::cfn_get_att{"Profile6F32097C", "InferenceProfileArn"}};
    CHECK((plain.is_string() && !arn.is_string()));
    auto e = bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:*::foundation-model/a.b");
    CHECK(std::holds_alternative<bedrock::cfn_join>(e.value));
    bedrock::cfn_template tpl;
    tpl.resources.emplace_back("Profile", bedrock::cfn_application_inference_profile{});
    CHECK(tpl.resources.size() == 1);
}
