#ifndef BEDROCK_RESULT_HPP
#define BEDROCK_RESULT_HPP

/** @file
    `result<T, E>`: a value or an error, the one result type of the library. `E` defaults to @ref parse_error
    (identifier parsers); `<bedrock/json.hpp>` uses `result<T, json_error>` and the application-profile builders
    `result<T, std::vector<profile_violation>>` (@ref checked).
*/

#include <bedrock/error.hpp>

#include <exception>    // std::exception (bad_result_access)
#include <type_traits>  // std::is_nothrow_*, std::conditional_t, std::invoke_result_t, std::is_same_v
#include <utility>      // std::move, std::forward

namespace bedrock {

/// The tag type of @ref in_place_call.
struct in_place_call_t {
    explicit in_place_call_t() = default;
};
/** Selects the constructor of @ref result that builds the value in place from what a callable returns:
    `result<T>(in_place_call, [&] { return T{…}; })`. */
inline constexpr in_place_call_t in_place_call{};

/** Thrown by @ref result::value when a `result<T>` (error type @ref parse_error) holds an error. */
class bad_result_access : public std::exception {
public:
    explicit bad_result_access(parse_error e) noexcept : error_(e) {}
    [[nodiscard]] char const* what() const noexcept override { return error_.message().data(); }
    /// The error the result held.
    [[nodiscard]] parse_error error() const noexcept { return error_; }

private:
    parse_error error_;
};

/** What @ref result::value throws for a @ref parse_error. Each error type names its exception with an
    overload of this function in its own namespace (found by argument-dependent lookup): `json_error` throws
    `json_exception`, a list of `profile_violation` throws `validation_error`. */
[[noreturn]] inline void throw_bad_result_access(parse_error e) { throw bad_result_access(e); }

/** Either a `T` or an `E` (by default a @ref parse_error).

    `T` and `E` must be default constructible (every value and error type of this library is). The API is the
    common subset of `boost::system::result` and `std::expected`: `has_value()`, `operator bool`, `value()`
    (throws, see @ref throw_bad_result_access), `error()`, `*` and `->`. It is a literal type when `T` and `E`
    are, so parsers that return it can run at compile time.

    @par Example
    @code
    bedrock::result<int> r = bedrock::parse_error{bedrock::errc::empty, 0};
    if (!r) std::string_view why = r.error().message();
    @endcode
*/
template <class T, class E = parse_error>
class result {
public:
    using value_type = T;
    using error_type = E;

    /// Holds a value.
    constexpr result(T v) noexcept(std::is_nothrow_move_constructible_v<T> && std::is_nothrow_default_constructible_v<E>)
        : value_(std::move(v)), has_(true) {}
    /** Holds the value that `make()` returns, constructed in place: `make()` is a prvalue of type `T`, so it
        initialises the held value directly (guaranteed copy elision), with no default-constructed `T` before it and
        no move. For a large `T` that a callable builds member by member (@ref parse_bedrock_arn's `bedrock_arn`),
        this spares the zeroing and the copy of `result(T)`.

        @par Example
        @code
        auto r = bedrock::result<std::array<int, 64>>(bedrock::in_place_call, [] { return std::array<int, 64>{1, 2}; });
        @endcode
    */
    template <class F>
        requires std::is_same_v<std::invoke_result_t<F&>, T>
    constexpr result(in_place_call_t, F make) noexcept(std::is_nothrow_invocable_v<F&> && std::is_nothrow_default_constructible_v<E>)
        : value_(make()), has_(true) {}
    /// Holds an error.
    constexpr result(E e) noexcept(std::is_nothrow_default_constructible_v<T> && std::is_nothrow_move_constructible_v<E>)
        : error_(std::move(e)), has_(false) {}

    /// True when a value is held.
    [[nodiscard]] constexpr bool has_value() const noexcept { return has_; }
    /// True when an error is held.
    [[nodiscard]] constexpr bool has_error() const noexcept { return !has_; }
    /// Same as has_value().
    constexpr explicit operator bool() const noexcept { return has_; }

    /// The value; throws (see @ref throw_bad_result_access) when an error is held.
    constexpr T& value() & { check(); return value_; }
    constexpr T const& value() const& { check(); return value_; }
    constexpr T&& value() && { check(); return std::move(value_); }

    /// The value, or `fallback` when an error is held.
    template <class U>
    [[nodiscard]] constexpr T value_or(U&& fallback) const& {
        return has_ ? value_ : static_cast<T>(std::forward<U>(fallback));
    }

    /// The error; a default `E` (code `ok`, no violations) when a value is held. Small trivially copyable
    /// errors (@ref parse_error) are returned by value, others by reference.
    [[nodiscard]] constexpr std::conditional_t<std::is_trivially_copyable_v<E>, E, E const&> error() const noexcept {
        return error_;
    }

    /// Unchecked access (precondition: has_value()).
    constexpr T& operator*() & noexcept { return value_; }
    constexpr T const& operator*() const& noexcept { return value_; }
    constexpr T&& operator*() && noexcept { return std::move(value_); }
    constexpr T* operator->() noexcept { return &value_; }
    constexpr T const* operator->() const noexcept { return &value_; }

private:
    constexpr void check() const {
        if (!has_) throw_bad_result_access(error_);
    }
    // Both members always exist: that keeps the type a literal type whenever T and E are, with no union
    // tricks that older compilers (clang 14) cannot make conditionally trivial.
    T value_{};
    E error_{};
    bool has_;
};

} // namespace bedrock

#endif // BEDROCK_RESULT_HPP
