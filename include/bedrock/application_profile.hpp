#ifndef BEDROCK_APPLICATION_PROFILE_HPP
#define BEDROCK_APPLICATION_PROFILE_HPP

#include <bedrock/api.hpp>
#include <bedrock/arn_environment.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/checked.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/prompt_router.hpp>
#include <bedrock/result.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/timestamp.hpp>

#include <algorithm>    // std::stable_sort (repeated tag keys)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t, std::uint32_t
#include <memory>       // std::shared_ptr (a profile copied from another profile)
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <variant>      // std::variant (model sources)
#include <vector>       // std::vector

/** @file
    Application inference profiles (`AWS::Bedrock::ApplicationInferenceProfile`): the descriptor a user writes
    (name, description, model source, tags), the attributes the service reports, validation that reports every
    violation, imports, and the CreateInferenceProfile request and CloudFormation resource they render to. Their
    results are `checked<T>` (`<bedrock/checked.hpp>`: the value or every @ref profile_violation). The
    IAM statements of the references' grant methods are in `<bedrock/grants.hpp>`; the CDK alpha construct's
    own checks (@ref check_alpha) are in `<bedrock/application_profile_alpha.hpp>`.

    Rules: `docs/json.md`; `docs/cdk-mapping.md`; `docs/identifiers.md`
    Where the CDK alpha package and the service disagree, the service wins (docs/application-profiles.md).
*/

namespace bedrock {
// ---------------------------------------------------------------------------------------------------------
// Model sources
// ---------------------------------------------------------------------------------------------------------

struct application_profile;

/** What an application profile copies its models from. */
enum class model_source_kind : std::uint8_t {
    none,                 ///< not set (an imported profile, or a descriptor still being filled in)
    foundation_model,     ///< one foundation model in the stack's region
    cross_region_profile, ///< a system-defined cross-region profile
    prompt_router,        ///< a default prompt router (the references allow it; the API does not)
    application_profile,  ///< another application profile (the references allow it; the API does not)
    arn,                  ///< any invokable ARN given as text (may hold `${AWS::…}` pseudo parameters)
};

/** The model source of an application profile: the references' `modelSource` (`IInvokable`).

    @par Example
    @code
    bedrock::model_source fm{bedrock::models::amazon_nova_pro_v1};
    bedrock::model_source cris{bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1}};
    auto any = bedrock::model_source::from_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    assert(cris.kind() == bedrock::model_source_kind::cross_region_profile);
    @endcode
*/
class model_source {
public:
    /// No source (`kind() == none`).
    model_source() = default;
    /// A foundation model (its ARN is regional: `arn:…:bedrock:<region>::foundation-model/<id>`).
    model_source(foundation_model const& m) : value_(m) {} // NOLINT: implicit, like the references' IInvokable
    /// A system-defined cross-region profile.
    model_source(cross_region_profile const& p) : value_(p) {} // NOLINT
    /// A default prompt router.
    model_source(prompt_router r) : value_(std::move(r)) {} // NOLINT
    /// Another application profile (copied); in a template its ARN is `Fn::GetAtt [<logical id>, InferenceProfileArn]`.
    model_source(application_profile const& p); // NOLINT
    /// Any ARN text.
    [[nodiscard]] static model_source from_arn(std::string arn) {
        model_source s;
        s.value_ = std::move(arn);
        return s;
    }

    /// Which alternative is held.
    [[nodiscard]] model_source_kind kind() const noexcept { return static_cast<model_source_kind>(value_.index()); }
    /// The foundation model, or nullptr.
    [[nodiscard]] foundation_model const* model() const noexcept { return std::get_if<foundation_model>(&value_); }
    /// The cross-region profile, or nullptr.
    [[nodiscard]] cross_region_profile const* profile() const noexcept { return std::get_if<cross_region_profile>(&value_); }
    /// The prompt router, or nullptr.
    [[nodiscard]] prompt_router const* router() const noexcept { return std::get_if<prompt_router>(&value_); }
    /// The source application profile, or nullptr.
    [[nodiscard]] application_profile const* application() const noexcept {
        auto const* p = std::get_if<std::shared_ptr<application_profile const>>(&value_);
        return p ? p->get() : nullptr;
    }
    /// The ARN text, or nullptr.
    [[nodiscard]] std::string const* arn_text() const noexcept { return std::get_if<std::string>(&value_); }

