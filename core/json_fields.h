// Strict reading of one JSON object for the codecs outside json_codec.cpp
// (verbonden partij, P&C calendar): the same rules as the contract (every
// unknown key an error, types and codes checked, paths like
// "regelingen[2].events[0].date"), with errors collected, never thrown.
#pragma once
#include "core/enum_codes.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swm::jsonf {

using nlohmann::json;

class Object {
public:
    Object(ValidationErrors& errors, const json& j, std::string path)
        : errors_(errors), j_(j), path_(std::move(path)) {
        if (!j.is_object()) error(path_, "validation.expected_object");
    }
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    ~Object() { finish(); }

    bool ok() const { return j_.is_object(); }
    ValidationErrors& errors() { return errors_; }
    std::string path(std::string_view key) const { return join_path(path_, std::string(key)); }
    // At most 100 errors, then one "too many" (hostile input could name thousands).
    void error(const std::string& path, std::string key, std::string detail = {}) {
        if (errors_.size() < 100) {
            errors_.push_back({path, std::move(key), std::move(detail)});
        } else if (errors_.size() == 100) {
            errors_.push_back({"", "validation.too_many_errors", "100"});
        }
    }

    // The value under `key`; nullptr when absent (an error if required).
    const json* get(std::string_view key, bool required = false) {
        known_.emplace_back(key);
        if (!ok()) return nullptr;
        const auto it = j_.find(key);
        if (it != j_.end()) return &*it;
        if (required) error(path(key), "validation.missing_field");
        return nullptr;
    }

    void text(std::string_view key, std::string& out, bool required = false) {
        if (const json* v = get(key, required)) read_text(*v, path(key), out);
    }
    // Text or null.
    void text(std::string_view key, std::optional<std::string>& out) {
        const json* v = get(key);
        if (!v || v->is_null()) return;
        std::string s;
        if (read_text(*v, path(key), s)) out = std::move(s);
    }
    void integer(std::string_view key, int& out, bool required = false) {
        std::int64_t n = out;
        if (const json* v = get(key, required); v && read_integer(*v, path(key), n, INT32_MIN, INT32_MAX)) {
            out = static_cast<int>(n);
        }
    }
    // Whole euros or null; at most a thousand billion either way.
    void amount(std::string_view key, std::optional<std::int64_t>& out) {
        const json* v = get(key);
        if (!v || v->is_null()) return;
        std::int64_t n = 0;
        if (read_integer(*v, path(key), n, -kMaxAmount, kMaxAmount)) out = n;
    }
    void boolean(std::string_view key, bool& out) {
        const json* v = get(key);
        if (!v) return;
        if (!v->is_boolean()) return error(path(key), "validation.expected_boolean");
        out = v->get<bool>();
    }
    // true, false or null.
    void boolean(std::string_view key, std::optional<bool>& out) {
        const json* v = get(key);
        if (!v || v->is_null()) return;
        if (!v->is_boolean()) return error(path(key), "validation.expected_boolean");
        out = v->get<bool>();
    }
    template <class E>
    void code(std::string_view key, E& out, bool required = false) {
        if (const json* v = get(key, required)) read_code(*v, path(key), out);
    }
    template <class E>
    void code(std::string_view key, std::optional<E>& out) {
        const json* v = get(key);
        if (!v || v->is_null()) return;
        E value{};
        if (read_code(*v, path(key), value)) out = value;
    }
    void texts(std::string_view key, std::vector<std::string>& out) {
        items(key, [&](const json& v, const std::string& p) {
            std::string s;
            if (read_text(v, p, s)) out.push_back(std::move(s));
        });
    }
    void integers(std::string_view key, std::vector<int>& out) {
        items(key, [&](const json& v, const std::string& p) {
            std::int64_t n = 0;
            if (read_integer(v, p, n, INT32_MIN, INT32_MAX)) out.push_back(static_cast<int>(n));
        });
    }
    // Each element of the array under `key` as an Object, read by read(Object&, T&).
    template <class T, class Fn>
    void objects(std::string_view key, std::vector<T>& out, Fn read, bool required = false) {
        items(
            key,
            [&](const json& v, const std::string& p) {
                Object o(errors_, v, p);
                T item{};
                if (o.ok()) read(o, item);
                out.push_back(std::move(item));
            },
            required);
    }
    // The object under `key`, read by read(Object&); absent leaves it alone.
    template <class Fn>
    bool object(std::string_view key, Fn read, bool required = false) {
        const json* v = get(key, required);
        if (!v) return false;
        Object o(errors_, *v, path(key));
        if (o.ok()) read(o);
        return o.ok();
    }

    static constexpr std::int64_t kMaxAmount = 1'000'000'000'000;

private:
    template <class Fn>
    void items(std::string_view key, Fn item, bool required = false) {
        const json* v = get(key, required);
        if (!v) return;
        if (!v->is_array()) return error(path(key), "validation.expected_array");
        for (std::size_t i = 0; i < v->size(); ++i) item((*v)[i], index_path(path(key), i));
    }
    bool read_text(const json& v, const std::string& p, std::string& out) {
        if (!v.is_string()) {
            error(p, "validation.expected_string");
            return false;
        }
        out = v.get_ref<const std::string&>();
        return true;
    }
    bool read_integer(const json& v, const std::string& p, std::int64_t& out, std::int64_t lo, std::int64_t hi) {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(hi)) {
                error(p, "validation.number_out_of_range");
                return false;
            }
            out = static_cast<std::int64_t>(u);
            return true;
        }
        if (v.is_number_integer()) {
            const auto s = v.get<std::int64_t>();
            if (s < lo || s > hi) {
                error(p, "validation.number_out_of_range");
                return false;
            }
            out = s;
            return true;
        }
        error(p, "validation.expected_integer");
        return false;
    }
    template <class E>
    bool read_code(const json& v, const std::string& p, E& out) {
        std::string s;
        if (!read_text(v, p, s)) return false;
        const auto value = from_code<E>(s);
        if (!value) {
            error(p, unknown_code_key<E>(), s.size() > 60 ? s.substr(0, 60) : s);
            return false;
        }
        out = *value;
        return true;
    }
    void finish() {
        if (!ok()) return;
        for (const auto& item : j_.items()) {
            if (std::find(known_.begin(), known_.end(), item.key()) != known_.end()) continue;
            const std::string k = item.key().size() > 60 ? item.key().substr(0, 60) : item.key();
            error(join_path(path_, k), "validation.unknown_field", k);
        }
    }

    ValidationErrors& errors_;
    const json& j_;
    std::string path_;
    std::vector<std::string> known_;
};

template <class E>
json code_or_null(const std::optional<E>& v) {
    if (!v) return nullptr;
    return std::string(to_code(*v));
}

template <class T>
json value_or_null(const std::optional<T>& v) {
    if (!v) return nullptr;
    return *v;
}

} // namespace swm::jsonf
