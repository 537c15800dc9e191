#include <bedrock/percent_encoding.hpp>
#include <bedrock/percent_encoding.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <cstdio>
#include <string>
#include <string_view>

namespace {
// RFC 3986 unreserved, written out independently of the library's table.
bool oracle_unreserved(unsigned char c) {
    return std::string_view("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~").find(static_cast<char>(c)) !=
           std::string_view::npos;
}
std::string hex(unsigned char c) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%%%02X", c);
    return buf;
}

constexpr bool encodes_at_compile_time() {
    char buf[32]{};
    char* end = bedrock::percent_encode_to("a:b/c d", buf, buf + sizeof buf);
    return end != nullptr && std::string_view(buf, static_cast<std::size_t>(end - buf)) == "a%3Ab%2Fc%20d";
}
} // namespace

TEST_CASE("every one of the 256 bytes in a label: unreserved kept, all else %XX uppercase", "[percent_encoding]") {
    int kept = 0;
    for (unsigned v = 0; v < 256; ++v) {
        auto const c = static_cast<unsigned char>(v);
        CAPTURE(v);
        std::string const in(1, static_cast<char>(c));
        CHECK(bedrock::is_unreserved(static_cast<char>(c)) == oracle_unreserved(c));
        auto const expected = oracle_unreserved(c) ? in : hex(c);
        CHECK(bedrock::percent_encode(in) == expected);
        CHECK(bedrock::percent_encoded_size(in) == expected.size());
        // greedy labels differ only in '/'
        auto const greedy = c == '/' ? in : expected;
        CHECK(bedrock::percent_encode(in, bedrock::percent_encoding_mode::greedy_label) == greedy);
        kept += oracle_unreserved(c) ? 1 : 0;
    }
    CHECK(kept == 66);
}

TEST_CASE("reserved characters of ARNs and ids in a label", "[percent_encoding]") {
    auto [in, out] = GENERATE(table<std::string_view, std::string_view>({
        {"", ""},
        {"us.amazon.nova-pro-v1:0", "us.amazon.nova-pro-v1%3A0"},
        {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
         "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fa1b2c3d4e5f6"},
        {":/?#[]@!$&'()*+,;=%", "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25"},
        {"a b", "a%20b"},   // never '+'
        {"~_.-", "~_.-"},
        {"\xc3\xa9", "%C3%A9"}, // UTF-8 bytes one by one
        {std::string_view("\0x", 2), "%00x"},
    }));
    CAPTURE(in);
    CHECK(bedrock::percent_encode(in) == out);
}

TEST_CASE("the buffer form writes nothing into a range that is too small", "[percent_encoding]") {
    static_assert(encodes_at_compile_time());
    static_assert(bedrock::percent_encoded_size("us.amazon.nova-pro-v1:0") == 25);
    static_assert(bedrock::is_unreserved('~') && !bedrock::is_unreserved(':') && !bedrock::is_unreserved('/'));
    static_assert(bedrock::is_kept('/', bedrock::percent_encoding_mode::greedy_label));
    static_assert(!bedrock::is_kept('/', bedrock::percent_encoding_mode::label));
    char buf[8] = {'#', '#', '#', '#', '#', '#', '#', '#'};
    CHECK(bedrock::percent_encode_to("a:b", buf, buf + 4) == nullptr); // needs 5
    CHECK(std::string_view(buf, 8) == "########");
    CHECK(bedrock::percent_encode_to("a:b", nullptr, nullptr) == nullptr);
    CHECK(bedrock::percent_encode_to("a:b", buf + 4, buf) == nullptr);
    char* end = bedrock::percent_encode_to("a:b", buf, buf + 5);
    REQUIRE(end == buf + 5);
    CHECK(std::string_view(buf, 5) == "a%3Ab");
    std::string s = "x=";
    bedrock::append_percent_encoded(s, "1 2");
    CHECK(s == "x=1%202");
}

TEST_CASE("percent_encoding.hpp doc examples", "[percent_encoding]") {
    // javadoc
    {
        char buf[64];
        char* end = bedrock::percent_encode_to("arn:aws:bedrock:us-east-1::foundation-model/a.b", buf, buf + sizeof buf);
        assert(end && std::string_view(buf, end) == "arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Fa.b");
        CHECK(std::string_view(buf, end) == "arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Fa.b");
    }
    assert(bedrock::percent_encode("a b/c") == "a%20b%2Fc");
    assert(bedrock::percent_encode("a b/c", bedrock::percent_encoding_mode::greedy_label) == "a%20b/c");
    CHECK(bedrock::percent_encode("a b/c", bedrock::percent_encoding_mode::greedy_label) == "a%20b/c");
}