    /** The `invokableArn` as text in an environment. Empty for `none`, and for an application profile
        that has no ARN yet (in a template it is an `Fn::GetAtt`, see @ref cfn_value). */
    [[nodiscard]] std::string arn(arn_environment const& env = {}) const;

    /** The `invokableArn` as a template value: pseudo parameters as `Fn::Join` (or `Fn::Sub`), another
        application profile as `Fn::GetAtt [<logical id>, InferenceProfileArn]`. */
    [[nodiscard]] cfn_expr cfn_value(cfn_pseudo_style style = cfn_pseudo_style::join) const;

    friend bool operator==(model_source const& a, model_source const& b) noexcept;

private:
    std::variant<std::monostate, foundation_model, cross_region_profile, prompt_router,
                 std::shared_ptr<application_profile const>, std::string>
        value_;
};

// ---------------------------------------------------------------------------------------------------------
// The profile
// ---------------------------------------------------------------------------------------------------------

/** What the service reports about an application profile (GetInferenceProfile), or what an import knows. */
struct application_profile_attributes {
    std::string arn;                                     ///< `inferenceProfileArn`
    std::string id;                                      ///< `inferenceProfileId` (12 of `[a-z0-9]` for real profiles)
    std::optional<inference_profile_status> status;      ///< `status`
    inference_profile_type type = inference_profile_type::application; ///< `type`
    std::optional<timestamp> created_at;                 ///< `createdAt`
    std::optional<timestamp> updated_at;                 ///< `updatedAt`
    std::vector<std::string> models;                     ///< `models[].modelArn`, in the service's order
    friend bool operator==(application_profile_attributes const&, application_profile_attributes const&) = default;
};

/** An application inference profile: the descriptor and, once it exists, the service's attributes.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = "support-chatbot";
    p.description = "Cost tracking for the support chatbot team";
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    p.tags = {{"team", "support"}, {"CostCenter", "cc-4410"}};
    assert(bedrock::validate(p).empty());
    @endcode
*/
struct application_profile {
    std::string name;                                    ///< `inferenceProfileName` (1–64, `([0-9a-zA-Z][ _-]?)+`)
    std::optional<std::string> description;              ///< `description` (1–200, `([0-9a-zA-Z:.][ _-]?)+`)
    model_source source;                                 ///< `modelSource.copyFrom`
    std::vector<tag> tags;                               ///< ordered key/value list (≤ 200)
    std::string logical_id = "Profile";                  ///< CloudFormation logical id (target of `Fn::GetAtt`)
    std::optional<application_profile_attributes> attributes; ///< set once created or imported
    friend bool operator==(application_profile const&, application_profile const&) = default;
};

inline model_source::model_source(application_profile const& p)
    : value_(std::make_shared<application_profile const>(p)) {}

inline bool operator==(model_source const& a, model_source const& b) noexcept {
    if (a.value_.index() != b.value_.index()) return false;
    if (auto const* x = a.application()) return *x == *b.application();
    return a.value_ == b.value_;
}

inline std::string model_source::arn(arn_environment const& env) const {
    switch (kind()) {
    case model_source_kind::none: return {};
    case model_source_kind::foundation_model: return foundation_model_arn(*model(), env);
    case model_source_kind::cross_region_profile: return cross_region_profile_arn(*profile(), env);
    case model_source_kind::prompt_router: return router()->arn(env);
    case model_source_kind::application_profile: {
        auto const* p = application();
        return p->attributes ? p->attributes->arn : std::string();
    }
    case model_source_kind::arn: return *arn_text();
    }
    return {};
}

inline cfn_expr model_source::cfn_value(cfn_pseudo_style style) const {
    if (auto const* p = application()) {
        if (p->attributes && !p->attributes->arn.empty()) return cfn_expr{p->attributes->arn};
        return cfn_expr{cfn_get_att{p->logical_id, "InferenceProfileArn"}};
    }
    return make_cfn_expr(arn(), style);
}

// ---------------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------------

namespace detail {

// The sentence of a violation: the constraint, then the checker's static text. The code and the offset are
// fields of profile_violation; they are not repeated in the text.
inline std::string shape_message(std::string_view what, parse_error e) {
    return std::string(what) + ": " + std::string(e.message());
}

/// Replaces `${AWS::Partition}`, `${AWS::Region}`, `${AWS::AccountId}` by sample values of the same role.
inline std::string with_sample_pseudo_values(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    // One forward scan: once no `}` follows, none follows any later `${` either (searching again for each
    // `${` made a text full of `${` quadratic).
    bool closes = true;
    while (i < s.size()) {
        if (closes && s.substr(i, 2) == "${") {
            auto const close = s.find('}', i);
            closes = close != std::string_view::npos;
            if (close != std::string_view::npos) {
                auto const name = s.substr(i + 2, close - i - 2);
                if (name == "AWS::Partition") out += "aws";
                else if (name == "AWS::Region") out += "us-east-1";
                else if (name == "AWS::AccountId") out += "123456789012";
                else out.append(s.substr(i, close + 1 - i));
                i = close + 1;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

inline std::string copy_from_message(std::string_view what) {
    return std::string(what) +
           " cannot be the copyFrom of an application inference profile: the Bedrock API and CloudFormation accept only "
           "a foundation-model ARN or a system-defined (cross-region) inference-profile ARN "
           "(InferenceProfileModelSourceArn). The CDK references emit it anyway and the deployment fails.";
}

inline void check_copy_from(model_source const& src, std::vector<profile_violation>& out) {
    std::string const field = "/modelSource/copyFrom";
    switch (src.kind()) {
    case model_source_kind::none:
        out.push_back({errc::empty, field, 0, "modelSource is required", service_rule});
        return;
    case model_source_kind::foundation_model:
    case model_source_kind::cross_region_profile: return;
    case model_source_kind::prompt_router:
        out.push_back({errc::wrong_resource_type, field, 0,
                       copy_from_message("A prompt router (default-prompt-router/" + src.router()->id() + ")"), service_rule});
        return;
    case model_source_kind::application_profile:
        out.push_back({errc::wrong_resource_type, field, 0, copy_from_message("Another application inference profile"), service_rule});
        return;
    case model_source_kind::arn: break;
    }
    std::string const& text = *src.arn_text();
    bool const pseudo = text.find("${") != std::string::npos;
    std::string const checked = pseudo ? with_sample_pseudo_values(text) : text;
    // Concrete text gets the strict check too (known partition and region, the profile's geo in the ARN's
    // partition): the syntax alone passed ARNs that parse_bedrock_arn, and the service, reject. Text with
    // pseudo parameters is checked with sample values, so only its syntax is meaningful.
    auto e = pseudo ? check_syntax<shape::inference_profile_model_source_arn>(checked)
                    : check_strict<shape::inference_profile_model_source_arn>(checked);
    if (!e) return;
    if (auto b = parse_bedrock_arn(checked)) {
        if (b->kind == resource_kind::application_inference_profile || b->kind == resource_kind::prompt_router ||
            b->kind == resource_kind::default_prompt_router) {
            out.push_back({errc::wrong_resource_type, field, 0,
                           copy_from_message("An ARN of resource type " + std::string(to_string(b->kind))), service_rule});
            return;
        }
    }
    out.push_back({e->code, field, pseudo ? 0u : e->offset,
                   shape_message("copyFrom must be a foundation-model or system-defined inference-profile ARN", *e), service_rule});
}

} // namespace detail

/** Checks a descriptor against the Bedrock API and the CloudFormation schema and reports **every** violation.

    - `/inferenceProfileName`: required, 1–64, `([0-9a-zA-Z][ _-]?)+` (no `.` or `:`);
    - `/description`: when set, 1–200, `([0-9a-zA-Z:.][ _-]?)+` (`""` is invalid);
    - `/modelSource/copyFrom`: a foundation model, a cross-region profile, or an ARN text that matches
      InferenceProfileModelSourceArn; a prompt router or another application profile is rejected with
      `errc::wrong_resource_type` and a message that says why (the references emit them; the API rejects them);
    - `/tags`: at most 200 (`too_many_items`, offset 200); `/tags/i/key` 1–128 and `/tags/i/value` 0–256 of
      `[a-zA-Z0-9\s._:/=+@-]`; a repeated key is `duplicate_key`.

    Each field reports its first problem with the shape checker's code and offset.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = "my.profile";
    p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
    p.tags = {{"", "x"}};
    auto v = bedrock::validate(p);
    // v[0]: /inferenceProfileName invalid_character at 2; v[1]: /tags/0/key empty at 0
    @endcode
*/
[[nodiscard]] inline std::vector<profile_violation> validate(application_profile const& p) {
    std::vector<profile_violation> out;
    if (auto e = check_syntax<shape::inference_profile_name>(p.name))
        out.push_back({e->code, "/inferenceProfileName", e->offset,
                       detail::shape_message("inferenceProfileName must be 1-64 characters matching ([0-9a-zA-Z][ _-]?)+", *e),
                       service_rule});
    if (p.description) {
        if (auto e = check_syntax<shape::inference_profile_description>(*p.description))
            out.push_back({e->code, "/description", e->offset,
                           detail::shape_message("description must be 1-200 characters matching ([0-9a-zA-Z:.][ _-]?)+", *e),
                           service_rule});
    }
    detail::check_copy_from(p.source, out);
    if (p.tags.size() > 200)
        out.push_back({errc::too_many_items, "/tags", 200,
                       "at most 200 tags are allowed, found " + std::to_string(p.tags.size()), service_rule});
    // The first position of each key, found in n log n (comparing each tag with every earlier one was
    // quadratic): positions sorted by key, stably, so each group of equal keys starts at the first one.
    std::vector<std::size_t> first_of(p.tags.size());
    {
        std::vector<std::size_t> by_key(p.tags.size());
        for (std::size_t i = 0; i < by_key.size(); ++i) by_key[i] = i;
        std::stable_sort(by_key.begin(), by_key.end(),
                         [&](std::size_t x, std::size_t y) { return p.tags[x].key < p.tags[y].key; });
        for (std::size_t g = 0; g < by_key.size(); ++g)
            first_of[by_key[g]] = g > 0 && p.tags[by_key[g]].key == p.tags[by_key[g - 1]].key ? first_of[by_key[g - 1]] : by_key[g];
    }
    for (std::size_t i = 0; i < p.tags.size(); ++i) {
        std::string const base = "/tags/" + std::to_string(i);
        if (auto e = check_syntax<shape::tag_key>(p.tags[i].key))
            out.push_back({e->code, base + "/key", e->offset,
                           detail::shape_message("a tag key is 1-128 characters of [a-zA-Z0-9\\s._:/=+@-]", *e), service_rule});
        if (auto e = check_syntax<shape::tag_value>(p.tags[i].value))
            out.push_back({e->code, base + "/value", e->offset,
                           detail::shape_message("a tag value is 0-256 characters of [a-zA-Z0-9\\s._:/=+@-]", *e), service_rule});
        if (std::size_t const j = first_of[i]; j != i)
            out.push_back({errc::duplicate_key, base + "/key", 0,
                           "tag key \"" + p.tags[i].key + "\" repeats /tags/" + std::to_string(j) + "/key", service_rule});
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering: the CreateInferenceProfile request and the CloudFormation resource
// ---------------------------------------------------------------------------------------------------------

/** Options of @ref make_cfn_resource. */
struct cfn_render_options {
    cfn_pseudo_style pseudo = cfn_pseudo_style::join; ///< how `${AWS::…}` ARNs are written (references: `Fn::Join`)
    bool cdk_tag_order = true;                        ///< order and de-duplicate tags as TagManager does
    bool allow_invalid = false; ///< write even when @ref validate reports violations (reproduces the references)
};

/** The `AWS::Bedrock::ApplicationInferenceProfile` resource of a descriptor, as the references synthesize it:
    `Properties: {InferenceProfileName, Description?, ModelSource: {CopyFrom}, Tags?}` with tags in TagManager
    order (an empty tag list is left out). Fails with every violation of @ref validate unless
    `allow_invalid`; in particular a prompt router or another application profile as source is an error
    here, where the references write a template that fails at deploy time.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = "analytics-nova-pro";
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1};
    auto r = bedrock::make_cfn_resource(p);
    // r->properties.model_source->copy_from: {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, …]]}
    @endcode
*/
[[nodiscard]] inline checked<cfn_application_inference_profile> make_cfn_resource(application_profile const& p,
                                                                                   cfn_render_options const& opt = {}) {
    if (!opt.allow_invalid) {
        if (auto v = validate(p); !v.empty()) return v;
    }
    cfn_application_inference_profile r;
    r.properties.inference_profile_name = cfn_expr{p.name};
    if (p.description) r.properties.description = cfn_expr{*p.description};
    if (p.source.kind() != model_source_kind::none) r.properties.model_source = cfn_model_source{p.source.cfn_value(opt.pseudo)};
    std::vector<tag> tags = p.tags;
    if (opt.cdk_tag_order) sort_tags_like_cdk(tags);
    if (!tags.empty()) {
        std::vector<cfn_tag> out;
        out.reserve(tags.size());
        for (auto& t : tags) out.push_back(cfn_tag{cfn_expr{std::move(t.key)}, cfn_expr{std::move(t.value)}});
        r.properties.tags = std::move(out);
    }
    return r;
}

/** The CreateInferenceProfile request body of a descriptor, in a concrete environment (the `copyFrom` ARN
    must be concrete). Fails with every violation of @ref validate, and with `errc::region_required` at
    `/modelSource/copyFrom` when `env` is the template environment or the ARN text still holds `${…}`.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = "support-chatbot";
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto r = bedrock::make_create_request(p, env);
    // r->model_source.copy_from == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"
    @endcode
*/
[[nodiscard]] inline checked<create_inference_profile_request> make_create_request(
    application_profile const& p, arn_environment const& env, std::optional<std::string> client_request_token = std::nullopt) {
    auto v = validate(p);
    std::string copy_from = p.source.arn(env);
    if (v.empty() && copy_from.find("${") != std::string::npos)
        v.push_back({errc::region_required, "/modelSource/copyFrom", 0,
                     "a request needs a concrete ARN: use arn_environment::make(partition, region, account)", service_rule});
    else if (v.empty()) {
        // What the request carries must pass the strict check a reader applies: a cross-region profile
        // exists only in its geo's partition (geo_partition_mismatch when the environment is another one).
        if (auto e = check_strict<shape::inference_profile_model_source_arn>(copy_from))
            v.push_back({e->code, "/modelSource/copyFrom", e->offset,
                         detail::shape_message("copyFrom must be a foundation-model or system-defined inference-profile ARN", *e),
                         service_rule});
    }
    if (client_request_token) {
        if (auto e = check_syntax<shape::idempotency_token>(*client_request_token))
            v.push_back({e->code, "/clientRequestToken", e->offset,
                         detail::shape_message("clientRequestToken must match [a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?", *e),
                         service_rule});
    }
    if (!v.empty()) return v;
    create_inference_profile_request r;
    r.inference_profile_name = p.name;
    r.description = p.description;
    r.client_request_token = std::move(client_request_token);
    r.model_source.copy_from = std::move(copy_from);
    if (!p.tags.empty()) r.tags = p.tags;
    return r;
}

// ---------------------------------------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------------------------------------

/** The attributes of an existing profile from its ARN and identifier, as the references'
    `fromApplicationInferenceProfileAttributes` computes them: the id is the text after the first `/` of the
    ARN's resource (`…/abc/def` gives `abc/def`); the identifier is ignored, as there; the type is APPLICATION.

    Fails with the generic ARN errors of @ref parse_arn (`not_an_arn`, `missing_component`, offsets into the
    ARN) and with `errc::missing_resource_delimiter` when the resource has no `/` (the references give
    `undefined` there).

    @par Example
    @code
    auto a = bedrock::import_application_profile(
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p");
    // a->attributes->id == "k3x9q2mz7w4p"
    @endcode
*/
[[nodiscard]] inline result<application_profile> import_application_profile(std::string_view inference_profile_arn,
                                                                             std::string_view inference_profile_identifier) {
    (void)inference_profile_identifier; // ignored, as by both references (`docs/cdk-mapping.md`)
    auto a = parse_arn(inference_profile_arn);
    if (!a) return a.error();
    auto const resource = a->resource();
    auto const slash = resource.find('/');
    if (slash == std::string_view::npos)
        return parse_error{errc::missing_resource_delimiter, static_cast<std::uint32_t>(inference_profile_arn.size())};
    application_profile p;
    p.attributes.emplace();
    p.attributes->arn = std::string(inference_profile_arn);
    p.attributes->id = std::string(resource.substr(slash + 1));
    p.attributes->type = inference_profile_type::application;
    return p;
}

/** The attributes the service reports in a GetInferenceProfile response / list summary. */
[[nodiscard]] inline application_profile_attributes make_attributes(inference_profile_summary const& s) {
    application_profile_attributes a;
    a.arn = s.inference_profile_arn;
    a.id = s.inference_profile_id;
    a.status = s.status;
    a.type = s.type;
    a.created_at = s.created_at;
    a.updated_at = s.updated_at;
    for (auto const& m : s.models)
        if (m.model_arn) a.models.push_back(*m.model_arn);
    return a;
}

/** A profile from a GetInferenceProfile response: name, description and attributes (the model source is
    write-only and never returned; `source` stays `none`). */
[[nodiscard]] inline application_profile import_application_profile(inference_profile_summary const& s) {
    application_profile p;
    p.name = s.inference_profile_name;
    p.description = s.description;
    p.attributes = make_attributes(s);
    return p;
}

namespace detail {
/// Text of a template value that holds only literals and `Ref AWS::…` (a `Fn::Join ""` the CDK writes, or `Fn::Sub`).
inline std::optional<std::string> cfn_text(cfn_expr const& e) {
    if (auto const* s = e.string()) return *s;
    if (auto const* sub = std::get_if<cfn_sub>(&e.value)) return sub->text;
    if (auto const* j = std::get_if<cfn_join>(&e.value)) {
        if (!j->delimiter.empty()) return std::nullopt;
        std::string out;
        for (auto const& part : j->parts) {
            if (auto const* s = part.string()) out += *s;
            else if (auto const* r = std::get_if<cfn_ref>(&part.value); r && r->name.starts_with("AWS::")) out += "${" + r->name + "}";
            else return std::nullopt;
        }
        return out;
    }
    return std::nullopt;
}
} // namespace detail

/** A descriptor from a CloudFormation resource (the references' `fromCfnApplicationInferenceProfile`): name,
    description, tags (in template order) and the `CopyFrom` ARN text (`Fn::Join`/`Fn::Sub` with pseudo
    parameters become `${AWS::…}` text). `Fn::GetAtt` of another profile becomes an application-profile source
    whose logical id is the GetAtt's.

    Fails with `errc::invalid_character` at the property's pointer when a name, description or tag is an
    intrinsic function other than those, and with `errc::wrong_resource_type` at `/Type` for another type.
*/
[[nodiscard]] inline checked<application_profile> import_cfn_resource(cfn_application_inference_profile const& r,
                                                                      std::string logical_id) {
    std::vector<profile_violation> v;
    application_profile p;
    p.logical_id = std::move(logical_id);
    if (r.type != cfn_application_inference_profile_type)
        v.push_back({errc::wrong_resource_type, "/Type", 0, "the resource type is not " + std::string(cfn_application_inference_profile_type), service_rule});
    auto text = [&](cfn_expr const& e, std::string field, std::string& out) {
        if (auto t = detail::cfn_text(e)) out = std::move(*t);
        else v.push_back({errc::invalid_character, std::move(field), 0, "an intrinsic function that cannot be resolved here", service_rule});
    };
    text(r.properties.inference_profile_name, "/Properties/InferenceProfileName", p.name);
    if (r.properties.description) text(*r.properties.description, "/Properties/Description", p.description.emplace());
    if (r.properties.model_source) {
        auto const& c = r.properties.model_source->copy_from;
        if (auto const* g = std::get_if<cfn_get_att>(&c.value); g && g->attribute == "InferenceProfileArn") {
            application_profile inner;
            inner.logical_id = g->logical_id;
            p.source = model_source{inner};
        } else {
            std::string arn;
            text(c, "/Properties/ModelSource/CopyFrom", arn);
            p.source = model_source::from_arn(std::move(arn));
        }
    }
    if (r.properties.tags) {
        for (std::size_t i = 0; i < r.properties.tags->size(); ++i) {
            auto const& t = (*r.properties.tags)[i];
            tag out;
            text(t.key, "/Properties/Tags/" + std::to_string(i) + "/Key", out.key);
            text(t.value, "/Properties/Tags/" + std::to_string(i) + "/Value", out.value);
            p.tags.push_back(std::move(out));
        }
    }
    if (!v.empty()) return v;
    return p;
}
} // namespace bedrock

#endif // BEDROCK_APPLICATION_PROFILE_HPP
