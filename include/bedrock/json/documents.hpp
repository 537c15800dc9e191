#ifndef BEDROCK_JSON_DOCUMENTS_HPP
#define BEDROCK_JSON_DOCUMENTS_HPP

/** @file
    The JSON form of every document type of the library: the three family headers together,
    `<bedrock/json/api.hpp>` (Bedrock API requests and responses), `<bedrock/json/cloudformation.hpp>`
    (CloudFormation templates) and `<bedrock/json/iam.hpp>` (IAM policy documents), each with the entry points
    of `<bedrock/json.hpp>`. A TU that reads or writes one family compiles faster with that family's header
    alone (issue 9).
*/

#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#endif // BEDROCK_JSON_DOCUMENTS_HPP
