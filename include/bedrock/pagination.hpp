#ifndef BEDROCK_PAGINATION_HPP
#define BEDROCK_PAGINATION_HPP

/** @file
    Drives a paginated list operation (ListInferenceProfiles, ListPromptRouters) page by page through a
    caller-supplied fetch function, merges the pages, refuses a `nextToken` seen before (a loop, which would
    otherwise never end) or one that breaks the `PaginationToken` shape, and stops at a caller limit on items
    or pages with the token to resume from. No HTTP and no JSON here: the fetch function does both.

    A default page is partial: ListInferenceProfiles returns at most `maxResults` profiles (the service picks a
    default when it is absent) and a `nextToken` while more remain, so a caller that reads one page misses
    profiles. Empty pages with a `nextToken` happen and are followed.

    @par Specification
    botocore `data/bedrock/2023-04-20/paginators-1.json` (`ListInferenceProfiles`, `ListPromptRouters`:
    `input_token` / `output_token` `nextToken`, `limit_key` `maxResults`); botocore's paginator ends on an
    absent or empty token and raises when the same token comes back twice in a row.
*/

#include <bedrock/shape.hpp>

#include <algorithm>    // std::find, std::min
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t, SIZE_MAX
#include <optional>     // std::optional
#include <string>       // std::string (tokens)
#include <string_view>  // std::string_view
#include <type_traits>  // std::invoke_result_t, std::remove_cvref_t
#include <utility>      // std::move
#include <vector>       // std::vector (items, seen tokens)

namespace bedrock {

/** One page of a list operation, as the caller's fetch function returns it. */
template <class Item>
struct page {
    std::vector<Item> items{};             ///< The page's items (`inferenceProfileSummaries`, …); may be empty.
    std::optional<std::string> next_token{}; ///< The response's `nextToken`; absent or empty on the last page.
};

/** What the paginator asks the fetch function for. */
struct page_cursor {
    std::optional<std::string_view> next_token{}; ///< Send as `nextToken` (absent for the first page).
    std::optional<int> max_results{};           ///< Send as `maxResults` when set (1..1000).
};

/// No limit on items or pages.
inline constexpr std::size_t no_limit = SIZE_MAX;

/** Limits and start of a pagination. */
struct pagination_options {
    std::size_t max_items = no_limit;          ///< Stop once at least this many items are merged.
    std::size_t max_pages = no_limit;          ///< Stop after this many pages.
    std::optional<int> page_size{};            ///< `maxResults` of every request (1..1000); see @ref paginate.
    std::optional<std::string> start_token{};  ///< Resume from this token (a previous `resume_token`).
};

/** Why a pagination stopped early. */
enum class pagination_errc : std::uint8_t {
    ok = 0,         ///< It did not: every page was read, or a limit was reached.
    repeated_token, ///< A `nextToken` came back that was seen before: the service loops.
    invalid_token,  ///< A `nextToken` that breaks `PaginationToken` (1..2048 bytes, no whitespace).
    fetch_failed,   ///< The fetch function reported a failure (returned an empty `std::optional`).
    invalid_page_size, ///< `page_size` is outside 1..1000 (nothing was fetched).
};

/// The wire spelling (`"repeated_token"`, …).
[[nodiscard]] constexpr std::string_view to_string(pagination_errc e) noexcept {
    switch (e) {
    case pagination_errc::ok: return "ok";
    case pagination_errc::repeated_token: return "repeated_token";
    case pagination_errc::invalid_token: return "invalid_token";
    case pagination_errc::fetch_failed: return "fetch_failed";
    case pagination_errc::invalid_page_size: return "invalid_page_size";
    }
    return "unknown";
}

/** The merged pages. Items read before an error are kept: nothing is lost. */
template <class Item>
struct pagination_result {
    std::vector<Item> items;                  ///< Every item of every page read, in order.
    std::size_t pages = 0;                    ///< The number of pages read.
    bool limit_reached = false;               ///< A limit (items or pages) stopped it.
    std::optional<std::string> resume_token;  ///< Where to continue: the token not followed (limit), or the
                                              ///< token of the page whose fetch failed.
    pagination_errc error = pagination_errc::ok; ///< Why it stopped early, if it did.
    std::string bad_token;                    ///< For `repeated_token` / `invalid_token`: the token.

