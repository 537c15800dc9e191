#ifndef BEDROCK_JSON_STREAM_READER_HPP
#define BEDROCK_JSON_STREAM_READER_HPP

/** @file
    @ref read_document: JSON text to a described aggregate in one pass, without a DOM.

    A `boost::json::basic_parser` handler in two layers:
    - the *safe-reader layer* does, event for event, what @ref parse_json's tree builder does (UTF-8 through
      Boost's parser, duplicate member names, the nesting limit, numbers read to the nearest double and refused
      past its range, the pointer of the value being read) and reports through the same driver
      (`detail::run_safe_parser`), so every document-level error is the one @ref parse_json gives;
    - the *typed layer* builds the value as the events arrive: a described aggregate, a list, an ordered object
      or an optional is filled member by member, a string, boolean, count, number, enum, open enum or
      timestamp is set from its one event. Each member's rules run through the converter's `apply_rules`
      right after the member is complete, and the required members are checked when the object ends.

    The DOM converter of `<bedrock/json/convert.hpp>` stays the exact engine: whenever the typed layer has
    anything but the plain accepted case to report, it asks the converter (a scalar as a one-node value, an
    object or array that a leaf refuses as an empty one), so codes and messages are the converter's own. A
    value whose verdict needs the whole subtree before its items (a list with an item limit in the current
    mode, read after the limit; CloudFormation expressions; IAM one-or-many lists; any leaf type other than
    the ones above) is collected into a `boost::json::value` while it streams and handed to the converter.

    The first typed error is kept and the rest of the text is still read by the safe-reader layer: the DOM
    path reports a document-level error (syntax, a duplicate name, …) anywhere in the text before any typed
    error, and so does this reader. tests/json/stream_reader.cpp runs both readers side by side on every
    fixture and on mutations of them and requires the same value or the same code, pointer, offset and message.
*/

