// expect-error: the JSON form of this CloudFormation document is in <bedrock/json/cloudformation.hpp>: include it
#include <bedrock/cloudformation.hpp>
#include <bedrock/json.hpp>

#include <string>

// <bedrock/json.hpp> alone has the entry points, not the descriptions of the CloudFormation documents.
std::string write_template(bedrock::cfn_template const& t) { return bedrock::serialize_document(t); }
