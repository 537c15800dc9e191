#ifndef BEDROCK_RESULT_HPP
#define BEDROCK_RESULT_HPP

#include <bedrock/error.hpp>

#include <exception>    // std::exception (bad_result_access)
#include <type_traits>  // std::is_nothrow_*
#include <utility>      // std::move, std::in_place

namespace bedrock {

/** Thrown by @ref result::value when the result holds an error. */
class bad_result_access : public std::exception {
public:
    explicit bad_result_access(parse_error e) noexcept : error_(e) {}
    [[nodiscard]] char const* what() const noexcept override { return error_.message().data(); }
    /// The error the result held.
    [[nodiscard]] parse_error error() const noexcept { return error_; }

private:
    parse_error error_;
};

/** Either a `T` or a @ref parse_error.

    `T` must be default constructible (every value type of this library is). The API is the common subset of `boost::system::result` and `std::expected`: `has_value()`,
    `operator bool`, `value()` (throws @ref bad_result_access), `error()`, `*` and `->`. It is a literal
    type when `T` is, so parsers that return it can run at compile time.

    @par Example
    @code
    bedrock::result<int> r = bedrock::parse_error{bedrock::errc::empty, 0};
    if (!r) std::string_view why = r.error().message();
    @endcode
*/
template <class T>
class result {
public:
    using value_type = T;
    using error_type = parse_error;

    /// Holds a value.
    constexpr result(T v) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(v)), has_(true) {}
    /// Holds an error.
    constexpr result(parse_error e) noexcept(std::is_nothrow_default_constructible_v<T>) : error_(e), has_(false) {}

    /// True when a value is held.
    [[nodiscard]] constexpr bool has_value() const noexcept { return has_; }
    /// True when an error is held.
    [[nodiscard]] constexpr bool has_error() const noexcept { return !has_; }
    /// Same as has_value().
    constexpr explicit operator bool() const noexcept { return has_; }

    /// The value; throws bad_result_access when an error is held.
    constexpr T& value() & { check(); return value_; }
    constexpr T const& value() const& { check(); return value_; }
    constexpr T&& value() && { check(); return std::move(value_); }

    /// The value, or `fallback` when an error is held.
    template <class U>
    [[nodiscard]] constexpr T value_or(U&& fallback) const& {
        return has_ ? value_ : static_cast<T>(std::forward<U>(fallback));
    }

    /// The error; `parse_error{}` (code ok) when a value is held.
    [[nodiscard]] constexpr parse_error error() const noexcept { return has_ ? parse_error{} : error_; }

    /// Unchecked access (precondition: has_value()).
    constexpr T& operator*() & noexcept { return value_; }
    constexpr T const& operator*() const& noexcept { return value_; }
    constexpr T&& operator*() && noexcept { return std::move(value_); }
    constexpr T* operator->() noexcept { return &value_; }
    constexpr T const* operator->() const noexcept { return &value_; }

private:
    constexpr void check() const {
        if (!has_) throw bad_result_access(error_);
    }
    // Both members always exist: that keeps the type a literal type whenever T is one, with no union
    // tricks that older compilers (clang 14) cannot make conditionally trivial.
    T value_{};
    parse_error error_{};
    bool has_;
};

} // namespace bedrock

#endif // BEDROCK_RESULT_HPP
