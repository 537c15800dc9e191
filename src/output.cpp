// Printing: JSON (compact or indented) on stdout, problems on stderr.
#include "cli.hpp"

#include <bedrock/cross_region_profile.hpp> // cross_region_error_message
#include <bedrock/json.hpp>

#include <algorithm> // std::max
#include <iostream> // std::cout, std::cerr: this is the program, not the library
#include <string>

namespace bedrock::cli {

problem make_problem(std::string_view subject, parse_error e, bool with_offset) {
    problem p;
    p.code = std::string(to_string(e.code));
    p.message = std::string(subject) + ": " + std::string(e.message());
    if (with_offset) p.offset = e.offset;
    return p;
}

problem cross_region_problem(std::string_view subject, parse_error e, std::string_view model_id) {
    if (e.code == errc::not_cross_region_capable || e.code == errc::unknown_model || e.code == errc::geo_not_offered)
        return problem{std::string(to_string(e.code)), cross_region_error_message(e, model_id), std::nullopt};
    return make_problem(subject, e);
}

std::string_view location_option(errc code) noexcept {
    switch (code) {
    case errc::unknown_partition: return "--partition";
    case errc::account_required:
    case errc::bad_account: return "--account";
    default: return "--region";
    }
}

void print_json(boost::json::value const& v, global_options const& g) {
    // The library's printer: Python json.dumps layout, the cli form being what the AWS CLI v2 prints.
    std::string out = format_json(v, g.pretty ? json_layout::cli : json_layout::compact);
    if (!g.pretty) out += '\n';
    std::cout << out;
}

void print_table(std::vector<std::vector<std::string>> const& rows) {
    std::vector<std::size_t> widths;
    for (auto const& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    std::string out;
    for (auto const& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += row[i];
            if (i + 1 < row.size()) out.append(widths[i] - row[i].size() + 2, ' ');
        }
        out += '\n';
    }
    std::cout << out;
}

int report(problem const& p) {
    std::cerr << "error: " << p.code << ": " << p.message;
    if (p.offset) std::cerr << " (at byte " << *p.offset << ')';
    std::cerr << '\n';
    return exit_status::bad_input;
}

int report(std::vector<problem> const& problems) {
    for (auto const& p : problems) report(p);
    return exit_status::bad_input;
}

} // namespace bedrock::cli
