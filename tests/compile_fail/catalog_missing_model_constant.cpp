// expect-error: (has not been declared|no member named|is not a member of)
// Named constants exist only for reference static members: a misspelt or invented name does not compile.
#include <bedrock/catalog.hpp>

int main() { return static_cast<int>(bedrock::models::anthropic_claude_5_sonnet.id.size()); }
