// bedrock-profiles: the command line front end of the bedrock-profiles library.
//
// Exit status: 0 on success; 1 for a usage error (the message and the usage on stderr); 2 for bad input
// (one line per problem on stderr, `error: <code>: <message>` and ` (at byte N)` where there is an offset).
#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <iostream> // std::cout, std::cerr
#include <string>   // the version text

int main(int argc, char** argv) {
    using namespace bedrock::cli;

    CLI::App app{"Amazon Bedrock inference profiles: the model catalog, cross-region and application\n"
                 "profiles, identifiers and ARNs, and their JSON for the API, CloudFormation and IAM.",
                 "bedrock-profiles"};
    global_options globals;
    app.add_flag("--pretty", globals.pretty, "Pretty-print JSON output (the AWS CLI v2 layout: four-space indent)");
    app.set_version_flag("--version", std::string("bedrock-profiles ") + BEDROCK_PROFILES_VERSION);
    app.require_subcommand(1, 1);
    app.fallthrough(); // --pretty may also follow the command name
    app.footer("Exit status: 0 ok, 1 usage error, 2 bad input (one `error: <code>: <message>` line per problem).");

    action run;
    add_models_command(app, globals, run);
    add_geos_command(app, globals, run);
    add_cris_command(app, globals, run);
    add_parse_command(app, globals, run);
    add_app_profile_command(app, globals, run);
    add_inspect_command(app, globals, run);
    add_request_command(app, globals, run);

    raw_arguments().assign(argv + (argc > 0 ? 1 : 0), argv + argc);
    try {
        app.parse(argc, argv);
    } catch (CLI::CallForHelp const&) {
        std::cout << app.help();
        return success;
    } catch (CLI::CallForAllHelp const&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return success;
    } catch (CLI::CallForVersion const& e) {
        std::cout << e.what() << '\n';
        return success;
    } catch (CLI::ParseError const& e) {
        // CLI11 reports a misspelt command as a missing one; name the word it did not recognise.
        auto const rest = app.remaining();
        if (app.get_subcommands().empty() && !rest.empty())
            std::cerr << "error: usage: unknown command: " << bedrock::cli::terminal_text(rest.front()) << '\n';
        else
            std::cerr << "error: usage: " << bedrock::cli::terminal_text(e.what()) << '\n';
        std::cerr << app.help(); // the usage of the innermost command that was recognised
        return usage_error;
    }
    return run ? run() : usage_error;
}
