#ifndef BEDROCK_TOOLS_CONFORMANCE_REFERENCE_JSON_HPP
#define BEDROCK_TOOLS_CONFORMANCE_REFERENCE_JSON_HPP

// Reading the JSON that the reference packages produced (tools/reference/*.js) for the conformance tests.

#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bedrock_conformance {

inline boost::json::value load_json(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return boost::json::parse(ss.str());
}

inline std::string read_text(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string_view str(boost::json::value const& v) {
    auto const& s = v.as_string();
    return {s.data(), s.size()};
}

} // namespace bedrock_conformance

#endif
