// Fuzzes every typed request builder (bedrock::requests::<operation>::make and make_runtime_request) with
// members chosen from the fuzzer's bytes: realistic values of each member's kind, values of another kind,
// mutated values and arbitrary bytes, tag lists up to and past 200, maxResults and
// responseQualityDifference at and past their bounds. Properties:
// - make() fails exactly when a member breaks its check, and names the FIRST bad member in the model's
//   order: the same JSON Pointer, code and identifier error (code, byte offset inside the member's text)
//   as checking the members one by one; message() starts with that pointer;
// - a built request keeps every member byte for byte, and each member passes its parser again;
// - its HTTP form: the binding's method and status, a path whose label percent-decodes back to the
//   identifier (only unreserved bytes and %XX), query parameters in the model's order with the members'
//   text, a query string that decodes back to them;
// - its JSON body (to_http_request_with_body) is accepted by the JSON reader of the body document, reads
//   back equal to to_body(r), and writes back to the same bytes.
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/json/requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/runtime_invocation.hpp>
#include <bedrock/tagging_requests.hpp>

#include "fuzz_property.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using sv = std::string_view;
using pool = std::initializer_list<sv>;

constexpr sv fm_arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr sv fm_arn_gov = "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0";
constexpr sv cris_arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr sv aip_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";
constexpr sv router_default = "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1";
constexpr sv router_custom = "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345";

constexpr pool profile_identifiers{"us.anthropic.claude-3-5-sonnet-20241022-v2:0", "eu.amazon.nova-pro-v1:0",
                                   "global.anthropic.claude-sonnet-4-5-20250929-v1:0", "a1b2c3d4e5f6", cris_arn, aip_arn,
                                   "us-gov.anthropic.claude-3-haiku-20240307-v1:0"};
constexpr pool router_arns{router_default, router_custom};
constexpr pool model_identifiers{"amazon.nova-pro-v1:0", "anthropic.claude-3-haiku-20240307-v1:0", fm_arn, fm_arn_gov};
constexpr pool taggable_arns{aip_arn, cris_arn, router_custom,
                             "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345",
                             "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef012345"};
constexpr pool pagination_tokens{"eyJhIjoxfQ==", "AAAA/bbbb+cc%3D", "1"};
constexpr pool client_tokens{"3f0c9a0e-8c1b-4d8e-9f0a-1b2c3d4e5f60", "a", "retry-1"};
constexpr pool providers{"Amazon", "Anthropic", "Meta", "Stability AI"};
constexpr pool names{"support-chatbot", "analytics nova pro", "a", "team_a-profile"};
constexpr pool descriptions{"Routes support traffic", "v1.2: cost center 42", "x"};
constexpr pool model_sources{fm_arn, cris_arn, fm_arn_gov,
                             "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0"};
constexpr pool target_models{fm_arn, cris_arn, "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"};
constexpr pool tag_keys{"team", "cost-center", "aws:cloudformation:stack-name", "a b/c=d+e@f.g_h"};
constexpr pool tag_values{"", "support", "42", "a b/c=d+e@f.g_h:-"};
constexpr pool every_value{fm_arn, fm_arn_gov, cris_arn, aip_arn, router_default, router_custom, "a1b2c3d4e5f6",
                           "amazon.nova-pro-v1:0", "eu.amazon.nova-pro-v1:0", "support-chatbot", "team", "", " ",
                           "eyJhIjoxfQ==", "Amazon", "APPLICATION", "custom"};

/// Texts outlive the inputs that view them.
struct text_source {
    FuzzedDataProvider& fdp;
    std::deque<std::string> store;

    static sv pick(FuzzedDataProvider& f, pool p) { return p.begin()[f.ConsumeIntegralInRange<std::size_t>(0, p.size() - 1)]; }

