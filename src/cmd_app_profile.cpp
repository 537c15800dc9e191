// `bedrock-profiles app-profile --name N --source S [--description D] [--tag K=V]...
//                              [--format cloudformation|api|iam] [--policy reference|documented] [--partition P] [--region R] [--account A]
//                              [--logical-id ID]`:
// an application inference profile as the CloudFormation resource (the references' ApplicationInferenceProfile),
// the CreateInferenceProfile request body, or the IAM policy that granting invoke on it gives.
#include "cli.hpp"

#include <bedrock/application_profile.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#include <CLI/CLI.hpp>

#include <memory>   // std::shared_ptr (options outlive the registration call)
#include <optional> // std::optional (options that may be absent)
#include <string>
#include <vector>

namespace bedrock::cli {
namespace {

struct app_profile_options {
    std::string name;
    std::string source;
    std::optional<std::string> description;
    std::vector<std::string> tags; // K=V, in command-line order
    std::string format = "cloudformation";
    std::optional<std::string> partition;
    std::optional<std::string> region;
    std::optional<std::string> account;
    std::string logical_id = "Profile";
    std::string policy = "reference";
};

bool is_catalog_model(std::string_view id) noexcept { return find_model(id) != nullptr; }

// The model source named by --source: a catalog model (id or reference constant name), a cross-region
// profile id, or any ARN text (checked by validate() like every other copyFrom).
result<model_source> make_source(std::string const& s) {
    if (auto const* m = find_member(s)) return model_source{*m};
    auto const c = classify_model_identifier(s, &is_catalog_model);
    switch (c.kind) {
    case identifier_kind::invalid: return c.error;
    case identifier_kind::foundation_model_id:
        if (auto const* m = find_model(s)) return model_source{*m};
        return model_source::from_arn(foundation_model_arn(s)); // a model the catalog does not know (yet)
    case identifier_kind::cross_region_profile_id: {
        // --source is the user's text, read strictly: a geo the library does not know is refused.
        if (!c.geo) return *check_profile_id(s);
        auto const p = make_cross_region_profile(*c.geo, c.model);
        if (!p) return p.error();
        return model_source{*p};
    }
    default: return model_source::from_arn(s);
    }
}

// Codes whose offset does not point at a byte of the value (the whole value, or a relation between values).
bool positional(errc code) noexcept {
    switch (code) {
    case errc::duplicate_key:
    case errc::wrong_resource_type:
    case errc::too_many_items:
    case errc::region_required: return false;
    default: return true;
    }
}

// Every violation, one line each: the library's code, the field as a JSON Pointer, its sentence.
int report_violations(std::vector<profile_violation> const& violations) {
    std::vector<problem> problems;
    for (auto const& v : violations) {
        problem p{std::string(to_string(v.code)), v.field + ": " + v.message, std::nullopt};
        if (positional(v.code)) p.offset = v.offset;
        problems.push_back(std::move(p));
    }
    return report(problems);
}

int run_app_profile(app_profile_options const& o, global_options const& g) {
    application_profile p;
    p.name = o.name;
    p.description = o.description;
    p.logical_id = o.logical_id;
    for (auto const& kv : o.tags) {
        auto const eq = kv.find('=');
        p.tags.push_back(tag{kv.substr(0, eq), kv.substr(eq + 1)});
    }
    auto source = make_source(o.source);
    if (!source)
        return report(cross_region_problem("--source", source.error(), classify_model_identifier(o.source).model));
    p.source = *source;

    // Where ARNs are resolved: the template's pseudo parameters unless a concrete location is given.
    arn_environment env;
    if (o.partition || o.region || o.account) {
        auto part = partition::aws;
        if (o.partition) {
            auto const parsed = parse_partition(*o.partition);
            if (!parsed) return report(make_problem("--partition", parse_error{errc::unknown_partition, 0}, false));
            part = *parsed;
        }
        auto made = arn_environment::make(part, o.region.value_or(""), o.account.value_or(""));
        if (!made) return report(make_problem(location_option(made.error().code), made.error(), false));
        env = *made;
    }

    if (o.format == "cloudformation") {
        auto resource = make_cfn_resource(p);
        if (!resource) return report_violations(resource.error());
        print_json(to_json_value(*resource), g);
        return success;
    }
    if (o.format == "api") {
        if (env.is_template())
            return report(problem{std::string(to_string(errc::region_required)),
                                  "--format api: a request body needs a concrete copyFrom ARN: give --region and --account",
                                  std::nullopt});
        auto request = make_create_request(p, env);
        if (!request) return report_violations(request.error());
        print_json(to_json_value(*request), g);
        return success;
    }
    // iam
    if (auto v = validate(p); !v.empty()) return report_violations(v);
    iam_policy_document policy;
    if (o.policy == "documented") {
        auto documented = make_documented_invoke_policy(p, env);
        if (!documented) return report_violations(documented.error());
        policy = std::move(*documented);
    } else {
        policy.statements = grant_invoke(p, env);
    }
    print_json(to_json_value(policy), g);
    return success;
}

} // namespace

void add_app_profile_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<app_profile_options>();
    auto* cmd = app.add_subcommand("app-profile", "Describe an application inference profile: CloudFormation resource, API request or IAM policy");
    cmd->add_option("--name", o->name, "inferenceProfileName (1-64 characters, ([0-9a-zA-Z][ _-]?)+)")->required();
    cmd->add_option("--source", o->source,
                    "What to copy the models from: a model id or reference constant name, a cross-region profile id, "
                    "or a foundation-model / inference-profile ARN")
        ->required();
    cmd->add_option("--description", o->description, "description (1-200 characters, ([0-9a-zA-Z:.][ _-]?)+)");
    cmd->add_option("--tag", o->tags, "A tag KEY=VALUE; repeat for more")
        ->check(CLI::Validator(
            [](std::string& s) { return s.find('=') == std::string::npos ? std::string("expected KEY=VALUE") : std::string(); },
            "KEY=VALUE"));
    cmd->add_option("--format", o->format,
                    "cloudformation: the AWS::Bedrock::ApplicationInferenceProfile resource (default); "
                    "api: the CreateInferenceProfile request body (needs --region and --account); "
                    "iam: the policy that grantInvoke gives a role")
        ->check(CLI::IsMember({"cloudformation", "api", "iam"}));
    cmd->add_option("--partition", o->partition, "Partition of concrete ARNs (default: aws)");
    cmd->add_option("--region", o->region, "Region of concrete ARNs (default: ${AWS::Region})");
    cmd->add_option("--account", o->account, "12-digit account of concrete ARNs (default: ${AWS::AccountId})");
    cmd->add_option("--policy", o->policy,
                    "With --format iam: reference: the statements of the CDK references' grantInvoke (default); "
                    "documented: the least-privilege policy of the Amazon Bedrock User Guide for a profile built on a "
                    "cross-region profile (docs/iam.md)")
        ->check(CLI::IsMember({"documented", "reference"}));
    cmd->add_option("--logical-id", o->logical_id,
                    "Logical id of the profile's resource, the target of Fn::GetAtt in the iam format (default: Profile)");
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_app_profile(*o, g); }; });
}

} // namespace bedrock::cli
