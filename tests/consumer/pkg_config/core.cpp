// A user's program that needs only the core headers: no Boost on its compile line.
#include <bedrock/profiles.hpp>

#include <cstdio>
#include <string>

int main() {
    constexpr auto id = bedrock::profile_id("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    std::string const text(id.str());
    std::printf("%s %s\n", text.c_str(), bedrock::parse_profile_id(text) ? "ok" : "bad");
}