    /// A value of the member's kind (mostly), of another kind, a mutated one, or arbitrary bytes.
    sv text(pool kind, std::size_t max_random = 80) {
        switch (fdp.ConsumeIntegralInRange<int>(0, 7)) {
        case 5: return pick(fdp, every_value);
        case 6: {
            std::string s(pick(fdp, kind));
            switch (fdp.ConsumeIntegralInRange<int>(0, 3)) {
            case 0:
                if (!s.empty()) s[fdp.ConsumeIntegralInRange<std::size_t>(0, s.size() - 1)] = static_cast<char>(fdp.ConsumeIntegral<std::uint8_t>());
                break;
            case 1: s.resize(fdp.ConsumeIntegralInRange<std::size_t>(0, s.size())); break;
            case 2: s.insert(fdp.ConsumeIntegralInRange<std::size_t>(0, s.size()), fdp.ConsumeRandomLengthString(8)); break;
            default: s.append(fdp.ConsumeIntegralInRange<std::size_t>(0, 2100), 'a'); break; // past every length limit
            }
            return store.emplace_back(std::move(s));
        }
        case 7: return store.emplace_back(fdp.ConsumeRandomLengthString(max_random));
        default: return pick(fdp, kind);
        }
    }
    std::optional<sv> maybe(pool kind) {
        if (fdp.ConsumeBool()) return std::nullopt;
        return text(kind);
    }
    std::optional<sv> enum_text(pool values) {
        if (fdp.ConsumeBool()) return std::nullopt;
        if (fdp.ConsumeIntegralInRange<int>(0, 3) != 0) return pick(fdp, values);
        return store.emplace_back(fdp.ConsumeRandomLengthString(24));
    }
    std::optional<std::int64_t> max_results() {
        switch (fdp.ConsumeIntegralInRange<int>(0, 9)) {
        case 0: return std::nullopt;
        case 1: return 0;
        case 2: return 1;
        case 3: return 1000;
        case 4: return 1001;
        case 5: return std::numeric_limits<std::int64_t>::min();
        case 6: return std::numeric_limits<std::int64_t>::max();
        case 7: return -1;
        default: return fdp.ConsumeIntegral<std::int64_t>();
        }
    }
    double quality_difference() {
        switch (fdp.ConsumeIntegralInRange<int>(0, 8)) {
        case 0: return 0;
        case 1: return 100;
        case 2: return std::nextafter(100.0, 200.0);
        case 3: return -0.0;
        case 4: return std::numeric_limits<double>::quiet_NaN();
        case 5: return std::numeric_limits<double>::infinity();
        case 6: return -std::numeric_limits<double>::denorm_min();
        default: return fdp.ConsumeFloatingPoint<double>();
        }
    }
    std::vector<bedrock::tag> tags() {
        std::vector<bedrock::tag> t;
        if (fdp.ConsumeIntegralInRange<int>(0, 15) == 0) { // at and past the 200-tag limit
            auto const n = fdp.ConsumeIntegralInRange<std::size_t>(199, 202);
            for (std::size_t i = 0; i < n; ++i) t.push_back({"k" + std::to_string(i), "v"});
            if (fdp.ConsumeBool()) t[fdp.ConsumeIntegralInRange<std::size_t>(1, n - 1)].key = "k0";
            return t;
        }
        auto const n = fdp.ConsumeIntegralInRange<std::size_t>(0, 5);
        for (std::size_t i = 0; i < n; ++i) t.push_back({std::string(text(tag_keys, 140)), std::string(text(tag_values, 270))});
        return t;
    }
    std::optional<std::vector<bedrock::tag>> maybe_tags() {
        if (fdp.ConsumeBool()) return std::nullopt;
        return tags();
    }
    std::vector<std::string> keys() {
        std::vector<std::string> k;
        if (fdp.ConsumeIntegralInRange<int>(0, 15) == 0) {
            auto const n = fdp.ConsumeIntegralInRange<std::size_t>(199, 202);
            for (std::size_t i = 0; i < n; ++i) k.push_back("k" + std::to_string(i));
            return k;
        }
        auto const n = fdp.ConsumeIntegralInRange<std::size_t>(0, 5);
        for (std::size_t i = 0; i < n; ++i) k.emplace_back(text(tag_keys, 140));
        return k;
    }
};

/// The independent expectation: the members checked one by one in the model's order; the first failure.
struct oracle {
    std::optional<bedrock::request_error> first;
    sv failed_text; ///< the text of the first bad text member

