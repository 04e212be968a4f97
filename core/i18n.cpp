#include "core/i18n.h"

#include <algorithm>
#include <iterator>

namespace swm {
namespace {

struct Entry {
    std::string_view key;
    const char* nl;
    const char* en;
};

// Keep this table sorted by key: lookups are a binary search.
constexpr Entry kEntries[] = {
    {"app.title", "Samenwerkingsmonitor Hof van Twente", "Partnership monitor Hof van Twente"},
};

} // namespace

const char* tr(std::string_view key, Lang lang) {
    auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), key,
                               [](const Entry& e, std::string_view k) { return e.key < k; });
    if (it == std::end(kEntries) || it->key != key) return key.data();
    return lang == Lang::en ? it->en : it->nl;
}

Lang lang_from_code(std::string_view code) { return code == "en" ? Lang::en : Lang::nl; }

} // namespace swm
