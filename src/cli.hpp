// Shared plumbing of the `bedrock-profiles` command line tool (not part of the library).
#ifndef BEDROCK_SRC_CLI_HPP
#define BEDROCK_SRC_CLI_HPP

#include <bedrock/error.hpp>

#include <boost/json/value.hpp>

#include <cstdint>     // std::uint32_t
#include <functional>  // std::function (the action a parsed command runs)
#include <optional>    // std::optional (byte offsets)
#include <string>      // std::string
#include <string_view> // std::string_view
#include <vector>      // std::vector (lists of problems)

namespace CLI {
class App;
} // namespace CLI

namespace bedrock::cli {

/** The exit statuses of the program. */
enum exit_status : int {
    success = 0,     ///< The command did what was asked.
    usage_error = 1, ///< The command line itself is wrong; the usage goes to stderr.
    bad_input = 2,   ///< The command line is well formed but a value in it (or in a file) is not.
};

/** Options that every command understands. */
struct global_options {
    bool pretty = false; ///< Pretty-print JSON on stdout.
};

/** One thing wrong with the input, printed as one line on stderr:
    `error: <code>: <message>` followed by ` (at byte N)` when there is an offset. */
struct problem {
    std::string code;                    ///< The wire spelling of the error code, e.g. `too_long`.
    std::string message;                 ///< What is wrong, prefixed with which input it is about.
    std::optional<std::uint32_t> offset; ///< Byte offset into that input, when there is one.
};

/// A problem from a library parse_error about the input named `subject` (e.g. `--model`).
[[nodiscard]] problem make_problem(std::string_view subject, parse_error e, bool with_offset = true);

/// The problem of building a cross-region profile from `model_id`: the references' sentence for a model
/// that is not in the catalog or has no cross-region support, `cross_region_support_unknown` for a model
/// that only aws-cdk-lib names (no source states its support), else `make_problem(subject, e)`.
[[nodiscard]] problem cross_region_problem(std::string_view subject, parse_error e, std::string_view model_id);

/// The option a concrete-ARN error is about (`--partition`, `--region` or `--account`). The library reports
/// offsets into the ARN it builds, which the user never typed, so the CLI names the option instead.
[[nodiscard]] std::string_view location_option(errc code) noexcept;

/// `s` made safe for a terminal: bytes 0x00-0x1f and 0x7f, C1 controls (U+0080-U+009F) and bytes that are
/// not UTF-8 are written as `\xHH` (one per byte), a backslash as `\\`; other text is unchanged. Every
/// line the CLI prints for a terminal (tables, error lines, nextToken) goes through it; JSON output does not
/// need it (its own escaping writes every control character as `\u00XX`).
[[nodiscard]] std::string terminal_text(std::string_view s);

/// Columns `s` takes on a terminal: one per code point (each invalid UTF-8 subpart counts one).
[[nodiscard]] std::size_t terminal_width(std::string_view s) noexcept;

/// Writes `v` to stdout, compact or (with --pretty) in the AWS CLI v2 layout, followed by a newline.
void print_json(boost::json::value const& v, global_options const& g);

/// Writes rows as a table on stdout: the first row is the header, columns are left-aligned and separated by
/// two spaces, and the last column is not padded.
void print_table(std::vector<std::vector<std::string>> const& rows);

/// Writes every problem to stderr, one line each, and returns exit_status::bad_input.
int report(std::vector<problem> const& problems);

/// Writes one problem to stderr and returns exit_status::bad_input.
int report(problem const& p);

/// What a command does once its arguments are parsed: returns an exit status.
using action = std::function<int()>;

/// The program's arguments as given (without the program name); main() fills it before parsing. `request`
/// reads its list options from here again: CLI11 cuts a vector option's `[a,b]` at its commas (its own list
/// syntax), which would cut a JSON list apart.
[[nodiscard]] std::vector<std::string>& raw_arguments();

/// Each command adds its subcommand to `app`; when that subcommand is parsed, it stores its work in `run`.
void add_models_command(CLI::App& app, global_options const& g, action& run);
void add_geos_command(CLI::App& app, global_options const& g, action& run);
void add_cris_command(CLI::App& app, global_options const& g, action& run);
void add_parse_command(CLI::App& app, global_options const& g, action& run);
void add_app_profile_command(CLI::App& app, global_options const& g, action& run);
void add_inspect_command(CLI::App& app, global_options const& g, action& run);
void add_request_command(CLI::App& app, global_options const& g, action& run);

/// `inspect` for the responses of the request side (prompt routers, foundation models, tags, the Create
/// responses), told apart by their members: the exit
/// status when `doc` is one of them, std::nullopt when it is none of them.
[[nodiscard]] std::optional<int> inspect_request_response(boost::json::value const& doc, bool json, global_options const& g);

/// `inspect --operation <op>`: reads `text` as the response of `op` (AWS CLI spelling). The exit status, or
/// std::nullopt for get-inference-profile and list-inference-profiles (which `inspect` itself shows).
[[nodiscard]] std::optional<int> inspect_operation_response(std::string_view op, std::string_view text, bool json,
                                                            global_options const& g);

/// The operations whose responses `inspect --operation` reads, in the AWS CLI's spelling.
[[nodiscard]] std::vector<std::string> const& response_operations();

} // namespace bedrock::cli

#endif // BEDROCK_SRC_CLI_HPP
