#include <bedrock/pagination.hpp>
#include <bedrock/pagination.hpp>  // include guard works

#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/request_pagination.hpp>

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

// A fake service: pages keyed by the token that requests them ("" = first page), recording every cursor.
struct fake_service {
    std::map<std::string, bedrock::page<int>> pages{};
    std::vector<bedrock::page_cursor> calls{};
    std::vector<std::string> tokens_sent{};
    bedrock::page<int> operator()(bedrock::page_cursor c) {
        calls.push_back(c);
        std::string const key = c.next_token ? std::string(*c.next_token) : std::string();
        tokens_sent.push_back(key);
        return pages.at(key);
    }
};

std::vector<int> range(int first, int n) {
    std::vector<int> v;
    for (int i = 0; i < n; ++i) v.push_back(first + i);
    return v;
}

} // namespace

TEST_CASE("pages are followed until the token is absent or empty, and merged in order", "[pagination]") {
    fake_service s{{{"", {range(0, 3), "t1"}}, {"t1", {range(3, 2), "t2"}}, {"t2", {range(5, 1), std::nullopt}}}};
    auto all = bedrock::paginate(std::ref(s));
    CHECK(all.complete());
    CHECK(all.items == range(0, 6));
    CHECK(all.pages == 3);
    CHECK_FALSE(all.resume_token);
    CHECK(s.tokens_sent == std::vector<std::string>{"", "t1", "t2"});
    for (auto const& c : s.calls) CHECK_FALSE(c.max_results); // no limit, no page size: maxResults is left to the service

    fake_service e{{{"", {range(0, 1), ""}}}}; // an empty token ends it, as in botocore
    auto one = bedrock::paginate(std::ref(e));
    CHECK(one.complete());
    CHECK(one.pages == 1);
}

TEST_CASE("empty pages with a token are followed", "[pagination]") {
    fake_service s{{{"", {{}, "a"}}, {"a", {{}, "b"}}, {"b", {range(0, 2), std::nullopt}}}};
    auto all = bedrock::paginate(std::ref(s));
    CHECK(all.complete());
    CHECK(all.items == range(0, 2));
    CHECK(all.pages == 3);
    fake_service none{{{"", {{}, std::nullopt}}}};
    auto empty = bedrock::paginate(std::ref(none));
    CHECK(empty.complete());
    CHECK(empty.items.empty());
    CHECK(empty.pages == 1);
}

TEST_CASE("a repeated token is refused, also when it repeats an earlier page than the previous one", "[pagination]") {
    fake_service same{{{"", {range(0, 1), "t1"}}, {"t1", {range(1, 1), "t1"}}}};
    auto a = bedrock::paginate(std::ref(same));
    CHECK(a.error == bedrock::pagination_errc::repeated_token);
    CHECK(a.bad_token == "t1");
    CHECK(a.items == range(0, 2)); // nothing read is lost
    CHECK(a.pages == 2);
    CHECK_FALSE(a.complete());

    fake_service cycle{{{"", {range(0, 1), "t1"}}, {"t1", {range(1, 1), "t2"}}, {"t2", {range(2, 1), "t1"}}}};
    auto b = bedrock::paginate(std::ref(cycle));
    CHECK(b.error == bedrock::pagination_errc::repeated_token);
    CHECK(b.bad_token == "t1");
    CHECK(b.pages == 3);
    CHECK(cycle.tokens_sent == std::vector<std::string>{"", "t1", "t2"});

    fake_service back_to_start{{{"s", {range(0, 1), "s"}}}};
    auto c = bedrock::paginate(std::ref(back_to_start), {.start_token = "s"});
    CHECK(c.error == bedrock::pagination_errc::repeated_token);
}

TEST_CASE("a token that breaks PaginationToken is refused", "[pagination]") {
    fake_service s{{{"", {range(0, 1), "has space"}}}};
    auto a = bedrock::paginate(std::ref(s));
    CHECK(a.error == bedrock::pagination_errc::invalid_token);
    CHECK(a.bad_token == "has space");
    CHECK(a.items == range(0, 1));
    fake_service l{{{"", {range(0, 1), std::string(2049, 't')}}}};
    CHECK(bedrock::paginate(std::ref(l)).error == bedrock::pagination_errc::invalid_token);
    fake_service never{{}};
    auto bad_start = bedrock::paginate(std::ref(never), {.start_token = "a b"});
    CHECK(bad_start.error == bedrock::pagination_errc::invalid_token);
    CHECK(never.calls.empty());
}

