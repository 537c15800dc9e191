// `bedrock-profiles cris --geo G --model ID [--partition P] [--region R] [--account A] [--format profile|iam]
//                       [--policy documented|reference]`:
// a system-defined cross-region inference profile, as the references' CrossRegionInferenceProfile.fromConfig,
// or the IAM policy that lets a role invoke it (docs/iam.md).
#include "cli.hpp"
#include "output_types.hpp"

#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/inference_profile_type.hpp>

#include <CLI/CLI.hpp>

#include <memory>   // std::shared_ptr (options outlive the registration call)
#include <optional> // std::optional (options that may be absent)
#include <string>

namespace bedrock::cli {
namespace {

struct cris_options {
    std::string geo;
    std::string model;
    std::optional<std::string> partition;
    std::optional<std::string> region;
    std::optional<std::string> account;
    std::string format = "profile";
    std::string policy = "documented";
};

// `--format iam`: the user guide's policy (or the references' grantInvoke statements), with literal ARNs when
// both --region and --account are given, with pseudo parameters when neither is.
int run_cris_iam(cris_options const& o, cross_region_profile const& profile, global_options const& g) {
    if (o.region.has_value() != o.account.has_value())
        return report(problem{std::string(to_string(o.region ? errc::account_required : errc::region_required)),
                              std::string("--format iam: give both --region and --account (literal ARNs) or neither "
                                          "(CloudFormation pseudo parameters); missing ") +
                                  (o.region ? "--account" : "--region"),
                              std::nullopt});
    arn_environment env;
    if (o.region) {
        auto p = profile.destination_partition();
        if (o.partition) {
            auto const parsed = parse_partition(*o.partition);
            if (!parsed) return report(make_problem("--partition", parse_error{errc::unknown_partition, 0}, false));
            p = *parsed;
        }
        auto made = arn_environment::make(p, *o.region, *o.account);
        if (!made) return report(make_problem(location_option(made.error().code), made.error(), false));
        env = *made;
    }
    iam_policy_document policy;
    if (o.policy == "reference") {
        policy.statements = grant_invoke(profile, env);
    } else {
        policy = make_documented_invoke_policy(profile, env);
    }
    print_json(to_json_value(policy), g);
    return success;
}

int run_cris(cris_options const& o, global_options const& g) {
    auto const ge = parse_geo(o.geo);
    if (!ge) return report(make_problem("--geo", parse_error{errc::unknown_geo, 0}, false));

    // --model takes a model id or a reference constant name (ANTHROPIC_CLAUDE_3_5_SONNET_V2_0).
    auto const* member = find_member(o.model);
    auto const profile = member ? make_cross_region_profile(*ge, *member) : make_cross_region_profile(*ge, o.model);
    if (!profile && profile.error().code == errc::geo_not_offered) {
        // One line naming the geos AWS offers the model in (exit 2).
        auto const* m = member ? member : find_model(o.model);
        return report(problem{std::string(to_string(errc::geo_not_offered)), geo_not_offered_message(*m, *ge), std::nullopt});
    }
    if (!profile)
        return report(cross_region_problem("--model", profile.error(), member ? member->id : std::string_view(o.model)));
    if (o.format == "iam") return run_cris_iam(o, *profile, g);

    std::string arn;
    if (o.partition || o.region || o.account) {
        auto p = profile->destination_partition();
        if (o.partition) {
            auto const parsed = parse_partition(*o.partition);
            if (!parsed) return report(make_problem("--partition", parse_error{errc::unknown_partition, 0}, false));
            p = *parsed;
        }
        auto concrete = profile->arn(p, o.region.value_or(""), o.account.value_or(""));
        if (!concrete) return report(make_problem(location_option(concrete.error().code), concrete.error(), false));
        arn = *concrete;
    } else {
        arn = profile->arn();
    }

    cris_output out;
    out.inference_profile_id = std::string(profile->id());
    out.inference_profile_arn = std::move(arn);
    out.type = profile->type();
    out.model_id = std::string(profile->model().id);
    out.geo = profile->geo_region();
    for (auto const r : profile->destination_regions()) out.regions.emplace_back(r);
    print_json(to_json_value(out), g);
    return success;
}

} // namespace

void add_cris_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<cris_options>();
    auto* cmd = app.add_subcommand("cris", "Build a system-defined cross-region inference profile (CrossRegionInferenceProfile.fromConfig)");
    cmd->add_option("--geo", o->geo, "The geo: global, eu, us, us-gov, apac, jp, au, in or ca")->required();
    cmd->add_option("--model", o->model, "A cross-region capable model id, or its reference constant name")->required();
    cmd->add_option("--partition", o->partition, "Partition of the concrete ARN (default: the geo's partition)");
    cmd->add_option("--region", o->region, "Source region of the concrete ARN (default: ${AWS::Region})");
    cmd->add_option("--account", o->account, "12-digit account of the concrete ARN (default: ${AWS::AccountId})");
    cmd->add_option("--format", o->format,
                    "profile: the profile's id, ARN, model, geo and regions (default); "
                    "iam: the policy that lets a role invoke the profile (needs both --region and --account, or neither "
                    "for CloudFormation pseudo parameters; see docs/iam.md)")
        ->check(CLI::IsMember({"profile", "iam"}));
    cmd->add_option("--policy", o->policy,
                    "With --format iam: documented: the least-privilege policy of the Amazon Bedrock User Guide "
                    "(default); reference: the statements of the CDK references' grantInvoke")
        ->check(CLI::IsMember({"documented", "reference"}));
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_cris(*o, g); }; });
}

} // namespace bedrock::cli
