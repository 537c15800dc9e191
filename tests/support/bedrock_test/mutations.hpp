// Single-byte mutations of a string, the neighbourhood in which the fast paths are checked against the exact
// engines (tests/unit/regex_oracle.cpp, regex_oracle_kinds.cpp, scan_fast_path.cpp, bedrock_arn_fast_path.cpp,
// classify_fast_path.cpp).
#ifndef BEDROCK_TEST_MUTATIONS_HPP
#define BEDROCK_TEST_MUTATIONS_HPP

#include <cstddef>      // std::size_t
#include <string>       // the mutated copies
#include <string_view>  // the alphabet

namespace bedrock_test {

/// Letters of both cases, a digit, every delimiter of the grammars, a space and a non-ASCII byte.
inline constexpr std::string_view mutation_alphabet{"aZ0.:/-_ \xc3"};

/** Calls `f(std::string const&)` on every single-byte deletion of `s`, and every insertion and substitution of a
    byte of `alphabet` (a substitution only where it changes the byte), position by position. Every mutation is
    built in one reused buffer (no allocation per mutation: the callers run millions of them, also at -O0). */
template <class F>
void for_each_single_byte_mutation(std::string const& s, F&& f, std::string_view alphabet = mutation_alphabet) {
    std::string m;
    m.reserve(s.size() + 1);
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size()) {
            m.assign(s, 0, i).append(s, i + 1);
            f(static_cast<std::string const&>(m));
        }
        for (char c : alphabet) {
            m.assign(s, 0, i).append(1, c).append(s, i);
            f(static_cast<std::string const&>(m));
            if (i < s.size() && s[i] != c) {
                m.assign(s);
                m[i] = c;
                f(static_cast<std::string const&>(m));
            }
        }
    }
}

} // namespace bedrock_test

#endif // BEDROCK_TEST_MUTATIONS_HPP