TEST_CASE("limits: items and pages, with maxResults asking only for what is missing", "[pagination]") {
    fake_service s{{{"", {range(0, 3), "t1"}}, {"t1", {range(3, 3), "t2"}}, {"t2", {range(6, 3), std::nullopt}}}};
    auto a = bedrock::paginate(std::ref(s), {.max_items = 5});
    CHECK(a.limit_reached);
    CHECK_FALSE(a.complete());
    CHECK(a.error == bedrock::pagination_errc::ok);
    CHECK(a.items == range(0, 6)); // the fake ignores maxResults: the whole page is kept
    REQUIRE(a.resume_token);
    CHECK(*a.resume_token == "t2");
    REQUIRE(s.calls.size() == 2);
    CHECK(s.calls[0].max_results == 5);
    CHECK(s.calls[1].max_results == 2);

    fake_service p{{{"", {range(0, 3), "t1"}}, {"t1", {range(3, 3), "t2"}}, {"t2", {range(6, 3), std::nullopt}}}};
    auto b = bedrock::paginate(std::ref(p), {.max_pages = 2, .page_size = 3});
    CHECK(b.limit_reached);
    CHECK(b.pages == 2);
    CHECK(*b.resume_token == "t2");
    CHECK(p.calls[0].max_results == 3);
    // resume where it stopped
    auto rest = bedrock::paginate(std::ref(p), {.start_token = b.resume_token});
    CHECK(rest.complete());
    CHECK(rest.items == range(6, 3));

    // a limit reached exactly on the last page is not "reached": nothing remains
    fake_service exact{{{"", {range(0, 3), std::nullopt}}}};
    auto c = bedrock::paginate(std::ref(exact), {.max_items = 3});
    CHECK(c.complete());

    // a limit of zero reads nothing
    fake_service zero{{}};
    auto d = bedrock::paginate(std::ref(zero), {.max_items = 0});
    CHECK(d.limit_reached);
    CHECK(d.pages == 0);
    CHECK(zero.calls.empty());

    // maxResults never asks for more than 1000
    fake_service big{{{"", {{}, std::nullopt}}}};
    (void)bedrock::paginate(std::ref(big), {.max_items = 5000});
    CHECK(big.calls[0].max_results == 1000);
    fake_service smaller{{{"", {{}, std::nullopt}}}};
    (void)bedrock::paginate(std::ref(smaller), {.max_items = 50, .page_size = 10});
    CHECK(smaller.calls[0].max_results == 10);
}

TEST_CASE("page_size outside 1..1000 is refused before any fetch", "[pagination]") {
    for (int bad : {0, -1, 1001}) {
        fake_service s{{}};
        auto r = bedrock::paginate(std::ref(s), {.page_size = bad});
        CHECK(r.error == bedrock::pagination_errc::invalid_page_size);
        CHECK(s.calls.empty());
    }
    for (auto e : {bedrock::pagination_errc::ok, bedrock::pagination_errc::repeated_token, bedrock::pagination_errc::invalid_token,
                   bedrock::pagination_errc::fetch_failed, bedrock::pagination_errc::invalid_page_size})
        CHECK(bedrock::to_string(e) != "unknown");
}

TEST_CASE("a failing fetch stops with fetch_failed and the token to retry", "[pagination]") {
    int calls = 0;
    auto r = bedrock::paginate([&](bedrock::page_cursor c) -> std::optional<bedrock::page<int>> {
        ++calls;
        if (!c.next_token) return bedrock::page<int>{range(0, 2), "t1"};
        return std::nullopt;
    });
    CHECK(r.error == bedrock::pagination_errc::fetch_failed);
    CHECK(r.items == range(0, 2));
    REQUIRE(r.resume_token);
    CHECK(*r.resume_token == "t1");
    CHECK(calls == 2);
}

TEST_CASE("pagination doc examples", "[pagination]") {
    // javadoc (paginate)
    {
        std::vector<bedrock::page<int>> pages{{{1, 2}, "t1"}, {{}, "t2"}, {{3}, std::nullopt}};
        auto all = bedrock::paginate([&](bedrock::page_cursor c) {
            return pages[!c.next_token ? 0 : *c.next_token == "t1" ? 1 : 2];
        });
        assert(all.complete() && all.items == std::vector<int>({1, 2, 3}) && all.pages == 3);
        CHECK(all.items == std::vector<int>({1, 2, 3}));
    }
    // javadoc (paginate_request)
    {
        bedrock::requests::list_inference_profiles first{.type_equals = bedrock::inference_profile_type::application};
        auto all = bedrock::paginate_request(first, [](bedrock::requests::list_inference_profiles const& r) {
            auto http = bedrock::requests::to_http_request(r); // send it, read the response
            (void)http;
            return bedrock::page<std::string>{{"a1b2c3d4e5f6"}, std::nullopt};
        });
        assert(all.complete() && all.items.size() == 1);
        CHECK(all.items.size() == 1);
    }
}
