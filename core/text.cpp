#include "core/text.h"

#include <vector>

namespace swm {
namespace {

// Length of the sequence a lead byte starts, 0 for a byte that cannot lead.
int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Rejects overlong forms, surrogates and code points above U+10FFFF, which
// the lead byte alone does not rule out.
bool second_byte_in_range(unsigned char lead, unsigned char second) {
    if (lead == 0xE0) return second >= 0xA0;
    if (lead == 0xED) return second <= 0x9F;
    if (lead == 0xF0) return second >= 0x90;
    if (lead == 0xF4) return second <= 0x8F;
    return true;
}

// Base letters for U+00C0..U+00FF; 0 keeps the character as it is.
constexpr char kLatin1Base[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // C0-CF
    0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   0,    // D0-DF
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // E0-EF
    0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y',  // F0-FF
};

// Length of the well-formed sequence starting at `i`, 0 if there is none.
std::size_t valid_sequence_at(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t len = static_cast<std::size_t>(sequence_length(lead));
    if (len == 0 || i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    }
    if (len > 2 && !second_byte_in_range(lead, static_cast<unsigned char>(text[i + 1]))) return 0;
    return len;
}

} // namespace

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = valid_sequence_at(text, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::string replace_invalid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = valid_sequence_at(text, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD replacement character
            ++i;
            continue;
        }
        out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::string clean_utf8(std::string_view text, std::size_t max_bytes) {
    std::string out = replace_invalid_utf8(text);
    if (out.size() <= max_bytes) return out;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(static_cast<unsigned char>(out[end]))) --end;
    out.resize(end);
    return out;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) {
        if (!is_continuation(static_cast<unsigned char>(c))) ++n;
    }
    return n;
}

bool is_blank(std::string_view text) {
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    }
    return true;
}

std::string trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
            continue;
        }
        // U+00C0..U+00FF is encoded as C3 80..C3 BF.
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0xBF && kLatin1Base[next - 0x80] != 0) {
                out += kLatin1Base[next - 0x80];
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    const std::vector<std::string_view> list(args);
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' &&
                                 pattern[i + 1] <= '9' && pattern[i + 2] == '}';
        const std::size_t index = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : 0;
        if (placeholder && index < list.size()) {
            out += list[index];
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

} // namespace swm