#include <bedrock/api.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/reader.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/wire_name.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>        // the member tables
#include <cmath>        // std::isfinite (numbers past the double range)
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <memory>       // std::unique_ptr (the name index of a large object)
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace bedrock {

namespace detail {

class stream_reader;
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
};

/// One open object or array: the safe-reader state (path, names) and the typed state.
struct stream_frame {
    stream_ops const* ops = nullptr; ///< how its items are read; null: not read (skipped or collected)
    void* obj = nullptr;
    std::uint64_t seen = 0;          ///< described aggregates: the members read
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
class stream_reader {
public:
    static constexpr std::size_t max_object_size = json_tree_builder::max_object_size;
    static constexpr std::size_t max_array_size = json_tree_builder::max_array_size;
    static constexpr std::size_t max_key_size = json_tree_builder::max_key_size;
    static constexpr std::size_t max_string_size = json_tree_builder::max_string_size;
    static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();

    stream_reader(stream_target root, bool strict) : root_(root), strict_(strict) {}

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
};

inline bool stream_reader::on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
    std::string_view key(s.data(), s.size());
    if (!part_.empty()) {
        part_.append(s.data(), s.size());
        key = part_;
    }
    stream_frame& f = frames_.back();
    // Duplicate names: a scan of this object's names, or a hash index once it has many.
    constexpr std::size_t scan_limit = 16;
    std::size_t const names = keys_.size() - f.key_first;
    bool dup = false;
    if (f.index) {
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
    if (f.index) {
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
    if (capturing_) {
        capture_->on_key(boost::json::string_view(key.data(), key.size()), key.size(), ignored_);
    } else if (f.ops && !failed_) {
        f.ops->key(*this, f, key);
    }
    part_.clear();
    return true;
}

// ---- how each C++ type is read (the typed layer) ----------------------------------------------------------

template <class M> struct stream_is_open_enum : std::false_type {};
template <class E> struct stream_is_open_enum<open_enum<E>> : std::true_type {};
template <class M> struct stream_is_list : std::false_type {};
template <class U> struct stream_is_list<std::vector<U>> : std::true_type { using item = U; };
template <class M> struct stream_is_ordered_object : std::false_type {};
template <class U> struct stream_is_ordered_object<std::vector<std::pair<std::string, U>>> : std::true_type { using item = U; };

/// The leaves set from one event: strings, booleans, counts, numbers, closed and open enums, timestamps.
template <class M>
inline constexpr bool stream_is_leaf = std::is_same_v<M, std::string> || std::is_same_v<M, bool> ||
                                       std::is_same_v<M, std::uint32_t> || std::is_same_v<M, double> ||
                                       std::is_same_v<M, timestamp> || wire_enumeration<M> ||
                                       stream_is_open_enum<M>::value;

template <class M> stream_ops const& stream_ops_of() noexcept;

/// Where a value for `m` goes (an optional is engaged here: a value is arriving).
template <class M>
stream_target stream_target_of(M& m) {
    if constexpr (is_optional<M>::value) {
        m.emplace();
        return stream_target_of(*m);
    } else {
        return {&stream_ops_of<M>(), &m};
    }
}

/// A leaf: the accepted string case directly, everything else through the converter.
template <class M>
struct stream_leaf {
    static void scalar(stream_reader& r, void* obj, stream_scalar const& e) {
        M& out = *static_cast<M*>(obj);
        if (e.kind == stream_scalar::string) {
            if constexpr (std::is_same_v<M, std::string>) {
                out.assign(e.s.data(), e.s.size());
                return;
            } else if constexpr (stream_is_open_enum<M>::value) {
                out = M(std::string(e.s));
                return;
            } else if constexpr (wire_enumeration<M>) {
                if (auto const x = wire_enum<M>::parse(e.s)) {
                    out = *x;
                    return;
                }
            } else if constexpr (std::is_same_v<M, timestamp>) {
                if (auto const t = parse_timestamp(e.s)) {
                    out = *t;
                    return;
                }
            }
        }
        r.converter_read(e.value(), out);
    }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        // No leaf reads an object or an array: the converter's refusal, with its message.
        r.converter_read(is_object ? boost::json::value(boost::json::object_kind) : boost::json::value(boost::json::array_kind),
                         *static_cast<M*>(obj));
        return false;
    }
    static constexpr stream_ops ops{nullptr, &scalar, &begin, nullptr, nullptr, nullptr, nullptr};
};

/// Anything else: collected while it streams, then read by the converter.
template <class M>
struct stream_collected {
    static void captured(stream_reader& r, void* obj, boost::json::value const& v) {
        M& out = *static_cast<M*>(obj);
        r.exact([&](read_ctx& c) { return read_value(v, out, c); });
    }
    static constexpr stream_ops ops{&captured, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
};

/// `std::vector<U>`: a JSON array, item by item; a null item is refused.
template <class U>
struct stream_list {
    using list = std::vector<U>;
    static void scalar(stream_reader& r, void* obj, stream_scalar const& e) { r.converter_read(e.value(), *static_cast<list*>(obj)); }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        list& v = *static_cast<list*>(obj);
        if (is_object) {
            r.converter_read(boost::json::value(boost::json::object_kind), v);
            return false;
        }
        v.clear(); // no reserve, as the converter: the items are built as they are read
        return true;
    }
    static void key(stream_reader&, stream_frame&, std::string_view) {}
    static stream_target child(stream_reader& r, stream_frame& f, stream_value_kind k) {
        if (k == stream_value_kind::null_) {
            r.exact([](read_ctx& c) { return wrong_type(boost::json::value(nullptr), c, "a list item"); });
            return {};
        }
        list& v = *static_cast<list*>(f.obj);
        v.emplace_back();
        return stream_target_of(v.back());
    }
    static void child_done(stream_reader&, stream_frame&) {}
    static void end(stream_reader&, stream_frame&) {}
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end};
};

/// `std::vector<std::pair<std::string, U>>`: a JSON object in document order.
template <class U>
struct stream_ordered_object {
    using object = std::vector<std::pair<std::string, U>>;
    static void scalar(stream_reader& r, void* obj, stream_scalar const& e) { r.converter_read(e.value(), *static_cast<object*>(obj)); }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        object& o = *static_cast<object*>(obj);
        if (!is_object) {
            r.converter_read(boost::json::value(boost::json::array_kind), o);
            return false;
        }
        o.clear();
        return true;
    }
    static void key(stream_reader&, stream_frame& f, std::string_view key) {
        static_cast<object*>(f.obj)->emplace_back(std::string(key), U{});
    }
    static stream_target child(stream_reader&, stream_frame& f, stream_value_kind) {
        return stream_target_of(static_cast<object*>(f.obj)->back().second); // null too: U's reader refuses it
    }
    static void child_done(stream_reader&, stream_frame&) {}
    static void end(stream_reader&, stream_frame&) {}
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end};
};

/// Member `I` of the described aggregate `T`.
template <class T, std::size_t I>
struct stream_member {
    using descriptor = boost::mp11::mp_at_c<described_members<T>, I>;
    using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*descriptor::pointer)>;
    static constexpr std::string_view name = descriptor::name;

    static constexpr bool has_rules = [] {
        for (json_member_rule const& r : json_object_traits<T>::rules)
            if (r.member == name) return true;
        return false;
    }();
    /// An item limit that the converter checks on the whole array before its items (check_list_limit_first).
    static constexpr bool has_item_limit(bool strict) {
        for (json_member_rule const& r : json_object_traits<T>::rules)
            if (r.member == name && (strict || r.level == json_rule_level::read) &&
                r.max_items != std::numeric_limits<std::uint32_t>::max())
                return true;
        return false;
    }

    static stream_target target(stream_reader& r, void* obj) {
        member_type& m = static_cast<T*>(obj)->*descriptor::pointer;
        if constexpr (is_list_member<member_type>) {
            if (has_item_limit(r.strict())) return {&collected_ops, &m};
        }
        return stream_target_of(m);
    }
    static void collected(stream_reader& r, void* obj, boost::json::value const& v) {
        member_type& m = *static_cast<member_type*>(obj);
        r.exact([&](read_ctx& c) { return check_list_limit_first<T, member_type>(name, v, c) && read_value(v, m, c); });
    }
    static constexpr stream_ops collected_ops{&collected, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    /// The member's rules, through the converter's one call (apply_rules).
    static void done(stream_reader& r, void* obj) {
        member_type const& m = static_cast<T const*>(obj)->*descriptor::pointer;
        r.exact([&](read_ctx& c) { return apply_rules<T>(name, m, c); });
    }
};

