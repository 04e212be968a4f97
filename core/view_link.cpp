#include "core/view_link.h"

#include "core/json_codec.h"
#include "core/partnership_filter.h"
#include "core/saved_view.h"
#include "core/text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace swm {
namespace {

using nlohmann::json;
using Pairs = std::vector<std::pair<std::string, std::string>>;

const char* const kFilterKeys[] = {"scale", "layer", "legal_form", "motive", "status", "decided_by", "organisation", "q",
                                   "stated_only"};

bool is_filter_key(const std::string& key) {
    for (const char* k : kFilterKeys)
        if (key == k) return true;
    return false;
}

// Characters that may stand unencoded in a fragment and carry no meaning in
// ours ('&', '=', '#' and '%' do); "Tw+A" stays readable.
bool keeps(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    for (char k : std::string_view("-._~+,:/@!*")) if (c == static_cast<unsigned char>(k)) return true;
    return false;
}

std::string encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (keeps(c)) {
            out += char(c);
            continue;
        }
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool decode(std::string_view s, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        const int hi = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
        const int lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
        if (hi < 0 || lo < 0) return false;
        out += char(hi * 16 + lo);
        i += 2;
    }
    return is_valid_utf8(out);
}

// Short but exact enough: zoom to four significant digits, the centre to 10 m.
// Any finite value is written whole (a pasted link may carry a centre of 300
// digits): cut short, it would read back as another place.
std::string number(double v, const char* format) {
    std::string out(std::size_t(std::snprintf(nullptr, 0, format, v)), '\0');
    std::snprintf(out.data(), out.size() + 1, format, v);
    return out;
}

bool parse_number(const std::string& s, double& v) {
    if (s.empty()) return false;
    char* end = nullptr;
    v = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(v);
}

bool parse_id(const std::string& s, long long& v) {
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    v = std::atoll(s.c_str());
    return true;
}

void append_map(const json& map, Pairs& out) {
    if (!map.is_object()) return;
    if (map.contains("colour") && map["colour"].is_string()) out.emplace_back("colour", map["colour"].get<std::string>());
    if (map.contains("zoom") && map["zoom"].is_number()) out.emplace_back("zoom", number(map["zoom"].get<double>(), "%.4g"));
    const json c = map.value("center", json());
    if (c.is_array() && c.size() == 2 && c[0].is_number() && c[1].is_number())
        out.emplace_back("center", number(c[0].get<double>(), "%.2f") + "," + number(c[1].get<double>(), "%.2f"));
    for (const auto& s : map.value("hidden_scales", json::array()))
        if (s.is_string()) out.emplace_back("hide", s.get<std::string>());
}

std::string join(const Pairs& pairs) {
    std::string out;
    for (const auto& [key, value] : pairs) {
        if (!out.empty()) out += '&';
        out += encode(key);
        if (!value.empty()) out += "=" + encode(value);
    }
    return out;
}

// Splits "a=1&b&c=x%20y" into decoded pairs; false on a malformed escape.
bool split(std::string_view fragment, Pairs& out, std::string& bad) {
    std::size_t start = 0;
    while (start <= fragment.size()) {
        std::size_t end = fragment.find('&', start);
        if (end == std::string_view::npos) end = fragment.size();
        const std::string_view part = fragment.substr(start, end - start);
        start = end + 1;
        if (part.empty()) continue;
        const std::size_t eq = part.find('=');
        std::string key, value;
        if (!decode(part.substr(0, eq), key) ||
            (eq != std::string_view::npos && !decode(part.substr(eq + 1), value))) {
            bad = std::string(part);
            return false;
        }
        out.emplace_back(std::move(key), std::move(value));
    }
    return true;
}

ViewLink refused(ViewLink link) {
    link.kind = ViewLink::Kind::none;
    link.state = json();
    return link;
}

// "saved=ID" alone, or "present[=ID][&slide=N]".
ViewLink parse_reference(const Pairs& pairs) {
    ViewLink link;
    const bool saved = pairs.front().first == "saved";
    link.kind = saved ? ViewLink::Kind::saved : ViewLink::Kind::present;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto& [key, value] = pairs[i];
        long long n = 0;
        if (i == 0 && saved) {
            if (!parse_id(value, n) || n < 1) link.errors.push_back({key, "validation.expected_integer", value});
            link.id = n;
        } else if (i == 0) {
            if (!value.empty() && !parse_id(value, n)) link.errors.push_back({key, "validation.expected_integer", value});
            link.id = n;
        } else if (key == "slide" && !saved) {
            if (!parse_id(value, n) || n < 1 || n > 1000) link.errors.push_back({key, "validation.number_out_of_range", value});
            else link.slide = int(n);
        } else {
            link.errors.push_back({key, "validation.unknown_field", key});
        }
    }
    return link.errors.empty() ? link : refused(std::move(link));
}

