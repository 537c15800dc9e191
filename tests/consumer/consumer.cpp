// A user's program: the library's own smoke test as a dependency.
#include <bedrock/profiles.hpp>
#include <bedrock/json/api.hpp>

#include <cstdio>
#include <string>

int main() {
    constexpr auto id = bedrock::profile_id("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    std::string const text(id.str());
    std::printf("%s %s\n", text.c_str(), bedrock::parse_profile_id(text) ? "ok" : "bad");
}
