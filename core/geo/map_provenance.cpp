#include "core/geo/map_provenance.h"

#include "core/geo/json_path.h"
#include "core/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace swm::geo {
namespace {

using nlohmann::json;

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// An optional text member: absent or null is "", anything else must be a string.
bool read_text(const json& j, const char* key, const std::string& path, std::string& out, GeoErrors& errors) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_string() || !is_valid_utf8(it->get_ref<const std::string&>())) {
        errors.push_back({path_at(path, key), "moet tekst zijn (UTF-8) of null", "must be text (UTF-8) or null"});
        return false;
    }
    out = it->get<std::string>();
    return true;
}

} // namespace

bool MapProvenance::operator==(const MapProvenance& o) const {
    return kind == o.kind && source == o.source && imported_at == o.imported_at && actor == o.actor && year == o.year &&
           licence == o.licence && licence_url == o.licence_url && credit == o.credit;
}

json encode_map_provenance(const MapProvenance& p) {
    return {{"kind", p.shipped() ? "shipped" : "imported"},
            {"source", p.source},
            {"imported_at", text_or_null(p.imported_at)},
            {"actor", text_or_null(p.actor)},
            {"year", p.year ? json(*p.year) : json(nullptr)},
            {"licence", text_or_null(p.licence)},
            {"licence_url", text_or_null(p.licence_url)},
            {"credit", text_or_null(p.credit)}};
}

std::optional<MapProvenance> decode_map_provenance(const json& j, GeoErrors& errors, const std::string& path) {
    const std::size_t before = errors.size();
    if (!j.is_object()) {
        errors.push_back({path, "moet een object zijn", "must be an object"});
        return std::nullopt;
    }
    MapProvenance p;
    static const char* const kKeys[] = {"kind", "source", "imported_at", "actor", "year", "licence", "licence_url", "credit"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(std::begin(kKeys), std::end(kKeys), it.key()) == std::end(kKeys))
            errors.push_back({path_at(path, it.key().c_str()), "onbekende sleutel", "unknown key"});
    const json kind = j.value("kind", json());
    if (kind == "shipped") p.kind = MapProvenance::Kind::shipped;
    else if (kind == "imported") p.kind = MapProvenance::Kind::imported;
    else errors.push_back({path_at(path, "kind"), "moet 'shipped' of 'imported' zijn", "must be 'shipped' or 'imported'"});
    read_text(j, "source", path, p.source, errors);
    if (p.source.empty() && errors.size() == before)
        errors.push_back({path_at(path, "source"), "ontbreekt", "is missing"});
    read_text(j, "imported_at", path, p.imported_at, errors);
    read_text(j, "actor", path, p.actor, errors);
    read_text(j, "licence", path, p.licence, errors);
    read_text(j, "licence_url", path, p.licence_url, errors);
    read_text(j, "credit", path, p.credit, errors);
    if (!p.shipped() && p.imported_at.empty())
        errors.push_back({path_at(path, "imported_at"), "ontbreekt bij een ingelezen kaart", "is missing for an imported map"});
    if (auto y = j.find("year"); y != j.end() && !y->is_null()) {
        if (y->is_number_integer() && *y >= 1800 && *y <= 2200) p.year = y->get<int>();
        else errors.push_back({path_at(path, "year"), "moet een jaartal zijn", "must be a year"});
    }
    if (errors.size() != before) return std::nullopt;
    return p;
}

MapProvenance imported_provenance(const std::string& file_name, const std::string& actor, const std::string& at,
                                  const std::optional<MapProvenance>& from_file) {
    MapProvenance p;
    p.kind = MapProvenance::Kind::imported;
    p.source = clean_utf8(file_name, kMaxMapSourceBytes);
    if (p.source.empty()) p.source = "upload";
    p.actor = clean_utf8(actor, kMaxMapSourceBytes);
    p.imported_at = at;
    if (from_file) {
        p.year = from_file->year;
        p.licence = from_file->licence;
        p.licence_url = from_file->licence_url;
        p.credit = from_file->credit;
    }
    return p;
}

std::string describe_map_source(const MapProvenance& p, Lang lang, const std::string& day) {
    if (p.shipped()) return fill(tr("map.source_shipped", lang), {p.source});
    return fill(tr("map.source_official", lang), {p.source, day});
}

std::string map_credit(const MapProvenance& p, Lang lang) {
    return p.credit.empty() ? fill(tr("map.credit_imported", lang), {p.source}) : p.credit;
}

} // namespace swm::geo
