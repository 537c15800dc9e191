// Printing: JSON (compact or indented) on stdout, problems on stderr.
#include "cli.hpp"

#include <bedrock/catalog.hpp>              // find_model (cross-region support stated or unknown)
#include <bedrock/cross_region_profile.hpp> // cross_region_error_message
#include <bedrock/detail/scan.hpp>           // utf8_next (escaping, column widths)
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
    // A catalog entry whose cross-region flag no source states (an id only aws-cdk-lib names) and that no source
    // lists in a geo: the library cannot build its profile, but that is not a stated "no" (docs/catalog.md).
    if (e.code == errc::not_cross_region_capable) {
        auto const* m = find_model(model_id);
        if (m && m->capability_state(capability::cross_region) == tristate::unknown) {
            std::string why = m->cdk_member.empty() ? "" : " (aws-cdk-lib names the id and nothing else)";
            return problem{"cross_region_support_unknown",
                           "Model " + std::string(model_id) + ": no source states whether it supports cross-region "
                               "inference" + why + " and none lists a geo that offers it: support is unknown, not "
                               "denied, and no profile is built",
                           std::nullopt};
        }
    }
    if (e.code == errc::not_cross_region_capable || e.code == errc::unknown_model || e.code == errc::geo_not_offered)
        return problem{std::string(to_string(e.code)), cross_region_error_message(e, model_id), std::nullopt};
    return make_problem(subject, e);
}

std::string_view location_option(errc code) noexcept {
    switch (code) {
    case errc::unknown_partition:
    case errc::geo_partition_mismatch: return "--partition";
    case errc::account_required:
    case errc::bad_account: return "--account";
    default: return "--region";
    }
}

std::string terminal_text(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    auto put_byte = [&](unsigned char b) {
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 0xF];
    };
    for (std::size_t i = 0; i < s.size();) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b == '\\') {
            out += "\\\\";
            ++i;
        } else if (b < 0x20 || b == 0x7F) {
            put_byte(b);
            ++i;
        } else if (b < 0x80) {
            out += static_cast<char>(b);
            ++i;
        } else {
            auto const step = detail::utf8_next(s, i);
            // A C1 control (U+0080..U+009F, e.g. U+009B CSI) or a byte that is not UTF-8 (a lone 0x9b is CSI
            // to an 8-bit terminal) is written byte by byte; any other character as it is.
            bool const c1 = step.valid && step.size == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
            if (!step.valid || c1) {
                for (std::size_t k = 0; k < step.size; ++k) put_byte(static_cast<unsigned char>(s[i + k]));
            } else {
                out.append(s.substr(i, step.size));
            }
            i += step.size;
        }
    }
    return out;
}

std::size_t terminal_width(std::string_view s) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) i += detail::utf8_next(s, i).size;
    return n;
}

void print_json(boost::json::value const& v, global_options const& g) {
    // The library's printer: Python json.dumps layout, the cli form being what the AWS CLI v2 prints.
    std::string out = format_json(v, g.pretty ? json_layout::cli : json_layout::compact);
    if (!g.pretty) out += '\n';
    std::cout << out;
}

void print_table(std::vector<std::vector<std::string>> const& rows) {
    // Cells are escaped first, and the columns measured after escaping, in characters rather than bytes.
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    std::vector<std::size_t> widths;
    for (auto const& row : rows) {
        auto& escaped = cells.emplace_back();
        escaped.reserve(row.size());
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            escaped.push_back(terminal_text(row[i]));
            widths[i] = std::max(widths[i], terminal_width(escaped.back()));
        }
    }
    std::string out;
    for (auto const& row : cells) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += row[i];
            if (i + 1 < row.size()) out.append(widths[i] - terminal_width(row[i]) + 2, ' ');
        }
        out += '\n';
    }
    std::cout << out;
}

int report(problem const& p) {
    std::cerr << "error: " << terminal_text(p.code) << ": " << terminal_text(p.message);
    if (p.offset) std::cerr << " (at byte " << *p.offset << ')';
    std::cerr << '\n';
    return exit_status::bad_input;
}

int report(std::vector<problem> const& problems) {
    for (auto const& p : problems) report(p);
    return exit_status::bad_input;
}

} // namespace bedrock::cli