void set_map(json& state, const char* key, json value) {
    if (!state.contains("map")) state["map"] = json::object();
    state["map"][key] = std::move(value);
}

ViewLink parse_state(const Pairs& pairs, const Dataset& dataset) {
    ViewLink link;
    link.kind = ViewLink::Kind::state;
    json state = json::object();
    QueryParams filter;
    for (const auto& [key, value] : pairs) {
        long long n = 0;
        double x = 0, y = 0;
        if (is_filter_key(key)) {
            filter.emplace(key, value);
        } else if (key == "view" || key == "section") {
            // An empty value is no value, as view_link() writes it.
            if (value.empty()) state.erase(key);
            else state[key] = value;
        } else if (key == "selected" || key == "compare") {
            if (parse_id(value, n) && n <= 2147483647) state[key] = n;
            else link.errors.push_back({key, "validation.expected_integer", value});
        } else if (key == "colour") {
            set_map(state, "colour", value);
        } else if (key == "zoom") {
            if (parse_number(value, x)) set_map(state, "zoom", x);
            else link.errors.push_back({key, "validation.number_out_of_range", value});
        } else if (key == "center") {
            const std::size_t comma = value.find(',');
            if (comma != std::string::npos && parse_number(value.substr(0, comma), x) && parse_number(value.substr(comma + 1), y))
                set_map(state, "center", json::array({x, y}));
            else link.errors.push_back({key, "validation.number_out_of_range", value});
        } else if (key == "hide") {
            if (!state.contains("map") || !state["map"].contains("hidden_scales")) set_map(state, "hidden_scales", json::array());
            state["map"]["hidden_scales"].push_back(value);
        } else {
            link.errors.push_back({key, "validation.unknown_field", key});
        }
    }
    ParsedFilter parsed = parse_filter(filter, &dataset);
    for (auto& e : parsed.errors) link.errors.push_back(std::move(e));
    // "q=" alone sets no filter: the same state as a link without it.
    if (!parsed.filter.empty()) state["filter"] = encode_filter(parsed.filter);
    if (!link.errors.empty()) return refused(std::move(link));
    link.errors = validate_view_state(state, dataset);
    if (!link.errors.empty()) return refused(std::move(link));
    link.state = std::move(state);
    return link;
}

} // namespace

std::string view_link(const json& state) {
    Pairs pairs;
    if (!state.is_object()) return "";
    for (const char* key : {"view", "section"})
        if (state.contains(key) && state[key].is_string() && !state[key].get<std::string>().empty())
            pairs.emplace_back(key, state[key].get<std::string>());
    if (state.contains("selected") && state["selected"].is_number_integer())
        pairs.emplace_back("selected", std::to_string(state["selected"].get<long long>()));
    if (state.contains("filter")) {
        const Decoded<PartnershipFilter> f = decode_filter(state["filter"]);
        // Filter keys in the contract's order, values in the order chosen.
        const QueryParams q = to_query(f.value);
        for (const char* key : kFilterKeys) {
            auto [from, to] = q.equal_range(key);
            for (auto it = from; it != to; ++it) pairs.emplace_back(it->first, it->second);
        }
    }
    if (state.contains("compare") && state["compare"].is_number_integer())
        pairs.emplace_back("compare", std::to_string(state["compare"].get<long long>()));
    if (state.contains("map")) append_map(state["map"], pairs);
    return join(pairs);
}

std::string saved_view_link(long long id) { return "saved=" + std::to_string(id); }

std::string present_link(long long deck_id, int slide) {
    std::string out = deck_id > 0 ? "present=" + std::to_string(deck_id) : "present";
    if (slide > 1) out += "&slide=" + std::to_string(slide);
    return out;
}

ViewLink parse_view_link(std::string_view fragment, const Dataset& dataset) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    Pairs pairs;
    std::string bad;
    if (!split(fragment, pairs, bad)) {
        ViewLink link;
        link.errors.push_back({"", "validation.link_malformed", bad});
        return link;
    }
    if (pairs.empty()) return {};
    const std::string& first = pairs.front().first;
    if (first == "saved" || first == "present") return parse_reference(pairs);
    return parse_state(pairs, dataset);
}

} // namespace swm
