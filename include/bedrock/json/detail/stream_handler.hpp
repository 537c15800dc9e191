#ifndef BEDROCK_JSON_DETAIL_STREAM_HANDLER_HPP
#define BEDROCK_JSON_DETAIL_STREAM_HANDLER_HPP

/** @file
    The `boost::json::basic_parser` handler of @ref read_document (`<bedrock/json/stream_reader.hpp>`), in two
    layers:
    - the *safe-reader layer* does, event for event, what @ref parse_json's tree builder does (UTF-8 through
      Boost's parser, duplicate member names, the nesting limit, numbers read to the nearest double and refused
      past its range, the pointer of the value being read) and reports through the same driver
      (`detail::run_safe_parser`), so every document-level error is the one @ref parse_json gives;
    - the *typed layer's dispatch*: each open object or array has a `stream_ops` table (how its C++ type reads
      names, items and scalars); the tables themselves are in `<bedrock/json/stream_reader.hpp>`. A value that
      a table wants whole is collected into a `boost::json::value` while it streams (`captured`).

    Nothing here depends on the document type: the handler and Boost's parser over it are one instantiation
    for every document.
*/

#include <bedrock/json/convert.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/reader.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <cmath>        // std::isfinite (numbers past the double range)
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>       // std::unique_ptr (the name index of a large object)
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bedrock {

namespace detail {

template <class = void>
class basic_stream_reader;
/// The handler of @ref read_document (a class template, always this one specialization, only so that its
/// members are instantiated in a TU that reads a document, not in every TU that includes the header: issue 9).
using stream_reader = basic_stream_reader<>;
struct stream_frame;

/// One scalar event of the parser (null, boolean, number or string).
struct stream_scalar {
    enum kind_t : unsigned char { null_, bool_, int64, uint64, double_, string } kind = null_;
    bool b = false;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::string_view s;

    /// The event as a one-node value, for the DOM converter.
    [[nodiscard]] boost::json::value value() const {
        switch (kind) {
        case bool_: return boost::json::value(b);
        case int64: return boost::json::value(i);
        case uint64: return boost::json::value(u);
        case double_: return boost::json::value(d);
        case string: return boost::json::value(boost::json::string_view(s.data(), s.size()));
        case null_: break;
        }
        return boost::json::value(nullptr);
    }
};

/// What kind of value starts: a scalar's kind, or an object or array.
enum class stream_value_kind : unsigned char { null_, bool_, int64, uint64, double_, string, object, array };

struct stream_ops;

/// Where the next value goes: a C++ object and how to read it (none: the value is skipped).
struct stream_target {
    stream_ops const* ops = nullptr;
    void* obj = nullptr;
};

/// How one C++ type is read from parser events (one constant table per type; see stream_io below).
struct stream_ops {
    /// The subtree is collected into a value and given to this function (the converter reads it), or null.
    void (*captured)(stream_reader&, void* obj, boost::json::value const&);
    /// A scalar arrives for the object.
    void (*scalar)(stream_reader&, void* obj, stream_scalar const&);
    /// An object (true) or array (false) begins for the object; true when this type reads its items.
    bool (*begin)(stream_reader&, void* obj, bool is_object);
    /// A member name of an object this type reads.
    void (*key)(stream_reader&, stream_frame&, std::string_view);
    /// The target of the next member value or item (its kind is known: null items are refused here).
    stream_target (*child)(stream_reader&, stream_frame&, stream_value_kind);
    /// The member value or item is complete.
    void (*child_done)(stream_reader&, stream_frame&);
    /// The object or array ends.
    void (*end)(stream_reader&, stream_frame&);
    /// Described aggregates: the member a JSON name denotes (its index), or npos; null for other types.
    std::uint32_t (*member_index)(std::string_view);
};

/// One open object or array: the safe-reader state (path, names) and the typed state.
struct stream_frame {
    stream_ops const* ops = nullptr; ///< how its items are read; null: not read (skipped or collected)
    void* obj = nullptr;
    std::uint64_t seen = 0;          ///< described aggregates: the members read
    std::uint64_t named = 0;         ///< described aggregates: the members whose name was read (duplicates)
    std::uint32_t member = 0;        ///< described aggregates: the current member (npos: unknown)
    bool member_read = false;        ///< described aggregates: the current member's value is being read
    bool is_object = false;
    bool has_key = false;            ///< objects: a name was read and its value is not complete
    std::uint32_t count = 0;         ///< arrays: items completed
    std::size_t key_first = 0;       ///< objects: index of its first name in the name stack
    std::size_t key_current = 0;     ///< objects: index of its current name
    std::size_t text_first = 0;      ///< objects: size of the name text when it began
    std::unique_ptr<boost::json::object> index; ///< objects with many names: their names (a hash set; values unused)
};

/** The handler: the safe-reader layer of @ref json_tree_builder plus the typed layer. */
template <class>
class basic_stream_reader {
public:
    static constexpr std::size_t max_object_size = json_tree_builder::max_object_size;
    static constexpr std::size_t max_array_size = json_tree_builder::max_array_size;
    static constexpr std::size_t max_key_size = json_tree_builder::max_key_size;
    static constexpr std::size_t max_string_size = json_tree_builder::max_string_size;
    static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();

    basic_stream_reader(stream_target root, bool strict) : root_(root), strict_(strict) {}

    // ---- the parser's events ----
    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&) { return begin(true); }
    bool on_object_end(std::size_t, boost::system::error_code&) { return end(true); }
    bool on_array_begin(boost::system::error_code&) { return begin(false); }
    bool on_array_end(std::size_t, boost::system::error_code&) { return end(false); }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec);
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        stream_scalar e;
        e.kind = stream_scalar::string;
        if (part_.empty()) {
            e.s = std::string_view(s.data(), s.size());
        } else {
            part_.append(s.data(), s.size());
            e.s = part_;
        }
        scalar(e);
        part_.clear();
        return true;
    }
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::system::error_code&) {
        number_.clear();
        stream_scalar e;
        e.kind = stream_scalar::int64;
        e.i = i;
        scalar(e);
        return true;
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::system::error_code&) {
        number_.clear();
        stream_scalar e;
        e.kind = stream_scalar::uint64;
        e.u = u;
        scalar(e);
        return true;
    }
    bool on_double(double d, boost::json::string_view s, boost::system::error_code& ec) {
        number_.append(s.data(), s.size()); // as json_tree_builder: read again, correctly rounded
        d = nearest_double(number_, d);
        if (!std::isfinite(d)) {
            out_of_range_pointer_ = pointer();
            out_of_range_ = true;
            ec = boost::json::error::exponent_overflow;
            return false;
        }
        stream_scalar e;
        e.kind = stream_scalar::double_;
        e.d = d;
        e.s = number_; // the text, for a collected subtree
        scalar(e);
        number_.clear();
        return true;
    }
    bool on_bool(bool b, boost::system::error_code&) {
        stream_scalar e;
        e.kind = stream_scalar::bool_;
        e.b = b;
        scalar(e);
        return true;
    }
    bool on_null(boost::system::error_code&) {
        scalar(stream_scalar{});
        return true;
    }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

    // ---- what run_safe_parser asks (the same answers as json_tree_builder's) ----
    /// The pointer of the value being read now (the pending member or the next array element).
    [[nodiscard]] std::string pointer() const {
        std::string p;
        for (auto const& f : frames_) {
            if (f.is_object) {
                if (f.has_key) {
                    auto const& k = keys_[f.key_current];
                    append_pointer_token(p, std::string_view(key_text_.data() + k.first, k.second));
                }
            } else {
                append_pointer_token(p, std::to_string(f.count));
            }
        }
        return p;
    }
    [[nodiscard]] bool duplicate() const noexcept { return duplicate_; }
    [[nodiscard]] std::string const& duplicate_pointer() const noexcept { return duplicate_pointer_; }
    [[nodiscard]] bool out_of_range() const noexcept { return out_of_range_; }
    [[nodiscard]] std::string const& out_of_range_pointer() const noexcept { return out_of_range_pointer_; }

    // ---- the typed layer's verdict ----
    [[nodiscard]] bool failed() const noexcept { return failed_; }
    [[nodiscard]] json_error& error() noexcept { return error_; }
    [[nodiscard]] bool strict() const noexcept { return strict_; }
    /// A reader context for the converter's overloads that take one only to be found (`checked_string`).
    [[nodiscard]] read_ctx const& no_context() const noexcept { return no_context_; }

    /** Runs one step of the DOM converter (`f(read_ctx&) -> bool`). On failure the step runs again with the
        pointer of the value being read, which gives the converter's exact error; the first one is kept.
        (The pointer is built only on that path: the steps are pure functions of their input.) */
    template <class F>
    void exact(F&& f) {
        if (failed_) return;
        read_ctx c;
        c.strict = strict_;
        if (f(c)) return;
        read_ctx again;
        again.strict = strict_;
        again.pointer = pointer();
        (void)f(again);
        fail(std::move(again.error));
    }
    /// The converter's verdict on `v` for `out` (a scalar event, or an empty object or array).
    template <class M>
    void converter_read(boost::json::value const& v, M& out) {
        exact([&](read_ctx& c) { return read_value(v, out, c); });
    }
    /** The converter's verdict on a value of the wrong JSON type for a list (`expected` = "an array"), an
        ordered object or a described aggregate ("an object"): the first check of its `read_value`, which fails
        with `wrong_type`; the same error, without instantiating the converter for the whole type. */
    void refuse(boost::json::value const& v, char const* expected) {
        exact([&](read_ctx& c) { return wrong_type(v, c, expected); });
    }
    /// The first typed error (later ones are not reported).
    void fail(json_error e) {
        if (failed_) return;
        failed_ = true;
        error_ = std::move(e);
    }
    /// A typed error at the pointer of the value being read + `token` (when not empty).
    void fail_here(json_errc code, std::string message, std::string_view token = {}, bool add_token = false) {
        if (failed_) return;
        read_ctx c;
        c.pointer = pointer();
        if (add_token) append_pointer_token(c.pointer, token);
        c.fail(code, std::move(message));
        fail(std::move(c.error));
    }

