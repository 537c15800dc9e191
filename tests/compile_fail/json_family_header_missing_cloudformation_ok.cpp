// expect-ok
#include <bedrock/cloudformation.hpp>
#include <bedrock/json/cloudformation.hpp>

#include <string>

inline std::string write_template(bedrock::cfn_template const& t) { return bedrock::serialize_document(t); }
