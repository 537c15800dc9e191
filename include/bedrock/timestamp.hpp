#ifndef BEDROCK_TIMESTAMP_HPP
#define BEDROCK_TIMESTAMP_HPP

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>

#include <chrono>       // std::chrono::sys_time, year_month_day, hh_mm_ss
#include <cmath>        // std::floor, std::isfinite, std::llround (epoch-second numbers)
#include <cstdint>      // std::int64_t, std::uint32_t
#include <string>       // std::string (format_timestamp)
#include <string_view>  // std::string_view

namespace bedrock {

/** A point in time with microsecond precision, in UTC.

    This is the C++ type of every Bedrock `Timestamp` member (`createdAt`, `updatedAt`, the lifecycle times).
    The service sends microseconds at most, so nothing is lost; fraction digits beyond 6 are truncated on read.

    @par Example
    @code
    bedrock::timestamp t = bedrock::parse_timestamp("2024-11-04T17:49:37.317261Z").value();
    std::string cli = bedrock::format_timestamp(t, bedrock::timestamp_format::cli);
    // cli == "2024-11-04T17:49:37.317261+00:00"
    @endcode
*/
using timestamp = std::chrono::sys_time<std::chrono::microseconds>;

/** How a timestamp is written (`docs/json.md`).

    Both forms write the fraction only when the microseconds are not zero, and then with exactly 6 digits.
*/
enum class timestamp_format : unsigned char {
    wire, ///< `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`, what botocore sends and the wire fixtures hold.
    cli,  ///< `YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`, what AWS CLI v2 prints (`dateutil` `isoformat()`).
};

namespace detail {

constexpr bool ts_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Reads `n` digits at `s[i..]`; on failure returns the offset of the first bad byte (or the end) in `bad`.
constexpr bool ts_digits(std::string_view s, std::size_t i, std::size_t n, int& out, std::uint32_t& bad) noexcept {
    out = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (i + k >= s.size()) { bad = static_cast<std::uint32_t>(s.size()); return false; }
        if (!ts_digit(s[i + k])) { bad = static_cast<std::uint32_t>(i + k); return false; }
        out = out * 10 + (s[i + k] - '0');
    }
    return true;
}

constexpr bool ts_expect(std::string_view s, std::size_t i, char a, char b, std::uint32_t& bad) noexcept {
    if (i >= s.size()) { bad = static_cast<std::uint32_t>(s.size()); return false; }
    if (s[i] != a && s[i] != b) { bad = static_cast<std::uint32_t>(i); return false; }
    return true;
}

constexpr parse_error ts_fail(std::string_view s, std::uint32_t at) noexcept {
    return {at >= s.size() ? errc::unexpected_end : errc::invalid_character, at};
}

/// Longest accepted text: `YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM` (35 bytes).
inline constexpr std::size_t max_timestamp_size = 35;

} // namespace detail

