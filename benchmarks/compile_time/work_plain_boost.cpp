// Compile-time baseline (issue 13, last row): the work of work_bedrock.cpp written with plain Boost.JSON,
// as a user without the library would: the response's structs, one tag_invoke pair per struct (missing
// optional members stay empty, unknown members are skipped), parse + value_to, value_from + serialize.
// Compiled only (-c), never linked: benchmarks/compile_time/run times it.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plain {

struct inference_profile_model {
    std::optional<std::string> model_arn;
};

struct inference_profile_summary {
    std::string inference_profile_name;
    std::optional<std::string> description;
    std::optional<std::string> created_at;
    std::optional<std::string> updated_at;
    std::string inference_profile_arn;
    std::vector<inference_profile_model> models;
    std::string inference_profile_id;
    std::string status;
    std::string type;
};

struct list_inference_profiles_response {
    std::optional<std::vector<inference_profile_summary>> inference_profile_summaries;
    std::optional<std::string> next_token;
};

namespace json = boost::json;

template <class T>
void read_optional(json::object const& o, char const* key, std::optional<T>& out) {
    if (auto const* v = o.if_contains(key)) out = json::value_to<T>(*v);
}
template <class T>
void write_optional(json::object& o, char const* key, std::optional<T> const& in) {
    if (in) o[key] = json::value_from(*in);
}

inference_profile_model tag_invoke(json::value_to_tag<inference_profile_model>, json::value const& v) {
    inference_profile_model m;
    read_optional(v.as_object(), "modelArn", m.model_arn);
    return m;
}
void tag_invoke(json::value_from_tag, json::value& v, inference_profile_model const& m) {
    json::object o;
    write_optional(o, "modelArn", m.model_arn);
    v = std::move(o);
}

inference_profile_summary tag_invoke(json::value_to_tag<inference_profile_summary>, json::value const& v) {
    auto const& o = v.as_object();
    inference_profile_summary s;
    s.inference_profile_name = json::value_to<std::string>(o.at("inferenceProfileName"));
    read_optional(o, "description", s.description);
    read_optional(o, "createdAt", s.created_at);
    read_optional(o, "updatedAt", s.updated_at);
    s.inference_profile_arn = json::value_to<std::string>(o.at("inferenceProfileArn"));
    s.models = json::value_to<std::vector<inference_profile_model>>(o.at("models"));
    s.inference_profile_id = json::value_to<std::string>(o.at("inferenceProfileId"));
    s.status = json::value_to<std::string>(o.at("status"));
    s.type = json::value_to<std::string>(o.at("type"));
    return s;
}
void tag_invoke(json::value_from_tag, json::value& v, inference_profile_summary const& s) {
    json::object o;
    o["inferenceProfileName"] = s.inference_profile_name;
    write_optional(o, "description", s.description);
    write_optional(o, "createdAt", s.created_at);
    write_optional(o, "updatedAt", s.updated_at);
    o["inferenceProfileArn"] = s.inference_profile_arn;
    o["models"] = json::value_from(s.models);
    o["inferenceProfileId"] = s.inference_profile_id;
    o["status"] = s.status;
    o["type"] = s.type;
    v = std::move(o);
}

list_inference_profiles_response tag_invoke(json::value_to_tag<list_inference_profiles_response>, json::value const& v) {
    list_inference_profiles_response r;
    read_optional(v.as_object(), "inferenceProfileSummaries", r.inference_profile_summaries);
    read_optional(v.as_object(), "nextToken", r.next_token);
    return r;
}
void tag_invoke(json::value_from_tag, json::value& v, list_inference_profiles_response const& r) {
    json::object o;
    write_optional(o, "inferenceProfileSummaries", r.inference_profile_summaries);
    write_optional(o, "nextToken", r.next_token);
    v = std::move(o);
}

} // namespace plain

std::string round_trip(std::string_view text) {
    boost::system::error_code ec;
    auto const v = boost::json::parse(text, ec);
    if (ec) return ec.message();
    try {
        auto const r = boost::json::value_to<plain::list_inference_profiles_response>(v);
        return boost::json::serialize(boost::json::value_from(r));
    } catch (std::exception const& e) {
        return e.what();
    }
}
