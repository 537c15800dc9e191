#ifndef BEDROCK_JSON_DETAIL_EXTERN_TEMPLATE_HPP
#define BEDROCK_JSON_DETAIL_EXTERN_TEMPLATE_HPP

// The machinery of the separately compiled JSON library (docs/json.md, "The compiled library"). With
// BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION defined (the CMake target bedrock::profiles_json_compiled defines
// it), every document type's reader and writer are declared `extern template`, so a translation unit that
// reads or writes documents calls them instead of generating them; src/lib/json_documents.cpp defines them,
// once, from the same lists.
//
// The four function templates below are where every entry point of <bedrock/json.hpp> ends up for a described
// type T: parse_document<T> calls read_document<T>, serialize_document<T> calls write_json<T>, and
// from_json_value<T>, to_json_value<T> and the tag_invoke pair call detail::read_value / detail::write_value
// for T. Everything else they instantiate (Boost's parser over the typed handler, the per-type member tables,
// the readers and writers of the members' types) is reached only through these four, so it is generated only
// in the compiled library. The entry points themselves stay inline wrappers of one call.
//
// A family list (json/detail/extern_api.hpp, extern_cloudformation.hpp, extern_iam.hpp) defines
// `BEDROCK_JSON_DETAIL_<FAMILY>_DOCUMENTS(X)`, which calls X(type) for each of its document types, and applies
// BEDROCK_JSON_DETAIL_EXTERN_DOCUMENT to it. A list is included after the descriptions and traits of its types.

#include <bedrock/json/convert.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/format.hpp>
#include <bedrock/json/reader.hpp>
#include <bedrock/json/stream_reader.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/json/writer.hpp>
#include <bedrock/timestamp.hpp>

#include <boost/json/value.hpp>

#include <string>       // std::string (write_json's output)
#include <string_view>  // std::string_view (read_document's input)

/// The four templates of one document type T, instantiated by `prefix template` (prefix: `extern` for the
/// declarations, empty for the definitions). T is a name in namespace bedrock.
#define BEDROCK_JSON_DETAIL_DOCUMENT_TEMPLATES(prefix, T)                                                        \
    namespace bedrock {                                                                                          \
    prefix template json_result<T> read_document<T>(std::string_view, read_mode, json_read_options) noexcept;    \
    prefix template void write_json<T>(std::string&, T const&, json_layout, timestamp_format);                 \
    namespace detail {                                                                                           \
    prefix template bool read_value<T>(bj::value const&, T&, read_ctx&);                                         \
    prefix template bj::value write_value<T>(T const&, write_ctx const&);                                        \
    }                                                                                                            \
    }

/// X-macro argument: the explicit instantiation declarations of one document type (in every user TU).
#define BEDROCK_JSON_DETAIL_EXTERN_DOCUMENT(T) BEDROCK_JSON_DETAIL_DOCUMENT_TEMPLATES(extern, T)

/// X-macro argument: the explicit instantiation definitions of one document type (src/lib/json_documents.cpp).
#define BEDROCK_JSON_DETAIL_INSTANTIATE_DOCUMENT(T) BEDROCK_JSON_DETAIL_DOCUMENT_TEMPLATES(, T)

#endif // BEDROCK_JSON_DETAIL_EXTERN_TEMPLATE_HPP
