// The one mechanism behind every enum of the domain: a stable string code
// (what JSON, the API and query strings carry) and a display label looked up
// in core/i18n under "<prefix>.<code>". Each enum header specialises
// EnumTraits with its code table; everything else here is generic, so a new
// enum cannot forget a code, a label or a parser.
#pragma once
#include "core/i18n.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace swm {

// Specialised per enum:
//   static constexpr std::string_view label_prefix = "scale";
//   static constexpr std::array<std::pair<E, std::string_view>, N> codes = {...};
template <class E>
struct EnumTraits;

template <class E>
constexpr auto all_values() {
    constexpr auto& codes = EnumTraits<E>::codes;
    std::array<E, codes.size()> values{};
    for (std::size_t i = 0; i < codes.size(); ++i) values[i] = codes[i].first;
    return values;
}

template <class E>
constexpr std::string_view to_code(E value) {
    for (const auto& [v, code] : EnumTraits<E>::codes) {
        if (v == value) return code;
    }
    return {};
}

// Unknown codes give nullopt: callers must report them, never guess.
template <class E>
constexpr std::optional<E> from_code(std::string_view code) {
    for (const auto& [v, c] : EnumTraits<E>::codes) {
        if (c == code) return v;
    }
    return std::nullopt;
}

template <class E>
std::string label_key(E value) {
    std::string key(EnumTraits<E>::label_prefix);
    key += '.';
    key += to_code(value);
    return key;
}

// A copy, because tr() hands back the key itself when a translation is
// missing and the key here is a temporary.
template <class E>
std::string label(E value, Lang lang) {
    return tr(label_key(value), lang);
}

// The i18n key that reports an unknown code of E: "validation.unknown_scale".
template <class E>
std::string unknown_code_key() {
    return "validation.unknown_" + std::string(EnumTraits<E>::label_prefix);
}

} // namespace swm
