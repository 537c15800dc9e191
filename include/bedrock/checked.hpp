#ifndef BEDROCK_CHECKED_HPP
#define BEDROCK_CHECKED_HPP

/** @file
    `checked<T>`: a value, or every violation that prevented it. A @ref profile_violation names the field
    (a JSON Pointer in API spelling), the byte offset inside its value, the code and a sentence;
    `checked<T>` is `result<T, std::vector<profile_violation>>`, whose `value()` throws @ref validation_error.
    The application-profile validation and builders (`<bedrock/application_profile.hpp>`), the alpha
    construct's checks (`<bedrock/application_profile_alpha.hpp>`) and the policy builders
    (`<bedrock/grants.hpp>`) return it.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>

#include <cstdint>      // std::uint32_t
#include <stdexcept>    // std::logic_error (validation_error)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector

namespace bedrock {

/** One violation found by @ref validate or @ref check_alpha (`<bedrock/application_profile_alpha.hpp>`).

    `field` is a JSON Pointer into the CreateInferenceProfile request (`/inferenceProfileName`,
    `/tags/3/key`, `/modelSource/copyFrom`); `offset` is the byte offset inside that value.
    `rule` is `"service"` for the API/CloudFormation constraints, or the alpha package's error name
    (`ProfileNameTooLong`, …) for @ref check_alpha.
*/
struct profile_violation {
    errc code = errc::ok;         ///< what is wrong
    std::string field;            ///< where (JSON Pointer in API spelling)
    std::uint32_t offset = 0;     ///< byte offset inside the value
    std::string message;          ///< readable explanation
    std::string_view rule;        ///< `"service"` or the alpha code
    friend bool operator==(profile_violation const&, profile_violation const&) = default;
};

/// The `rule` of service violations.
inline constexpr std::string_view service_rule = "service";

/** Thrown by `value()` of a @ref checked result when there is no value. */
class validation_error : public std::logic_error {
public:
    explicit validation_error(std::vector<profile_violation> v)
        : std::logic_error(v.empty() ? std::string("invalid application profile") : v.front().field + ": " + v.front().message),
          violations_(std::move(v)) {}
    /// Every violation.
    [[nodiscard]] std::vector<profile_violation> const& violations() const noexcept { return violations_; }

private:
    std::vector<profile_violation> violations_;
};

/// What `value()` of a @ref checked result throws (found by argument-dependent lookup from @ref result).
[[noreturn]] inline void throw_bad_result_access(std::vector<profile_violation> const& v) { throw validation_error(v); }

/** Either a `T` or every violation that prevented it (at least one): a @ref result whose error is the list.

    @par Example
    @code
    bedrock::application_profile p;  // no name, no source
    auto r = bedrock::make_cfn_resource(p);
    assert(!r && r.error().size() == 2);
    @endcode
*/
template <class T>
using checked = result<T, std::vector<profile_violation>>;

} // namespace bedrock

#endif // BEDROCK_CHECKED_HPP