    template <class T>
    void text(sv pointer, sv s) {
        if (first) return;
        if (auto e = T::check(s)) {
            first = bedrock::request_error{bedrock::request_errc::invalid_value, std::string(pointer), *e, {}};
            failed_text = s;
        }
    }
    template <class T>
    void text(sv pointer, std::optional<sv> s) {
        if (s) text<T>(pointer, *s);
    }
    void max_results(std::optional<std::int64_t> v) {
        if (!first && v && (*v < 1 || *v > 1000)) first = bedrock::request_error{bedrock::request_errc::out_of_range, "/maxResults", {}, {}};
    }
    void enumeration(sv pointer, std::optional<sv> s, pool values) {
        if (first || !s) return;
        for (auto v : values)
            if (*s == v) return;
        first = bedrock::request_error{bedrock::request_errc::unknown_enum_value, std::string(pointer), {}, {}};
    }
    void at_least_one(sv pointer, std::size_t items) {
        if (!first && items == 0) first = bedrock::request_error{bedrock::request_errc::too_few_items, std::string(pointer), {}, {}};
    }
    void range(sv pointer, double v, double lo, double hi) {
        if (!first && !(v >= lo && v <= hi)) first = bedrock::request_error{bedrock::request_errc::out_of_range, std::string(pointer), {}, {}};
    }
    void tags(sv pointer, std::vector<bedrock::tag> const& t) {
        if (first) return;
        if (t.size() > 200) {
            first = bedrock::request_error{bedrock::request_errc::too_many_items, std::string(pointer), {}, {}};
            return;
        }
        for (std::size_t i = 0; i < t.size() && !first; ++i) {
            std::string const item = std::string(pointer) + "/" + std::to_string(i);
            if (auto e = bedrock::check_syntax(bedrock::shape::tag_key, t[i].key)) {
                first = bedrock::request_error{bedrock::request_errc::invalid_value, item + "/key", *e, {}};
                failed_text = t[i].key;
            } else if (auto e2 = bedrock::check_syntax(bedrock::shape::tag_value, t[i].value)) {
                first = bedrock::request_error{bedrock::request_errc::invalid_value, item + "/value", *e2, {}};
                failed_text = t[i].value;
            } else {
                for (std::size_t j = 0; j < i; ++j)
                    if (t[j].key == t[i].key) {
                        first = bedrock::request_error{bedrock::request_errc::duplicate_key, item + "/key", {}, {}};
                        break;
                    }
            }
        }
    }
    void tags(sv pointer, std::optional<std::vector<bedrock::tag>> const& t) {
        if (t) tags(pointer, *t);
    }
    void keys(sv pointer, std::vector<std::string> const& k) {
        if (first) return;
        if (k.size() > 200) {
            first = bedrock::request_error{bedrock::request_errc::too_many_items, std::string(pointer), {}, {}};
            return;
        }
        for (std::size_t i = 0; i < k.size(); ++i)
            if (auto e = bedrock::check_syntax(bedrock::shape::tag_key, k[i])) {
                first = bedrock::request_error{bedrock::request_errc::invalid_value, std::string(pointer) + "/" + std::to_string(i), *e, {}};
                failed_text = k[i];
                return;
            }
    }

    /// make() agrees: fails with the same pointer, code and identifier error, or succeeds when nothing failed.
    template <class R>
    void agrees(bedrock::request_result<R> const& r) const {
        if (!first) {
            BEDROCK_PROPERTY_DETAIL(r.has_value(), r.error().message());
            return;
        }
        BEDROCK_PROPERTY_DETAIL(!r.has_value(), first->pointer);
        auto const& e = r.error();
        BEDROCK_PROPERTY_DETAIL(e.pointer == first->pointer, e.message());
        BEDROCK_PROPERTY_DETAIL(e.code == first->code, e.message());
        BEDROCK_PROPERTY_DETAIL(e.message().starts_with(e.pointer + ": "), e.message());
        if (e.code == bedrock::request_errc::invalid_value) {
            BEDROCK_PROPERTY_DETAIL(e.value_error == first->value_error, e.message());
            BEDROCK_PROPERTY_DETAIL(e.value_error.code != bedrock::errc::ok && e.value_error.offset <= failed_text.size(), e.message());
        }
    }
};

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1; // lowercase hex is not SigV4's form
}

