#include "core/geo/seats.h"

#include "core/geo/json_guard.h"
#include "core/geo/json_path.h"
#include "core/geo/municipality_map.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace swm::geo {
namespace {

using nlohmann::json;

bool read_place(const json& j, const std::string& path, Place& out, GeoErrors& errors) {
    if (!j.is_object()) {
        errors.push_back({path, "moet een object zijn", "must be an object"});
        return false;
    }
    auto name = j.find("name");
    auto lat = j.find("lat");
    auto lon = j.find("lon");
    bool ok = true;
    if (name == j.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) {
        errors.push_back({path_at(path, "name"), "ontbreekt", "is missing"});
        ok = false;
    }
    // The default map covers the Netherlands; anything else is a typo.
    if (lat == j.end() || !lat->is_number() || !(lat->get<double>() >= 50.5 && lat->get<double>() <= 53.7)) {
        errors.push_back({path_at(path, "lat"), "ontbreekt of ligt niet in Nederland (50,5..53,7)",
                          "is missing or not in the Netherlands (50.5..53.7)"});
        ok = false;
    }
    if (lon == j.end() || !lon->is_number() || !(lon->get<double>() >= 3.2 && lon->get<double>() <= 7.3)) {
        errors.push_back({path_at(path, "lon"), "ontbreekt of ligt niet in Nederland (3,2..7,3)",
                          "is missing or not in the Netherlands (3.2..7.3)"});
        ok = false;
    }
    if (!ok) return false;
    out = {name->get<std::string>(), lat->get<double>(), lon->get<double>()};
    return true;
}

} // namespace

const SeatEntry* SeatTable::find(std::string_view statcode) const {
    for (const auto& m : municipalities)
        if (m.statcode == statcode) return &m;
    return nullptr;
}

const RegionEntry* SeatTable::find_region(std::string_view id) const {
    for (const auto& r : regions)
        if (r.id == id) return &r;
    return nullptr;
}

SeatTableResult parse_seat_table(std::string_view text) {
    SeatTableResult result;
    GeoErrors& errors = result.errors;
    json doc;
    if (!parse_json_document(text, doc, errors)) return result;
    if (!doc.is_object()) {
        errors.push_back({"", "geen geldig JSON-object", "not a valid JSON object"});
        return result;
    }
    SeatTable table;
    auto list = doc.find("municipalities");
    if (list == doc.end() || !list->is_array() || list->empty()) {
        errors.push_back({"municipalities", "ontbreekt of is leeg", "is missing or empty"});
        return result;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& m = (*list)[i];
        const std::string path = path_at("municipalities", i);
        if (!m.is_object()) {
            errors.push_back({path, "moet een object zijn", "must be an object"});
            continue;
        }
        SeatEntry entry;
        auto code = m.find("statcode");
        if (code == m.end() || !code->is_string() || !is_statcode(code->get_ref<const std::string&>())) {
            errors.push_back({path_at(path, "statcode"), "ontbreekt of is geen code als 'GM1735'",
                              "is missing or not a code like 'GM1735'"});
        } else {
            entry.statcode = code->get<std::string>();
            if (table.find(entry.statcode))
                errors.push_back({path_at(path, "statcode"), "'" + entry.statcode + "' komt dubbel voor",
                                  "'" + entry.statcode + "' occurs twice"});
        }
        auto name = m.find("name");
        if (name == m.end() || !name->is_string() || name->get_ref<const std::string&>().empty())
            errors.push_back({path_at(path, "name"), "ontbreekt", "is missing"});
        else
            entry.name = name->get<std::string>();
        auto seat = m.find("seat");
        if (seat == m.end()) errors.push_back({path_at(path, "seat"), "ontbreekt", "is missing"});
        else read_place(*seat, path_at(path, "seat"), entry.seat, errors);
        auto places = m.find("places");
        if (places != m.end()) {
            if (!places->is_array()) {
                errors.push_back({path_at(path, "places"), "moet een lijst zijn", "must be a list"});
            } else {
                for (std::size_t k = 0; k < places->size(); ++k) {
                    Place p;
                    if (read_place((*places)[k], path_at(path_at(path, "places"), k), p, errors))
                        entry.places.push_back(std::move(p));
                }
            }
        }
        table.municipalities.push_back(std::move(entry));
    }
    auto regions = doc.find("regions");
    if (regions != doc.end()) {
        if (!regions->is_array()) {
            errors.push_back({"regions", "moet een lijst zijn", "must be a list"});
        } else {
            for (std::size_t i = 0; i < regions->size(); ++i) {
                const json& r = (*regions)[i];
                const std::string path = path_at("regions", i);
                auto id = r.is_object() ? r.find("id") : r.end();
                auto name = r.is_object() ? r.find("name") : r.end();
                auto members = r.is_object() ? r.find("members") : r.end();
                if (!r.is_object() || id == r.end() || !id->is_string() || name == r.end() ||
                    !name->is_string() || members == r.end() || !members->is_array()) {
                    errors.push_back({path, "moet id, name en members hebben", "must have id, name and members"});
                    continue;
                }
                RegionEntry region{id->get<std::string>(), name->get<std::string>(), {}};
                for (std::size_t k = 0; k < members->size(); ++k) {
                    const json& c = (*members)[k];
                    if (!c.is_string() || !table.find(c.get_ref<const std::string&>())) {
                        errors.push_back({path_at(path_at(path, "members"), k), "is geen gemeente uit de lijst",
                                          "is not a municipality of the list"});
                        continue;
                    }
                    region.members.push_back(c.get<std::string>());
                }
                table.regions.push_back(std::move(region));
            }
        }
    }
    if (errors.empty()) result.table = std::move(table);
    return result;
}

} // namespace swm::geo
