#include <bedrock/prompt_router_type.hpp>
#include <bedrock/prompt_router_type.hpp>  // include guard works

// javadoc (moved from the prompt_router_requests.hpp doc examples): compile-time checks only
static_assert(bedrock::to_string(bedrock::prompt_router_type::custom) == "custom");
static_assert(!bedrock::parse_prompt_router_type("CUSTOM"));
static_assert(bedrock::parse_prompt_router_type("default") == bedrock::prompt_router_type::default_);