    /// True when every page was read (no error, no limit).
    [[nodiscard]] bool complete() const noexcept { return error == pagination_errc::ok && !limit_reached; }
};

namespace detail {
template <class R>
struct page_traits;
template <class Item>
struct page_traits<page<Item>> {
    using item_type = Item;
    static constexpr bool can_fail = false;
};
template <class Item>
struct page_traits<std::optional<page<Item>>> {
    using item_type = Item;
    static constexpr bool can_fail = true;
};
} // namespace detail

/** Reads every page of a list operation through `fetch` and merges them.

    `fetch` is called as `fetch(page_cursor)` and returns a `page<Item>`, or a `std::optional<page<Item>>`
    that is empty when the call failed (the caller keeps its own error details). The paginator follows
    `nextToken` until it is absent or empty, and stops early:
    - with `limit_reached` and `resume_token` when `max_items` items are merged or `max_pages` pages read
      while a `nextToken` remains (a limit of 0 reads nothing);
    - with `invalid_page_size` or `invalid_token` before any fetch when `page_size` is outside 1..1000 or
      `start_token` breaks `PaginationToken`;
    - with `repeated_token` when a token comes back that was already followed (any earlier page, not only
      the previous one), with `invalid_token` when a token breaks `PaginationToken`, and with `fetch_failed`
      (and `resume_token` = the token of the failed page) when `fetch` fails.

    When `max_items` is set, each request asks for at most the items still missing (`maxResults`, capped at
    1000 and at `page_size`), so a conforming service never sends more than `max_items`; a page that
    nevertheless holds more is kept whole.

    @par Example
    @code
    std::vector<bedrock::page<int>> pages{{{1, 2}, "t1"}, {{}, "t2"}, {{3}, std::nullopt}};
    auto all = bedrock::paginate([&](bedrock::page_cursor c) {
        return pages[!c.next_token ? 0 : *c.next_token == "t1" ? 1 : 2];
    });
    assert(all.complete() && all.items == std::vector<int>({1, 2, 3}) && all.pages == 3);
    @endcode
*/
template <class Fetch>
[[nodiscard]] auto paginate(Fetch&& fetch, pagination_options options = {}) {
    using returned = std::remove_cvref_t<std::invoke_result_t<Fetch&, page_cursor>>;
    using traits = detail::page_traits<returned>;
    using item = typename traits::item_type;

    pagination_result<item> out;
    std::vector<std::string> followed; // every token already sent
    if (options.page_size && (*options.page_size < 1 || *options.page_size > 1000)) {
        out.error = pagination_errc::invalid_page_size;
        return out;
    }
    // The token to send next. A plain string and a flag rather than std::optional<std::string>: g++ 12 at -O2
    // reports a false maybe-uninitialized on the optional's string.
    std::string token;
    bool has_token = false;
    if (options.start_token && !options.start_token->empty()) {
        token = std::move(*options.start_token);
        has_token = true;
        if (check_syntax<shape::pagination_token>(token)) {
            out.error = pagination_errc::invalid_token;
            out.bad_token = std::move(token);
            return out;
        }
        followed.push_back(token);
    }

    while (true) {
        if (out.pages >= options.max_pages || out.items.size() >= options.max_items) {
            out.limit_reached = true;
            if (has_token) out.resume_token = token;
            break;
        }
        page_cursor cursor;
        if (has_token) cursor.next_token = std::string_view(token);
        std::optional<std::size_t> want;
        if (options.page_size) want = static_cast<std::size_t>(*options.page_size);
        if (options.max_items != no_limit) {
            auto const missing = std::min<std::size_t>(options.max_items - out.items.size(), 1000);
            want = want ? std::min(*want, missing) : missing;
        }
        if (want) cursor.max_results = static_cast<int>(*want);

        page<item> p;
        if constexpr (traits::can_fail) {
            auto r = fetch(cursor);
            if (!r) {
                out.error = pagination_errc::fetch_failed;
                if (has_token) out.resume_token = token;
                break;
            }
            p = std::move(*r);
        } else {
            p = fetch(cursor);
        }
        ++out.pages;
        for (auto& i : p.items) out.items.push_back(std::move(i));

        if (!p.next_token || p.next_token->empty()) break; // the last page
        if (check_syntax<shape::pagination_token>(*p.next_token)) {
            out.error = pagination_errc::invalid_token;
            out.bad_token = std::move(*p.next_token);
            break;
        }
        if (std::find(followed.begin(), followed.end(), *p.next_token) != followed.end()) {
            out.error = pagination_errc::repeated_token;
            out.bad_token = std::move(*p.next_token);
            break;
        }
        followed.push_back(*p.next_token);
        token = std::move(*p.next_token);
        has_token = true;
    }
    return out;
}

} // namespace bedrock

#endif // BEDROCK_PAGINATION_HPP
