// Printing: JSON (compact or indented) on stdout, problems on stderr.
#include "cli.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm> // std::max
#include <iostream> // std::cout, std::cerr: this is the program, not the library
#include <string>

namespace bedrock::cli {
namespace {

// Indented output in the layout of Python's json.dumps(indent=4), which is what the AWS CLI prints:
// one member or element per line, `": "` after keys, and `{}` / `[]` for empty containers.
// Scalars and strings are written by Boost.JSON's serializer, so escaping is Boost's.
void write_indented(std::string& out, boost::json::value const& v, std::size_t depth) {
    auto const newline = [&](std::size_t d) {
        out += '\n';
        out.append(d * 4, ' ');
    };
    if (auto const* o = v.if_object(); o && !o->empty()) {
        out += '{';
        bool first = true;
        for (auto const& member : *o) {
            if (!first) out += ',';
            first = false;
            newline(depth + 1);
            out += boost::json::serialize(boost::json::string_view(member.key()));
            out += ": ";
            write_indented(out, member.value(), depth + 1);
        }
        newline(depth);
        out += '}';
    } else if (auto const* a = v.if_array(); a && !a->empty()) {
        out += '[';
        bool first = true;
        for (auto const& element : *a) {
            if (!first) out += ',';
            first = false;
            newline(depth + 1);
            write_indented(out, element, depth + 1);
        }
        newline(depth);
        out += ']';
    } else {
        out += boost::json::serialize(v);
    }
}

} // namespace

problem make_problem(std::string_view subject, parse_error e, bool with_offset) {
    problem p;
    p.code = std::string(to_string(e.code));
    p.message = std::string(subject) + ": " + std::string(e.message());
    if (with_offset) p.offset = e.offset;
    return p;
}

void print_json(boost::json::value const& v, global_options const& g) {
    std::string out;
    if (g.pretty) {
        write_indented(out, v, 0);
    } else {
        out = boost::json::serialize(v);
    }
    out += '\n';
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
