#ifndef BEDROCK_PERCENT_ENCODING_HPP
#define BEDROCK_PERCENT_ENCODING_HPP

/** @file
    Percent-encoding of URI path labels and query components exactly as the AWS REST-JSON protocol and
    Signature Version 4 require.

    Every byte outside the unreserved set `A-Z a-z 0-9 - _ . ~` becomes `%XX` with two uppercase hex digits;
    this includes `/` and `:` in a label (an ARN in `/inference-profiles/{inferenceProfileIdentifier}` becomes
    one path segment), space (`%20`, never `+`) and every byte of a UTF-8 sequence. A *greedy* label
    (`{Key+}` in a service model) keeps `/` unencoded; none of the Bedrock operations of this library has one,
    but the form is here for completeness.

    @par Specification
    - Signature Version 4, "Create a canonical request": "URI-encode each URI path segment"; "do not
      URI-encode any of the unreserved characters that RFC 3986 defines: A-Z, a-z, 0-9, hyphen ( - ),
      underscore ( _ ), period ( . ), and tilde ( ~ )"; "percent-encode all other characters with %XY, where X
      and Y are hexadecimal characters (0-9 and uppercase A-F)"
      (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
    - Smithy `@httpLabel`: "the value of the label MUST be percent-encoded" and greedy labels keep `/`
      (https://smithy.io/2.0/spec/http-bindings.html#httplabel-trait).
*/

#include <array>        // std::array (the unreserved table)
#include <cstddef>      // std::size_t
#include <string>       // std::string (the allocating forms)
#include <string_view>  // std::string_view

namespace bedrock {

/** Whether `/` is encoded: `label` for a normal `{name}` label and query components, `greedy_label` for a
    `{name+}` label whose `/` separate path segments. */
enum class percent_encoding_mode : unsigned char {
    label,        ///< Encode everything outside `A-Z a-z 0-9 - _ . ~`, including `/`.
    greedy_label, ///< The same, but keep `/`.
};

namespace detail {
inline constexpr std::array<bool, 256> unreserved_table = [] {
    std::array<bool, 256> t{};
    for (unsigned c = 'A'; c <= 'Z'; ++c) t[c] = true;
    for (unsigned c = 'a'; c <= 'z'; ++c) t[c] = true;
    for (unsigned c = '0'; c <= '9'; ++c) t[c] = true;
    t[static_cast<unsigned char>('-')] = true;
    t[static_cast<unsigned char>('_')] = true;
    t[static_cast<unsigned char>('.')] = true;
    t[static_cast<unsigned char>('~')] = true;
    return t;
}();
inline constexpr std::string_view upper_hex_digits = "0123456789ABCDEF";
} // namespace detail

/** True when byte `c` is in the RFC 3986 unreserved set `A-Z a-z 0-9 - _ . ~` (written as is).

    @par Example
    @code
    static_assert(bedrock::is_unreserved('~') && !bedrock::is_unreserved(':') && !bedrock::is_unreserved('/'));
    @endcode
*/
[[nodiscard]] constexpr bool is_unreserved(char c) noexcept {
    return detail::unreserved_table[static_cast<unsigned char>(c)];
}

/** True when byte `c` is written as is in `mode` (unreserved, or `/` in a greedy label). */
[[nodiscard]] constexpr bool is_kept(char c, percent_encoding_mode mode) noexcept {
    return is_unreserved(c) || (c == '/' && mode == percent_encoding_mode::greedy_label);
}

/** The length of `s` once percent-encoded in `mode` (each encoded byte takes 3).

    @par Example
    @code
    static_assert(bedrock::percent_encoded_size("us.amazon.nova-pro-v1:0") == 25);
    @endcode
*/
[[nodiscard]] constexpr std::size_t percent_encoded_size(std::string_view s,
                                                         percent_encoding_mode mode = percent_encoding_mode::label) noexcept {
    std::size_t n = 0;
    for (char c : s) n += is_kept(c, mode) ? 1 : 3;
    return n;
}

/** Writes `s` percent-encoded into [first, last). Never allocates.

    @return one past the last byte written, or `nullptr` (nothing written) when the range is smaller than
    `percent_encoded_size(s, mode)`.
    @par Example
    @code
    char buf[64];
    char* end = bedrock::percent_encode_to("arn:aws:bedrock:us-east-1::foundation-model/a.b", buf, buf + sizeof buf);
    assert(end && std::string_view(buf, end) == "arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Fa.b");
    @endcode
*/
constexpr char* percent_encode_to(std::string_view s, char* first, char* last,
                                  percent_encoding_mode mode = percent_encoding_mode::label) noexcept {
    if (first == nullptr || last < first || static_cast<std::size_t>(last - first) < percent_encoded_size(s, mode))
        return nullptr;
    for (char c : s) {
        if (is_kept(c, mode)) {
            *first++ = c;
            continue;
        }
        auto const b = static_cast<unsigned char>(c);
        *first++ = '%';
        *first++ = detail::upper_hex_digits[b >> 4];
        *first++ = detail::upper_hex_digits[b & 0xF];
    }
    return first;
}

/** Appends `s` percent-encoded to `out`. */
inline void append_percent_encoded(std::string& out, std::string_view s,
                                   percent_encoding_mode mode = percent_encoding_mode::label) {
    auto const at = out.size();
    out.resize(at + percent_encoded_size(s, mode));
    percent_encode_to(s, out.data() + at, out.data() + out.size(), mode);
}

/** `s` percent-encoded as a `std::string`.

    @par Example
    @code
    assert(bedrock::percent_encode("a b/c") == "a%20b%2Fc");
    assert(bedrock::percent_encode("a b/c", bedrock::percent_encoding_mode::greedy_label) == "a%20b/c");
    @endcode
*/
[[nodiscard]] inline std::string percent_encode(std::string_view s,
                                                percent_encoding_mode mode = percent_encoding_mode::label) {
    std::string out;
    append_percent_encoded(out, s, mode);
    return out;
}

} // namespace bedrock

#endif // BEDROCK_PERCENT_ENCODING_HPP
