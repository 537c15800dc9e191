#ifndef BEDROCK_TAGGING_REQUESTS_HPP
#define BEDROCK_TAGGING_REQUESTS_HPP

/** @file
    The tagging operations as typed requests: TagResource, UntagResource, ListTagsForResource. All three are
    `POST` with every member in the JSON body (the resource ARN is never in the path), success `200`.

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json` (operations and shapes of the same names); the bindings
    are checked against `tests/data/bedrock-http-bindings.json`.
*/

#include <bedrock/api.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/request_members.hpp>

#include <array>        // std::array (member bindings)
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector (tags, keys)

namespace bedrock::requests {

namespace detail {
inline constexpr std::array<member_binding, 2> tag_resource_members{{
    {"resourceARN", member_location::body, "resourceARN"},
    {"tags", member_location::body, "tags"},
}};
inline constexpr std::array<member_binding, 2> untag_resource_members{{
    {"resourceARN", member_location::body, "resourceARN"},
    {"tagKeys", member_location::body, "tagKeys"},
}};
inline constexpr std::array<member_binding, 1> list_tags_for_resource_members{{
    {"resourceARN", member_location::body, "resourceARN"},
}};
} // namespace detail

/** `TagResource`: `POST /tagResource` with `resourceARN` and `tags` in the body.

    @par Example
    @code
    auto r = bedrock::requests::tag_resource::make({
        .resource_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
        .tags = {{"team", "support"}}});
    assert(r && bedrock::requests::to_http_request(*r).path == "/tagResource");
    @endcode
*/
struct tag_resource {
    /// The service model's binding.
    static constexpr http_binding binding{"TagResource", http_method::post, "/tagResource", 200,
                                          detail::tag_resource_members};

    taggable_resource_arn resource_arn{}; ///< required: `resourceARN`
    tag_list tags{};                      ///< required

    /// The raw members.
    struct input {
        std::string_view resource_arn{}; ///< `resourceARN`
        std::vector<tag> tags{};         ///< `tags`
    };
    /// Checks every member.
    [[nodiscard]] static request_result<tag_resource> make(input const& in) {
        tag_resource r;
        if (auto e = bedrock::detail::take(in.resource_arn, r.resource_arn, "/resourceARN")) return *e;
        auto t = make_tag_list(in.tags, "/tags");
        if (!t) return t.error();
        r.tags = std::move(*t);
        return r;
    }
};

/** `UntagResource`: `POST /untagResource` with `resourceARN` and `tagKeys` in the body. */
struct untag_resource {
    /// The service model's binding.
    static constexpr http_binding binding{"UntagResource", http_method::post, "/untagResource", 200,
                                          detail::untag_resource_members};

    taggable_resource_arn resource_arn{}; ///< required: `resourceARN`
    tag_key_list tag_keys{};              ///< required

    /// The raw members.
    struct input {
        std::string_view resource_arn{};    ///< `resourceARN`
        std::vector<std::string> tag_keys{}; ///< `tagKeys`
    };
    /// Checks every member.
    [[nodiscard]] static request_result<untag_resource> make(input const& in) {
        untag_resource r;
        if (auto e = bedrock::detail::take(in.resource_arn, r.resource_arn, "/resourceARN")) return *e;
        auto k = make_tag_key_list(in.tag_keys, "/tagKeys");
        if (!k) return k.error();
        r.tag_keys = std::move(*k);
        return r;
    }
};

/** `ListTagsForResource`: `POST /listTagsForResource` with `resourceARN` in the body. Not paginated. */
struct list_tags_for_resource {
    /// The service model's binding.
    static constexpr http_binding binding{"ListTagsForResource", http_method::post, "/listTagsForResource", 200,
                                          detail::list_tags_for_resource_members};

    taggable_resource_arn resource_arn{}; ///< required: `resourceARN`

    /// The raw members.
    struct input {
        std::string_view resource_arn{}; ///< `resourceARN`
    };
    /// Checks the ARN.
    [[nodiscard]] static request_result<list_tags_for_resource> make(input const& in) {
        list_tags_for_resource r;
        if (auto e = bedrock::detail::take(in.resource_arn, r.resource_arn, "/resourceARN")) return *e;
        return r;
    }
};

/** The HTTP request of TagResource (the body is written by the JSON layer). */
[[nodiscard]] inline http_request to_http_request(tag_resource const&) {
    auto const& b = tag_resource::binding;
    return http_request{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
}
/** The HTTP request of UntagResource (the body is written by the JSON layer). */
[[nodiscard]] inline http_request to_http_request(untag_resource const&) {
    auto const& b = untag_resource::binding;
    return http_request{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
}
/** The HTTP request of ListTagsForResource (the body is written by the JSON layer). */
[[nodiscard]] inline http_request to_http_request(list_tags_for_resource const&) {
    auto const& b = list_tags_for_resource::binding;
    return http_request{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
}

/** The body document of TagResource (`bedrock::tag_resource_request`), for the JSON layer to serialize. */
[[nodiscard]] inline bedrock::tag_resource_request to_body(tag_resource const& r) {
    return {std::string(r.resource_arn.str()), r.tags.tags()};
}
/** The body document of UntagResource (`bedrock::untag_resource_request`), for the JSON layer to serialize. */
[[nodiscard]] inline bedrock::untag_resource_request to_body(untag_resource const& r) {
    return {std::string(r.resource_arn.str()), r.tag_keys.keys()};
}
/** The body document of ListTagsForResource (`bedrock::list_tags_for_resource_request`). */
[[nodiscard]] inline bedrock::list_tags_for_resource_request to_body(list_tags_for_resource const& r) {
    return {std::string(r.resource_arn.str())};
}

} // namespace bedrock::requests

#endif // BEDROCK_TAGGING_REQUESTS_HPP