/// A described aggregate: members as they arrive, unknown ones skipped (or refused when strict), the
/// required ones checked at the end, in member order.
template <class T>
struct stream_described {
    using members = described_members<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static_assert(size <= 64, "stream_reader keeps the members read in 64 bits");

    struct entry {
        stream_target (*target)(stream_reader&, void*);
        void (*done)(stream_reader&, void*); // null: no rules
        bool required;
    };
    template <std::size_t... I>
    static constexpr std::array<entry, sizeof...(I)> make_table(std::index_sequence<I...>) {
        return {{entry{&stream_member<T, I>::target, stream_member<T, I>::has_rules ? &stream_member<T, I>::done : nullptr,
                       !is_optional<typename stream_member<T, I>::member_type>::value}...}};
    }
    static constexpr std::array<entry, size> table = make_table(std::make_index_sequence<size>{});

    static void scalar(stream_reader& r, void* obj, stream_scalar const& e) { r.converter_read(e.value(), *static_cast<T*>(obj)); }
    static bool begin(stream_reader& r, void* obj, bool is_object) {
        if (!is_object) {
            r.converter_read(boost::json::value(boost::json::array_kind), *static_cast<T*>(obj));
            return false;
        }
        return true;
    }
    static void key(stream_reader& r, stream_frame& f, std::string_view key) {
        auto const& names = json_names<T>();
        f.member = stream_reader::npos;
        for (std::size_t i = 0; i < size; ++i)
            if (names[i] == key) {
                f.member = static_cast<std::uint32_t>(i);
                return;
            }
        if (r.strict()) r.fail_here(json_errc::unknown_member, "unknown member \"" + std::string(key) + "\"");
        // responses: AWS adds members over time (`docs/json.md`); the value is skipped
    }
    static stream_target child(stream_reader& r, stream_frame& f, stream_value_kind k) {
        f.member_read = f.member != stream_reader::npos && k != stream_value_kind::null_; // null means absent
        if (!f.member_read) return {};
        return table[f.member].target(r, f.obj);
    }
    static void child_done(stream_reader& r, stream_frame& f) {
        if (!f.member_read) return;
        f.member_read = false;
        if (table[f.member].done) table[f.member].done(r, f.obj);
        f.seen |= std::uint64_t{1} << f.member;
    }
    static void end(stream_reader& r, stream_frame& f) {
        for (std::size_t i = 0; i < size; ++i) {
            if (!table[i].required || (f.seen >> i & 1u)) continue;
            auto const& name = json_names<T>()[i];
            r.fail_here(json_errc::missing_member, "required member \"" + name + "\" is missing", name, true);
            return;
        }
    }
    static constexpr stream_ops ops{nullptr, &scalar, &begin, &key, &child, &child_done, &end};
};

template <class M>
stream_ops const& stream_ops_of() noexcept {
    if constexpr (stream_is_leaf<M>) return stream_leaf<M>::ops;
    else if constexpr (stream_is_ordered_object<M>::value) return stream_ordered_object<typename stream_is_ordered_object<M>::item>::ops;
    else if constexpr (stream_is_list<M>::value) return stream_list<typename stream_is_list<M>::item>::ops;
    else if constexpr (described<M>) return stream_described<M>::ops;
    else return stream_collected<M>::ops;
}

} // namespace detail

/** Parses untrusted JSON text into a described aggregate in one pass, without building a DOM.

    Same contract, same results as @ref parse_json followed by @ref from_json_value (the DOM path, which stays
    the reference engine): the same value, or the same @ref json_error (code, JSON Pointer, offset and
    message) for every input. @ref parse_document calls it. Never throws.

    @par Example
    @code
    auto r = bedrock::read_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
    // r.has_value(), r->next_token == "abc"
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] json_result<T> read_document(std::string_view text, read_mode mode = read_mode::natural,
                                           json_read_options options = {}) noexcept {
    try {
        if (text.size() > options.max_size) return detail::document_error(json_errc::too_large, options.max_size);
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return detail::document_error(json_errc::empty_document, text.size());
        bool const strict = mode == read_mode::natural ? json_object_traits<T>::strict : mode == read_mode::strict;
        T out{};
        boost::json::parse_options po;
        po.max_depth = options.max_depth;
        boost::json::basic_parser<detail::stream_reader> p(po, detail::stream_target_of(out), strict);
        if (auto e = detail::run_safe_parser(p, text)) return std::move(*e);
        if (p.handler().failed()) return std::move(p.handler().error());
        return out;
    } catch (std::exception const&) {
        return detail::document_error(json_errc::too_large, text.size());
    }
}

} // namespace bedrock

#endif // BEDROCK_JSON_STREAM_READER_HPP
