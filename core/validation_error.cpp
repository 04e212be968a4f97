#include "core/validation_error.h"

#include "core/text.h"

namespace swm {

std::string ValidationError::message(Lang lang) const { return fill(tr(key, lang), {detail}); }

std::string ValidationError::describe(Lang lang) const {
    if (field.empty()) return message(lang);
    return field + ": " + message(lang);
}

std::string join_path(const std::string& base, const std::string& field) {
    if (base.empty()) return field;
    if (field.empty()) return base;
    return base + "." + field;
}

std::string index_path(const std::string& base, std::size_t index) {
    return base + "[" + std::to_string(index) + "]";
}

} // namespace swm
