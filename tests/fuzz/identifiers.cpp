// Fuzzes every run-time identifier parser with arbitrary bytes and checks the properties that must hold
// for any input: no crash or UB (the sanitizers watch), offsets inside the input, and parse -> format
// giving back exactly the input.
#include <bedrock/profiles.hpp>
#include <bedrock/shape.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
void require(bool ok) {
    if (!ok) std::abort();
}
void check_offset(bedrock::parse_error e, std::string_view in) {
    require(e.code != bedrock::errc::ok);
    require(e.offset <= in.size());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);

    if (auto a = bedrock::parse_arn(in)) {
        require(a->str() == in);
        require(bedrock::formatted_size(*a) == in.size());
    } else {
        check_offset(a.error(), in);
    }
    if (auto b = bedrock::parse_bedrock_arn(in)) {
        require(bedrock::parse_arn(in).has_value()); // strict implies generic
    } else {
        check_offset(b.error(), in);
    }
    if (auto p = bedrock::parse_profile_id(in)) {
        require(p->str() == in);
        require(bedrock::to_string(p->geo_prefix()).size() + 1 + p->model().size() == in.size());
        require(bedrock::parse_model_id(p->model()).has_value());
    } else {
        check_offset(p.error(), in);
    }
    if (auto m = bedrock::parse_model_id(in); !m) check_offset(m.error(), in);
    if (auto e = bedrock::check_application_profile_id(in)) check_offset(*e, in);
    for (auto sh : bedrock::all_shapes) {
        auto const syntax = bedrock::check_syntax(sh, in);
        auto const strict = bedrock::check_strict(sh, in);
        if (syntax) check_offset(*syntax, in);
        if (strict) check_offset(*strict, in);
        require(!syntax || strict.has_value()); // strict is never looser than syntax
    }
    auto const c = bedrock::classify_model_identifier(in);
    if (c.kind == bedrock::identifier_kind::invalid) check_offset(c.error, in);
    return 0;
}