/// Decodes a SigV4-encoded component: only unreserved bytes and %XX (uppercase) may appear.
std::optional<std::string> percent_decode(sv s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size()) return std::nullopt;
            int const h = hex(s[i + 1]), l = hex(s[i + 2]);
            if (h < 0 || l < 0) return std::nullopt;
            out += static_cast<char>(h * 16 + l);
            i += 2;
        } else if (bedrock::is_unreserved(s[i])) {
            out += s[i];
        } else {
            return std::nullopt;
        }
    }
    return out;
}

/// The binding's method and status; the path is the request URI with its one label (if any) encoded.
template <class R>
void check_http(bedrock::http_request const& h, std::optional<sv> label_value) {
    auto const& b = R::binding;
    BEDROCK_PROPERTY(h.method == b.method && h.success_status == b.success_status);
    sv const uri = b.request_uri;
    auto const open = uri.find('{');
    if (open == sv::npos) {
        BEDROCK_PROPERTY_DETAIL(h.path == uri, h.path);
        return;
    }
    auto const close = uri.find('}', open);
    sv const prefix = uri.substr(0, open), suffix = uri.substr(close + 1);
    sv const path = h.path;
    BEDROCK_PROPERTY_DETAIL(path.size() >= prefix.size() + suffix.size() && path.starts_with(prefix) && path.ends_with(suffix), h.path);
    auto const decoded = percent_decode(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
    BEDROCK_PROPERTY_DETAIL(decoded && label_value && *decoded == *label_value, h.path);
}

/// The query holds exactly `expected` in order, and the query string decodes back to it.
void check_query(bedrock::http_request const& h, std::vector<bedrock::query_parameter> const& expected) {
    BEDROCK_PROPERTY_DETAIL(h.query == expected, bedrock::target(h));
    std::string const q = bedrock::query_string(h);
    std::vector<bedrock::query_parameter> back;
    sv rest = q;
    while (!rest.empty()) {
        auto const amp = rest.find('&');
        sv const pair = rest.substr(0, amp);
        auto const eq = pair.find('=');
        BEDROCK_PROPERTY_DETAIL(eq != sv::npos, q);
        auto n = percent_decode(pair.substr(0, eq));
        auto v = percent_decode(pair.substr(eq + 1));
        BEDROCK_PROPERTY_DETAIL(n && v, q);
        back.push_back({*n, *v});
        rest = amp == sv::npos ? sv{} : rest.substr(amp + 1);
    }
    BEDROCK_PROPERTY_DETAIL(back == expected, q);
}

/// The JSON body: read by the body document's reader, equal to to_body(r), written back byte for byte.
template <class Body, class R>
void check_body(R const& r) {
    auto const h = bedrock::to_http_request_with_body(r);
    BEDROCK_PROPERTY(h.body.has_value());
    auto const read = bedrock::parse_document<Body>(*h.body);
    BEDROCK_PROPERTY_DETAIL(read.has_value(), *h.body);
    BEDROCK_PROPERTY_DETAIL(*read == bedrock::requests::to_body(r), *h.body);
    BEDROCK_PROPERTY_DETAIL(bedrock::serialize_document(*read) == *h.body, *h.body);
}

/// A checked member kept byte for byte and accepted by its parser again.
template <class T>
void kept(T const& member, sv input) {
    BEDROCK_PROPERTY_DETAIL(member.str() == input, member.str());
    BEDROCK_PROPERTY_DETAIL(T::parse(member.str()).has_value(), member.str());
}
template <class T>
void kept(std::optional<T> const& member, std::optional<sv> input) {
    BEDROCK_PROPERTY(member.has_value() == input.has_value());
    if (member) kept(*member, *input);
}

template <class E, class Parse>
void kept_enum(std::optional<E> const& e, std::optional<sv> input, Parse parse) {
    BEDROCK_PROPERTY(e.has_value() == input.has_value());
    if (e) BEDROCK_PROPERTY(to_string(*e) == *input && parse(to_string(*e)) == e);
}

namespace rq = bedrock::requests;

void create_inference_profile(text_source& in) {
    rq::create_inference_profile::input i{in.text(names), in.maybe(descriptions), in.maybe(client_tokens), in.text(model_sources),
                                          in.maybe_tags()};
    oracle o;
    o.text<bedrock::inference_profile_name>("/inferenceProfileName", i.inference_profile_name);
    o.text<bedrock::resource_description>("/description", i.description);
    o.text<bedrock::client_request_token>("/clientRequestToken", i.client_request_token);
    o.text<bedrock::model_source_arn>("/modelSource/copyFrom", i.copy_from);
    o.tags("/tags", i.tags);
    auto const r = rq::create_inference_profile::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->inference_profile_name, i.inference_profile_name);
    kept(r->description, i.description);
    kept(r->client_request_token, i.client_request_token);
    kept(r->copy_from, i.copy_from);
    BEDROCK_PROPERTY(r->tags.has_value() == i.tags.has_value() && (!r->tags || r->tags->tags() == *i.tags));
    check_http<rq::create_inference_profile>(rq::to_http_request(*r), std::nullopt);
    check_query(rq::to_http_request(*r), {});
    check_body<bedrock::create_inference_profile_request>(*r);
}