/** Parses an RFC 3339 timestamp as the library's reader accepts it (`docs/json.md`).

    Accepted: `YYYY-MM-DD` `T`|`t` `HH:MM:SS`, an optional fraction of 1 to 9 digits, and `Z`|`z` or `±HH:MM`.
    The date must exist (leap years included), hour ≤ 23, minute ≤ 59, second ≤ 59 (no leap second), offset
    hour ≤ 23 and offset minute ≤ 59. The value is converted to UTC; fraction digits beyond 6 are truncated.
    Rejected: a missing offset, a space instead of `T`, a date without time, `+0000`, an empty fraction, and
    (`errc::too_long` at the offset's sign) an offset that moves the instant outside the years 0000–9999, so
    every accepted value is @ref is_formattable and formats back to the same instant. Never allocates and never throws.

    @par Example
    @code
    auto r = bedrock::parse_timestamp("2024-11-04T12:49:37.317261-05:00");
    // r->time_since_epoch().count() == 1730742577317261
    auto bad = bedrock::parse_timestamp("2024-02-30T10:15:00Z");
    // bad.error().code == bedrock::errc::invalid_character, bad.error().offset == 8 (the day)
    @endcode

    @par Specification
    RFC 3339 §5.6; `docs/json.md`

    @param text The string value (without JSON quotes).
    @return The instant, or a @ref parse_error whose offset is the first byte of the field that is out of
            range, the first unexpected byte, or the input length when the text ends early.
*/
[[nodiscard]] constexpr result<timestamp> parse_timestamp(std::string_view text) noexcept {
    using namespace std::chrono;
    std::uint32_t bad = 0;
    if (text.size() > detail::max_timestamp_size)
        return parse_error{errc::too_long, static_cast<std::uint32_t>(detail::max_timestamp_size)};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!detail::ts_digits(text, 0, 4, y, bad) || !detail::ts_expect(text, 4, '-', '-', bad) ||
        !detail::ts_digits(text, 5, 2, mo, bad))
        return detail::ts_fail(text, bad);
    if (mo < 1 || mo > 12) return parse_error{errc::invalid_character, 5};
    if (!detail::ts_expect(text, 7, '-', '-', bad) || !detail::ts_digits(text, 8, 2, d, bad))
        return detail::ts_fail(text, bad);
    year_month_day const ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return parse_error{errc::invalid_character, 8};
    if (!detail::ts_expect(text, 10, 'T', 't', bad) || !detail::ts_digits(text, 11, 2, h, bad))
        return detail::ts_fail(text, bad);
    if (h > 23) return parse_error{errc::invalid_character, 11};
    if (!detail::ts_expect(text, 13, ':', ':', bad) || !detail::ts_digits(text, 14, 2, mi, bad))
        return detail::ts_fail(text, bad);
    if (mi > 59) return parse_error{errc::invalid_character, 14};
    if (!detail::ts_expect(text, 16, ':', ':', bad) || !detail::ts_digits(text, 17, 2, se, bad))
        return detail::ts_fail(text, bad);
    if (se > 59) return parse_error{errc::invalid_character, 17};
    std::size_t i = 19;
    std::int64_t micros = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        std::size_t const start = i;
        std::int64_t scale = 100000;
        while (i < text.size() && detail::ts_digit(text[i])) {
            if (i - start == 9) return parse_error{errc::too_long, static_cast<std::uint32_t>(i)};
            micros += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start) return detail::ts_fail(text, static_cast<std::uint32_t>(i));
    }
    if (i >= text.size()) return parse_error{errc::unexpected_end, static_cast<std::uint32_t>(i)};
    std::int64_t offset_minutes = 0;
    std::size_t const sign_at = i; // the UTC offset is the field that can move the instant out of range
    if (text[i] == 'Z' || text[i] == 'z') {
        ++i;
    } else if (text[i] == '+' || text[i] == '-') {
        bool const negative = text[i] == '-';
        int oh = 0, om = 0;
        if (!detail::ts_digits(text, i + 1, 2, oh, bad)) return detail::ts_fail(text, bad);
        if (oh > 23) return parse_error{errc::invalid_character, static_cast<std::uint32_t>(i + 1)};
        if (!detail::ts_expect(text, i + 3, ':', ':', bad) || !detail::ts_digits(text, i + 4, 2, om, bad))
            return detail::ts_fail(text, bad);
        if (om > 59) return parse_error{errc::invalid_character, static_cast<std::uint32_t>(i + 4)};
        offset_minutes = (negative ? -1 : 1) * (oh * 60 + om);
        i += 6;
    } else {
        return parse_error{errc::invalid_character, static_cast<std::uint32_t>(i)};
    }
    if (i != text.size()) return parse_error{errc::invalid_character, static_cast<std::uint32_t>(i)};
    auto const local = sys_days{ymd} + hours{h} + minutes{mi} + seconds{se};
    timestamp const t{time_point_cast<microseconds>(local - minutes{offset_minutes}) + microseconds{micros}};
    // An offset can move a year-0000 or year-9999 local time outside the years format_timestamp can write;
    // refuse it here rather than have the value change on the way out (same rule as
    // timestamp_from_epoch_seconds: -62167219200 s = 0000-01-01T00:00:00Z, 253402300800 s = 10000-01-01).
    constexpr std::int64_t lo = -62167219200LL * 1000000;
    constexpr std::int64_t hi = 253402300800LL * 1000000;
    if (auto const c = t.time_since_epoch().count(); c < lo || c >= hi)
        return parse_error{errc::too_long, static_cast<std::uint32_t>(sign_at)};
    return t;
}

