#ifndef BEDROCK_REQUEST_PAGINATION_HPP
#define BEDROCK_REQUEST_PAGINATION_HPP

/** @file
    @ref paginate for the typed list requests (`requests::list_inference_profiles`,
    `requests::list_prompt_routers`): the fetch function receives the typed request of each page, with
    `nextToken` and `maxResults` already set, so it only has to send it and read the response.
*/

#include <bedrock/pagination.hpp>
#include <bedrock/request_members.hpp>

#include <optional>  // std::optional
#include <string>    // std::string (start token)
#include <utility>   // std::move

namespace bedrock {

/** Reads every page of the list operation `first` describes through `fetch(Request const&)`, which returns
    a `page<Item>` or a `std::optional<page<Item>>` (empty on failure); see @ref paginate for the limits and
    errors. `first.max_results`, when set, is the page size unless `options.page_size` is; `first.next_token`,
    when set, is the start unless `options.start_token` is.

    @par Example
    @code
    bedrock::requests::list_inference_profiles first{.type_equals = bedrock::inference_profile_type::application};
    auto all = bedrock::paginate_request(first, [](bedrock::requests::list_inference_profiles const& r) {
        auto http = bedrock::requests::to_http_request(r);   // send it, read the response
        return bedrock::page<std::string>{{"a1b2c3d4e5f6"}, std::nullopt};
    });
    assert(all.complete() && all.items.size() == 1);
    @endcode
*/
template <class Request, class Fetch>
[[nodiscard]] auto paginate_request(Request const& first, Fetch&& fetch, pagination_options options = {}) {
    if (!options.page_size && first.max_results) options.page_size = first.max_results->value();
    if (!options.start_token && first.next_token) options.start_token = std::string(first.next_token->str());
    return paginate(
        [&](page_cursor c) {
            Request r = first;
            r.next_token.reset();
            // The paginator has checked the token and keeps its text alive during the call.
            if (c.next_token) r.next_token = *pagination_token::parse(*c.next_token);
            if (c.max_results) r.max_results = parse_max_results(*c.max_results);
            return fetch(static_cast<Request const&>(r));
        },
        std::move(options));
}

} // namespace bedrock

#endif // BEDROCK_REQUEST_PAGINATION_HPP