template <class R>
void identifier_request(text_source& in, pool kind, sv pointer) {
    typename R::input i{in.text(kind)};
    oracle o;
    auto const r = R::make(i);
    auto const& field = [&]() -> auto const& {
        if constexpr (requires { R{}.inference_profile_identifier; }) return r->inference_profile_identifier;
        else if constexpr (requires { R{}.prompt_router_arn; }) return r->prompt_router_arn;
        else return r->model_identifier;
    };
    using T = std::remove_cvref_t<decltype(field())>;
    sv const text = [&] {
        if constexpr (requires { i.inference_profile_identifier; }) return i.inference_profile_identifier;
        else if constexpr (requires { i.prompt_router_arn; }) return i.prompt_router_arn;
        else return i.model_identifier;
    }();
    o.text<T>(pointer, text);
    o.agrees(r);
    if (!r) return;
    kept(field(), text);
    auto const h = rq::to_http_request(*r);
    check_http<R>(h, text);
    check_query(h, {});
    BEDROCK_PROPERTY(!bedrock::to_http_request_with_body(*r).body.has_value());
}

void list_inference_profiles(text_source& in) {
    rq::list_inference_profiles::input i{in.max_results(), in.maybe(pagination_tokens),
                                         in.enum_text({"SYSTEM_DEFINED", "APPLICATION", "application", "SYSTEM_DEFINED "})};
    oracle o;
    o.max_results(i.max_results);
    o.text<bedrock::pagination_token>("/nextToken", i.next_token);
    o.enumeration("/typeEquals", i.type_equals, {"SYSTEM_DEFINED", "APPLICATION"});
    auto const r = rq::list_inference_profiles::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->next_token, i.next_token);
    kept_enum(r->type_equals, i.type_equals, [](sv s) { return bedrock::parse_inference_profile_type(s); });
    std::vector<bedrock::query_parameter> q;
    if (i.max_results) q.push_back({"maxResults", std::to_string(*i.max_results)});
    if (i.next_token) q.push_back({"nextToken", std::string(*i.next_token)});
    if (i.type_equals) q.push_back({"type", std::string(*i.type_equals)}); // the wire name of typeEquals
    auto const h = rq::to_http_request(*r);
    check_http<rq::list_inference_profiles>(h, std::nullopt);
    check_query(h, q);
}

void create_prompt_router(text_source& in) {
    rq::create_prompt_router::input i;
    i.client_request_token = in.maybe(client_tokens);
    i.prompt_router_name = in.text(names);
    auto const n = in.fdp.ConsumeIntegralInRange<std::size_t>(0, 3);
    for (std::size_t k = 0; k < n; ++k) i.models.push_back(in.text(target_models));
    i.description = in.maybe(descriptions);
    i.response_quality_difference = in.quality_difference();
    i.fallback_model = in.text(target_models);
    i.tags = in.maybe_tags();
    oracle o;
    o.text<bedrock::client_request_token>("/clientRequestToken", i.client_request_token);
    o.text<bedrock::prompt_router_name>("/promptRouterName", i.prompt_router_name);
    o.at_least_one("/models", i.models.size()); // PromptRouterTargetModels: min 1
    for (std::size_t k = 0; k < i.models.size(); ++k)
        o.text<bedrock::prompt_router_target_model_arn>("/models/" + std::to_string(k) + "/modelArn", i.models[k]);
    o.text<bedrock::resource_description>("/description", i.description);
    o.range("/routingCriteria/responseQualityDifference", i.response_quality_difference, 0, 100);
    o.text<bedrock::prompt_router_target_model_arn>("/fallbackModel/modelArn", i.fallback_model);
    o.tags("/tags", i.tags);
    auto const r = rq::create_prompt_router::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->client_request_token, i.client_request_token);
    kept(r->prompt_router_name, i.prompt_router_name);
    BEDROCK_PROPERTY(r->models.size() == i.models.size());
    for (std::size_t k = 0; k < i.models.size(); ++k) kept(r->models[k], i.models[k]);
    kept(r->description, i.description);
    BEDROCK_PROPERTY(r->response_quality_difference == i.response_quality_difference);
    kept(r->fallback_model, i.fallback_model);
    BEDROCK_PROPERTY(r->tags.has_value() == i.tags.has_value() && (!r->tags || r->tags->tags() == *i.tags));
    check_http<rq::create_prompt_router>(rq::to_http_request(*r), std::nullopt);
    check_body<bedrock::create_prompt_router_request>(*r);
}