/** Converts a JSON number of epoch seconds to a timestamp, rounded to the nearest microsecond (`docs/json.md`).

    @par Example
    @code
    auto t = bedrock::timestamp_from_epoch_seconds(1730742577.5);
    // t->time_since_epoch().count() == 1730742577500000
    @endcode

    @return The instant, or `errc::invalid_character` (offset 0) for NaN or infinity, or `errc::too_long`
            when the instant lies outside the years 0000–9999 that the text forms can express.
*/
[[nodiscard]] inline result<timestamp> timestamp_from_epoch_seconds(double seconds) noexcept {
    if (!std::isfinite(seconds)) return parse_error{errc::invalid_character, 0};
    // -62167219200 = 0000-01-01T00:00:00Z, 253402300800 = 10000-01-01T00:00:00Z
    if (seconds < -62167219200.0 || seconds >= 253402300800.0) return parse_error{errc::too_long, 0};
    double const whole = std::floor(seconds);
    auto const micros = static_cast<std::int64_t>(whole) * 1000000 + std::llround((seconds - whole) * 1e6);
    return timestamp{std::chrono::microseconds{micros}};
}

/** Converts integral epoch seconds (a JSON integer) to a timestamp; same range rule as the `double` overload. */
[[nodiscard]] inline result<timestamp> timestamp_from_epoch_seconds(std::int64_t seconds) noexcept {
    if (seconds < -62167219200 || seconds >= 253402300800) return parse_error{errc::too_long, 0};
    return timestamp{std::chrono::seconds{seconds}};
}

/** True when the timestamp lies in the years 0000–9999, which is what @ref format_timestamp can write. */
[[nodiscard]] constexpr bool is_formattable(timestamp t) noexcept {
    constexpr std::int64_t lo = -62167219200LL * 1000000;
    constexpr std::int64_t hi = 253402300800LL * 1000000;
    auto const c = t.time_since_epoch().count();
    return c >= lo && c < hi;
}

namespace detail {

/// Longest text @ref format_timestamp writes: `YYYY-MM-DDTHH:MM:SS.ffffff+00:00` (32 bytes).
inline constexpr std::size_t max_formatted_timestamp_size = 32;

/// Writes @ref format_timestamp's text into `out` (at least `max_formatted_timestamp_size` bytes) without
/// allocating; returns the number of bytes written. The JSON writer uses it directly.
inline std::size_t write_timestamp(char* out, timestamp t, timestamp_format f) noexcept {
    using namespace std::chrono;
    constexpr std::int64_t lo = -62167219200LL * 1000000;
    constexpr std::int64_t hi = 253402300800LL * 1000000 - 1;
    auto c = t.time_since_epoch().count();
    if (c < lo) c = lo;
    if (c > hi) c = hi;
    t = timestamp{microseconds{c}};
    auto const dp = floor<days>(t);
    year_month_day const ymd{dp};
    hh_mm_ss<microseconds> const tod{t - dp};
    char* p = out;
    auto put = [&p](long long v, int width) {
        for (int k = width - 1; k >= 0; --k) { p[k] = static_cast<char>('0' + v % 10); v /= 10; }
        p += width;
    };
    put(static_cast<int>(ymd.year()), 4); *p++ = '-';
    put(static_cast<unsigned>(ymd.month()), 2); *p++ = '-';
    put(static_cast<unsigned>(ymd.day()), 2); *p++ = 'T';
    put(tod.hours().count(), 2); *p++ = ':';
    put(tod.minutes().count(), 2); *p++ = ':';
    put(tod.seconds().count(), 2);
    if (auto const us = tod.subseconds().count(); us != 0) { *p++ = '.'; put(us, 6); }
    if (f == timestamp_format::wire) {
        *p++ = 'Z';
    } else {
        for (char ch : {'+', '0', '0', ':', '0', '0'}) *p++ = ch;
    }
    return static_cast<std::size_t>(p - out);
}

} // namespace detail

/** Writes a timestamp in the wire or CLI form of `docs/json.md`.

    The fraction is written only when the microseconds are not zero, and then with exactly 6 digits.
    Precondition: @ref is_formattable(t) (a timestamp read by this library always is); other values are
    clamped to the nearest formattable instant.

    @par Example
    @code
    auto t = bedrock::parse_timestamp("2024-09-30T00:00:00Z").value();
    assert(bedrock::format_timestamp(t, bedrock::timestamp_format::wire) == "2024-09-30T00:00:00Z");
    assert(bedrock::format_timestamp(t, bedrock::timestamp_format::cli) == "2024-09-30T00:00:00+00:00");
    @endcode
*/
[[nodiscard]] inline std::string format_timestamp(timestamp t, timestamp_format f = timestamp_format::wire) {
    char buf[detail::max_formatted_timestamp_size];
    return std::string(buf, detail::write_timestamp(buf, t, f));
}

} // namespace bedrock

#endif // BEDROCK_TIMESTAMP_HPP
