// A user's translation unit of the compiled JSON library (never linked): every entry point of <bedrock/json.hpp>
// on documents of each family. check_no_definitions.cmake reads its object file with nm: compiled with
// BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION it must call the readers and writers, not define them; compiled
// without it (the control object), it defines them.
#include <bedrock/json/documents.hpp>

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <string>
#include <string_view>

std::string bedrock_user_tu_round_trip(std::string_view text) {
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(text);
    if (!r) return r.error().message;
    return bedrock::serialize_document(*r);
}

std::string bedrock_user_tu_dom(std::string_view text) {
    auto t = bedrock::parse_document<bedrock::cfn_template>(text);
    if (!t) return t.error().message;
    auto v = bedrock::to_json_value(*t);
    auto back = bedrock::from_json_value<bedrock::cfn_template>(v);
    auto p = boost::json::try_value_to<bedrock::iam_policy_document>(boost::json::value_from(bedrock::iam_policy_document{}));
    return back && p ? "ok" : "failed";
}