void list_prompt_routers(text_source& in) {
    rq::list_prompt_routers::input i{in.max_results(), in.maybe(pagination_tokens), in.enum_text({"custom", "default", "Custom", "DEFAULT"})};
    oracle o;
    o.max_results(i.max_results);
    o.text<bedrock::pagination_token>("/nextToken", i.next_token);
    o.enumeration("/type", i.type, {"custom", "default"});
    auto const r = rq::list_prompt_routers::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->next_token, i.next_token);
    kept_enum(r->type, i.type, [](sv s) { return bedrock::parse_prompt_router_type(s); });
    std::vector<bedrock::query_parameter> q;
    if (i.max_results) q.push_back({"maxResults", std::to_string(*i.max_results)});
    if (i.next_token) q.push_back({"nextToken", std::string(*i.next_token)});
    if (i.type) q.push_back({"type", std::string(*i.type)});
    auto const h = rq::to_http_request(*r);
    check_http<rq::list_prompt_routers>(h, std::nullopt);
    check_query(h, q);
}

void list_foundation_models(text_source& in) {
    rq::list_foundation_models::input i{in.maybe(providers),
                                        in.enum_text({"FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION", "fine_tuning"}),
                                        in.enum_text({"TEXT", "IMAGE", "EMBEDDING", "VIDEO", "SPEECH"}),
                                        in.enum_text({"ON_DEMAND", "PROVISIONED", "INFERENCE_PROFILE"})};
    oracle o;
    o.text<bedrock::provider_name>("/byProvider", i.by_provider);
    o.enumeration("/byCustomizationType", i.by_customization_type, {"FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"});
    o.enumeration("/byOutputModality", i.by_output_modality, {"TEXT", "IMAGE", "EMBEDDING"});
    o.enumeration("/byInferenceType", i.by_inference_type, {"ON_DEMAND", "PROVISIONED"});
    auto const r = rq::list_foundation_models::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->by_provider, i.by_provider);
    kept_enum(r->by_customization_type, i.by_customization_type, [](sv s) { return bedrock::parse_model_customization(s); });
    kept_enum(r->by_output_modality, i.by_output_modality, [](sv s) { return bedrock::parse_model_modality(s); });
    kept_enum(r->by_inference_type, i.by_inference_type, [](sv s) { return bedrock::parse_inference_type(s); });
    std::vector<bedrock::query_parameter> q;
    if (i.by_provider) q.push_back({"byProvider", std::string(*i.by_provider)});
    if (i.by_customization_type) q.push_back({"byCustomizationType", std::string(*i.by_customization_type)});
    if (i.by_output_modality) q.push_back({"byOutputModality", std::string(*i.by_output_modality)});
    if (i.by_inference_type) q.push_back({"byInferenceType", std::string(*i.by_inference_type)});
    auto const h = rq::to_http_request(*r);
    check_http<rq::list_foundation_models>(h, std::nullopt);
    check_query(h, q);
}

void tag_resource(text_source& in) {
    rq::tag_resource::input i{in.text(taggable_arns), in.tags()};
    oracle o;
    o.text<bedrock::taggable_resource_arn>("/resourceARN", i.resource_arn);
    o.tags("/tags", i.tags);
    auto const r = rq::tag_resource::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->resource_arn, i.resource_arn);
    BEDROCK_PROPERTY(r->tags.tags() == i.tags);
    check_http<rq::tag_resource>(rq::to_http_request(*r), std::nullopt);
    check_body<bedrock::tag_resource_request>(*r);
}