private:
    /// The target of the value that starts now (none once the typed layer has failed, or while collecting).
    stream_target resolve(stream_value_kind k) {
        if (failed_ || capturing_) return {};
        if (frames_.empty()) {
            stream_target t = root_;
            root_ = {};
            return t;
        }
        stream_frame& f = frames_.back();
        if (!f.ops) return {};
        return f.ops->child(*this, f, k);
    }
    /// A value is complete: its parent's bookkeeping.
    void value_done() {
        if (frames_.empty()) return;
        stream_frame& f = frames_.back();
        if (f.ops && !failed_ && !capturing_) f.ops->child_done(*this, f);
        if (f.is_object) f.has_key = false;
        else ++f.count;
    }
    void scalar(stream_scalar const& e) {
        if (capturing_) {
            forward_scalar(e);
            if (frames_.size() == capture_depth_) finish_capture();
        } else {
            stream_target const t = resolve(static_cast<stream_value_kind>(e.kind));
            if (t.ops) {
                if (t.ops->captured) t.ops->captured(*this, t.obj, e.value());
                else t.ops->scalar(*this, t.obj, e);
            }
        }
        value_done();
    }
    bool begin(bool is_object) {
        stream_frame f;
        f.is_object = is_object;
        f.key_first = f.key_current = keys_.size();
        f.text_first = key_text_.size();
        if (capturing_) {
            if (is_object) capture_->on_object_begin(ignored_);
            else capture_->on_array_begin(ignored_);
        } else {
            stream_target const t = resolve(is_object ? stream_value_kind::object : stream_value_kind::array);
            if (t.ops && t.ops->captured) {
                capturing_ = true;
                capture_depth_ = frames_.size();
                capture_target_ = t;
                capture_.emplace();
                if (is_object) capture_->on_object_begin(ignored_);
                else capture_->on_array_begin(ignored_);
            } else if (t.ops && t.ops->begin(*this, t.obj, is_object)) {
                f.ops = t.ops;
                f.obj = t.obj;
            }
        }
        frames_.push_back(std::move(f));
        return true;
    }
    bool end(bool is_object) {
        stream_frame& f = frames_.back();
        if (capturing_) {
            if (is_object) capture_->on_object_end(0, ignored_);
            else capture_->on_array_end(0, ignored_);
        } else if (f.ops && !failed_) {
            f.ops->end(*this, f);
        }
        keys_.resize(f.key_first);
        key_text_.resize(f.text_first);
        frames_.pop_back();
        if (capturing_ && frames_.size() == capture_depth_) finish_capture();
        value_done();
        return true;
    }
    void forward_scalar(stream_scalar const& e) {
        switch (e.kind) {
        case stream_scalar::null_: capture_->on_null(ignored_); break;
        case stream_scalar::bool_: capture_->on_bool(e.b, ignored_); break;
        case stream_scalar::int64: capture_->on_int64(e.i, {}, ignored_); break;
        case stream_scalar::uint64: capture_->on_uint64(e.u, {}, ignored_); break;
        case stream_scalar::double_: capture_->on_double(e.d, boost::json::string_view(e.s.data(), e.s.size()), ignored_); break;
        case stream_scalar::string: capture_->on_string(boost::json::string_view(e.s.data(), e.s.size()), e.s.size(), ignored_); break;
        }
    }
    void finish_capture() {
        capturing_ = false;
        boost::json::value const v = capture_->take();
        capture_.reset();
        capture_target_.ops->captured(*this, capture_target_.obj, v);
    }

    stream_target root_;
    bool strict_ = false;
    std::vector<stream_frame> frames_;
    std::vector<std::pair<std::size_t, std::size_t>> keys_; ///< names of the open objects (offset, size) in key_text_
    std::string key_text_;
    std::string part_;
    std::string number_;
    bool capturing_ = false;
    std::size_t capture_depth_ = 0;
    stream_target capture_target_;
    std::optional<json_tree_builder> capture_;
    boost::system::error_code ignored_;
    bool duplicate_ = false;
    std::string duplicate_pointer_;
    bool out_of_range_ = false;
    std::string out_of_range_pointer_;
    bool failed_ = false;
    json_error error_{};
    read_ctx no_context_{};
};

