// Property assertions for the libFuzzer targets in tests/fuzz/: a failed property prints what failed,
// where, and the input (escaped, first 256 bytes) on stderr, then aborts, so libFuzzer saves the input as
// a crash artifact and scripts/fuzz reports a finding. Test-only; not installed.
#ifndef BEDROCK_TESTS_FUZZ_FUZZ_PROPERTY_HPP
#define BEDROCK_TESTS_FUZZ_FUZZ_PROPERTY_HPP

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace bedrock_fuzz {

/// The input of the current run, shown in every failure message.
inline std::string_view& current_input() noexcept {
    static std::string_view in;
    return in;
}

/// Prints `s` with bytes outside printable ASCII as \xHH (at most `limit` bytes).
inline void print_escaped(std::string_view s, std::size_t limit = 256) {
    std::size_t const n = s.size() < limit ? s.size() : limit;
    for (std::size_t i = 0; i < n; ++i) {
        auto const c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F && c != '\\') std::fputc(c, stderr);
        else std::fprintf(stderr, "\\x%02x", c);
    }
    if (n < s.size()) std::fprintf(stderr, "... (%zu bytes)", s.size());
}

[[noreturn]] inline void property_failed(char const* property, char const* file, int line, std::string_view detail = {}) {
    std::fprintf(stderr, "\n==bedrock-fuzz== property failed: %s\n  at %s:%d\n  input: \"", property, file, line);
    print_escaped(current_input());
    std::fprintf(stderr, "\"\n");
    if (!detail.empty()) {
        std::fprintf(stderr, "  detail: \"");
        print_escaped(detail);
        std::fprintf(stderr, "\"\n");
    }
    std::abort();
}

} // namespace bedrock_fuzz

/// Aborts with the property's text, file and line when `cond` is false.
#define BEDROCK_PROPERTY(cond) \
    ((cond) ? void(0) : ::bedrock_fuzz::property_failed(#cond, __FILE__, __LINE__))

/// Same, and also prints `detail` (a string_view, e.g. the builder output that failed to parse).
#define BEDROCK_PROPERTY_DETAIL(cond, detail) \
    ((cond) ? void(0) : ::bedrock_fuzz::property_failed(#cond, __FILE__, __LINE__, (detail)))

/// The error offset lies inside the input (the input length counts as inside: "ended early").
#define BEDROCK_PROPERTY_OFFSET_INSIDE(err, input) \
    BEDROCK_PROPERTY((err).code != ::bedrock::errc::ok && (err).offset <= (input).size())

#endif // BEDROCK_TESTS_FUZZ_FUZZ_PROPERTY_HPP
