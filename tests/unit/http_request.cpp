#include <bedrock/http_request.hpp>
#include <bedrock/http_request.hpp>  // include guard works

#include <bedrock/inference_profile_requests.hpp>

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <string_view>

TEST_CASE("http_method and member_location wire spellings", "[http_request]") {
    static_assert(bedrock::to_string(bedrock::http_method::delete_) == "DELETE");
    static_assert(bedrock::parse_http_method("PATCH") == bedrock::http_method::patch);
    static_assert(!bedrock::parse_http_method("get"));
    for (auto m : {bedrock::http_method::get, bedrock::http_method::post, bedrock::http_method::put,
                   bedrock::http_method::patch, bedrock::http_method::delete_})
        CHECK(bedrock::parse_http_method(bedrock::to_string(m)) == m);
    CHECK(bedrock::to_string(bedrock::member_location::uri) == "uri");
    CHECK(bedrock::to_string(bedrock::member_location::querystring) == "querystring");
    CHECK(bedrock::to_string(bedrock::member_location::header) == "header");
    CHECK(bedrock::to_string(bedrock::member_location::body) == "body");
}

TEST_CASE("query string: stored order, names and values encoded; canonical form sorted", "[http_request]") {
    bedrock::http_request r;
    r.path = "/p";
    CHECK(bedrock::query_string(r).empty());
    CHECK(bedrock::target(r) == "/p");
    r.query = {{"type", "APPLICATION"}, {"nextToken", "a b+c/="}, {"maxResults", "5"}, {"a b", ""}};
    CHECK(bedrock::query_string(r) == "type=APPLICATION&nextToken=a%20b%2Bc%2F%3D&maxResults=5&a%20b=");
    CHECK(bedrock::canonical_query_string(r) == "a%20b=&maxResults=5&nextToken=a%20b%2Bc%2F%3D&type=APPLICATION");
    CHECK(bedrock::target(r) == "/p?type=APPLICATION&nextToken=a%20b%2Bc%2F%3D&maxResults=5&a%20b=");
    // sorting is by the encoded bytes, then by value
    bedrock::http_request s;
    s.query = {{"b", "2"}, {"B", "1"}, {"b", "1"}};
    CHECK(bedrock::canonical_query_string(s) == "B=1&b=1&b=2");
}

TEST_CASE("expand_request_uri: labels encoded, greedy labels keep '/', unknown labels expand to nothing", "[http_request]") {
    bedrock::uri_label const labels[] = {{"a", "x/y:z"}, {"Key", "dir/file name"}};
    CHECK(bedrock::expand_request_uri("/v/{a}/t", labels) == "/v/x%2Fy%3Az/t");
    CHECK(bedrock::expand_request_uri("/o/{Key+}", labels) == "/o/dir/file%20name");
    CHECK(bedrock::expand_request_uri("/o/{missing}/x", labels) == "/o//x");
    CHECK(bedrock::expand_request_uri("/plain", labels) == "/plain");
    CHECK(bedrock::expand_request_uri("/open{a", labels) == "/open{a");
    CHECK(bedrock::expand_request_uri("{a}{a}", labels) == "x%2Fy%3Azx%2Fy%3Az");
}

TEST_CASE("http_binding::find", "[http_request]") {
    auto const& b = bedrock::requests::list_inference_profiles::binding;
    static_assert(b.method == bedrock::http_method::get && b.request_uri == "/inference-profiles");
    REQUIRE(b.find("typeEquals"));
    CHECK(b.find("typeEquals")->wire_name == "type");
    CHECK(b.find("type") == nullptr);
}

TEST_CASE("http_request.hpp doc examples", "[http_request]") {
    // javadoc
    auto r = bedrock::requests::list_inference_profiles::make({.max_results = 50, .type_equals = "APPLICATION"});
    bedrock::http_request h = bedrock::requests::to_http_request(*r);
    assert(bedrock::target(h) == "/inference-profiles?maxResults=50&type=APPLICATION");
    CHECK(bedrock::target(h) == "/inference-profiles?maxResults=50&type=APPLICATION");

    bedrock::uri_label l{"modelId", "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    assert(bedrock::expand_request_uri("/model/{modelId}/converse", {&l, 1}) ==
           "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.nova-pro-v1%3A0/converse");
    CHECK(bedrock::expand_request_uri("/model/{modelId}/converse", {&l, 1}) ==
          "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.nova-pro-v1%3A0/converse");
}