template <class D>
bool basic_stream_reader<D>::on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
    std::string_view key(s.data(), s.size());
    if (!part_.empty()) {
        part_.append(s.data(), s.size());
        key = part_;
    }
    stream_frame& f = frames_.back();
    // Duplicate names. The names of a described aggregate's members: one bit per member (the same name is the
    // same member). Other names: a scan of this object's names, or a hash index once it has many (a name that
    // is no member's can only repeat another such name; the scan and the index may hold both kinds).
    constexpr std::size_t scan_limit = 16;
    std::size_t const names = keys_.size() - f.key_first;
    std::uint32_t const member = f.ops && f.ops->member_index ? f.ops->member_index(key) : npos;
    bool dup = false;
    if (member != npos) {
        dup = (f.named >> member & 1u) != 0;
    } else if (f.index) {
        dup = f.index->contains(boost::json::string_view(key.data(), key.size()));
    } else {
        for (std::size_t i = f.key_first; i < keys_.size() && !dup; ++i)
            dup = keys_[i].second == key.size() && std::string_view(key_text_.data() + keys_[i].first, keys_[i].second) == key;
    }
    if (dup) {
        duplicate_pointer_ = pointer();
        append_pointer_token(duplicate_pointer_, key);
        duplicate_ = true;
        ec = boost::json::error::syntax;
        return false;
    }
    if (member != npos) {
        f.named |= std::uint64_t{1} << member;
    } else if (f.index) {
        f.index->emplace(boost::json::string_view(key.data(), key.size()), nullptr);
    } else if (names + 1 > scan_limit) { // from now on a hash index (copies: key_text_ moves as it grows)
        f.index = std::make_unique<boost::json::object>();
        for (std::size_t i = f.key_first; i < keys_.size(); ++i)
            f.index->emplace(boost::json::string_view(key_text_.data() + keys_[i].first, keys_[i].second), nullptr);
        f.index->emplace(boost::json::string_view(key.data(), key.size()), nullptr);
    }
    keys_.emplace_back(key_text_.size(), key.size());
    key_text_.append(key.data(), key.size());
    f.key_current = keys_.size() - 1;
    f.has_key = true;
    f.member = member;
    if (capturing_) {
        capture_->on_key(boost::json::string_view(key.data(), key.size()), key.size(), ignored_);
    } else if (f.ops && !failed_) {
        f.ops->key(*this, f, key);
    }
    part_.clear();
    return true;
}

} // namespace detail
} // namespace bedrock

#endif // BEDROCK_JSON_DETAIL_STREAM_HANDLER_HPP
