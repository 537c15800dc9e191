#ifndef BEDROCK_DETAIL_DEPENDENT_HPP
#define BEDROCK_DETAIL_DEPENDENT_HPP

/** @file
    `dependent<T, I>`: a type that depends on a template parameter. A header function written as
    `template <int I = 0>` that names its tables, return types and callees through `I` (`dependent_t<T, I>`,
    `f<I>(...)`) instantiates none of them until a TU calls it: including a header costs the parsing of its
    text, not the instantiation of every class and function it mentions (issue 9's compile-time targets).
    Standard library free.
*/

namespace bedrock::detail {

/// `T`, as a type that depends on `I`: names a class or variable template's specialization without
/// instantiating it before a function template that uses it is itself instantiated.
template <class T, int I>
struct dependent {
    using type = T;
};

/// `dependent<T, I>::type`.
template <class T, int I>
using dependent_t = typename dependent<T, I>::type;

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_DEPENDENT_HPP
