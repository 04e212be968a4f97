#include "native-host/report_html.h"

#include <algorithm>
#include <utility>

namespace swm::report {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string table_head(const std::vector<std::string>& headings) {
    std::string out = "<thead><tr>";
    for (const auto& h : headings) out += "<th scope=\"col\">" + escape(h) + "</th>";
    return out + "</tr></thead>";
}

std::string mark_phrases(std::string_view text, const std::vector<std::string>& phrases, std::string_view tag) {
    std::vector<std::pair<size_t, size_t>> spans;  // [begin, end)
    for (const auto& phrase : phrases) {
        const size_t at = phrase.empty() ? std::string_view::npos : text.find(phrase);
        if (at != std::string_view::npos) spans.emplace_back(at, at + phrase.size());
    }
    std::sort(spans.begin(), spans.end());
    std::string out;
    size_t pos = 0;
    for (const auto& [begin, end] : spans) {
        if (begin < pos) continue;  // overlaps a phrase already marked
        out += escape(text.substr(pos, begin - pos));
        out += "<" + std::string(tag) + ">" + escape(text.substr(begin, end - begin)) + "</" + std::string(tag) + ">";
        pos = end;
    }
    return out + escape(text.substr(pos));
}

std::string join_escaped(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& t : texts) {
        if (!out.empty()) out += ", ";
        out += escape(t);
    }
    return out;
}

std::string number_list(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out.empty() ? "—" : out;
}

} // namespace swm::report
