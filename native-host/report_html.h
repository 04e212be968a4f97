// Small pieces of HTML for the printable report: escaping (every text that
// comes from data goes through escape(), so a name with "<script>" stays
// text) and the few element shapes the sections repeat.
#pragma once
#include "core/i18n.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm::report {

// The report is in Dutch: its text from core's table (report.* keys).
inline std::string nl(std::string_view key) { return tr(key, Lang::nl); }

// &, <, >, " and ' as entities: safe in text and in quoted attributes.
std::string escape(std::string_view text);

// "<th scope="col">…</th>" for each heading, inside <thead><tr>.
std::string table_head(const std::vector<std::string>& headings);

// `text` with each of `phrases` (first occurrence, not overlapping an earlier
// one) wrapped in <tag>…</tag>; everything escaped.
std::string mark_phrases(std::string_view text, const std::vector<std::string>& phrases, std::string_view tag);

// Texts joined by ", ", each escaped.
std::string join_escaped(const std::vector<std::string>& texts);

// Register numbers as "1, 3, 24", or "—" for none.
std::string number_list(const std::vector<int>& numbers);

} // namespace swm::report