void untag_resource(text_source& in) {
    rq::untag_resource::input i{in.text(taggable_arns), in.keys()};
    oracle o;
    o.text<bedrock::taggable_resource_arn>("/resourceARN", i.resource_arn);
    o.keys("/tagKeys", i.tag_keys);
    auto const r = rq::untag_resource::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->resource_arn, i.resource_arn);
    BEDROCK_PROPERTY(r->tag_keys.keys() == i.tag_keys);
    check_http<rq::untag_resource>(rq::to_http_request(*r), std::nullopt);
    check_body<bedrock::untag_resource_request>(*r);
}

void list_tags_for_resource(text_source& in) {
    rq::list_tags_for_resource::input i{in.text(taggable_arns)};
    oracle o;
    o.text<bedrock::taggable_resource_arn>("/resourceARN", i.resource_arn);
    auto const r = rq::list_tags_for_resource::make(i);
    o.agrees(r);
    if (!r) return;
    kept(r->resource_arn, i.resource_arn);
    check_http<rq::list_tags_for_resource>(rq::to_http_request(*r), std::nullopt);
    check_body<bedrock::list_tags_for_resource_request>(*r);
}

void runtime(text_source& in) {
    constexpr bedrock::runtime_operation ops[]{bedrock::runtime_operation::invoke_model,
                                               bedrock::runtime_operation::invoke_model_with_response_stream,
                                               bedrock::runtime_operation::converse, bedrock::runtime_operation::converse_stream};
    auto const op = ops[in.fdp.ConsumeIntegralInRange<std::size_t>(0, 3)];
    sv const id = in.text(profile_identifiers);
    oracle o;
    o.text<bedrock::invocation_target>("/modelId", id);
    auto const r = bedrock::make_runtime_request(op, id);
    if (o.first) {
        BEDROCK_PROPERTY(!r.has_value());
        BEDROCK_PROPERTY_DETAIL(r.error().pointer == "/modelId" && r.error().value_error == o.first->value_error, r.error().message());
        BEDROCK_PROPERTY(r.error().value_error.offset <= id.size());
        return;
    }
    BEDROCK_PROPERTY_DETAIL(r.has_value(), r.error().message());
    auto const b = bedrock::binding(op);
    BEDROCK_PROPERTY(r->method == b.method && r->success_status == b.success_status && r->query.empty());
    sv const uri = b.request_uri;
    auto const open = uri.find('{'), close = uri.find('}');
    sv const prefix = uri.substr(0, open), suffix = uri.substr(close + 1), path = r->path;
    BEDROCK_PROPERTY_DETAIL(path.starts_with(prefix) && path.ends_with(suffix) && path.size() >= prefix.size() + suffix.size(), path);
    auto const decoded = percent_decode(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
    BEDROCK_PROPERTY_DETAIL(decoded && *decoded == id, path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    bedrock_fuzz::current_input() = sv(reinterpret_cast<char const*>(data), size);
    FuzzedDataProvider fdp(data, size);
    text_source in{fdp, {}};
    switch (fdp.ConsumeIntegralInRange<int>(0, 13)) {
    case 0: create_inference_profile(in); break;
    case 1: identifier_request<rq::get_inference_profile>(in, profile_identifiers, "/inferenceProfileIdentifier"); break;
    case 2: identifier_request<rq::delete_inference_profile>(in, profile_identifiers, "/inferenceProfileIdentifier"); break;
    case 3: list_inference_profiles(in); break;
    case 4: create_prompt_router(in); break;
    case 5: identifier_request<rq::get_prompt_router>(in, router_arns, "/promptRouterArn"); break;
    case 6: identifier_request<rq::delete_prompt_router>(in, router_arns, "/promptRouterArn"); break;
    case 7: list_prompt_routers(in); break;
    case 8: list_foundation_models(in); break;
    case 9: identifier_request<rq::get_foundation_model>(in, model_identifiers, "/modelIdentifier"); break;
    case 10: tag_resource(in); break;
    case 11: untag_resource(in); break;
    case 12: list_tags_for_resource(in); break;
    default: runtime(in); break;
    }
    return 0;
}
