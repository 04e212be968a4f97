#include "core/geo/geojson.h"

#include "core/geo/geojson_document.h"
#include "core/geo/json_guard.h"
#include "core/geo/json_path.h"
#include "core/geo/rd_new.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace swm::geo {
namespace {

using nlohmann::json;

std::string number_text(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// A ring as read, before we know the coordinate system.
struct RawRing {
    std::string path;
    std::vector<Point> points;  // closing position dropped
};
struct RawPolygon {
    std::vector<RawRing> rings;  // outer first
};
struct RawFeature {
    std::string path;
    std::string code;
    std::string name;
    std::vector<RawPolygon> polygons;
};

class Reader {
public:
    Reader(const GeoJsonOptions& options, GeoErrors& errors) : options_(options), errors_(errors) {}

    bool full() const { return errors_.size() >= options_.max_errors; }

    void error(std::string path, std::string nl, std::string en) {
        if (full()) return;
        errors_.push_back({std::move(path), std::move(nl), std::move(en)});
        if (full())
            errors_.push_back({"", "meer fouten weggelaten", "further errors omitted"});
    }

    std::optional<Crs> read_crs(const json& doc) {
        auto crs = doc.find("crs");
        if (crs == doc.end() || crs->is_null()) return std::nullopt;
        const json* name = nullptr;
        if (crs->is_object()) {
            auto props = crs->find("properties");
            if (props != crs->end() && props->is_object()) {
                auto n = props->find("name");
                if (n != props->end() && n->is_string()) name = &*n;
            }
        }
        if (!name) {
            error("crs", "onbekende vorm; verwacht {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:28992\"}}",
                  "unknown form; expected {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:28992\"}}");
            return std::nullopt;
        }
        const std::string& s = name->get_ref<const std::string&>();
        auto ends_with = [&](std::string_view tail) {
            return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
        };
        // "urn:ogc:def:crs:EPSG::28992", "EPSG:28992", "urn:ogc:def:crs:OGC:1.3:CRS84", ...
        if (ends_with(":28992")) return Crs::rd_new;
        if (ends_with(":4326") || ends_with("CRS84")) return Crs::wgs84;
        error("crs.properties.name",
              "coördinatenstelsel '" + s + "' wordt niet ondersteund (alleen WGS84 en RD New, EPSG:28992)",
              "coordinate system '" + s + "' is not supported (only WGS84 and RD New, EPSG:28992)");
        return std::nullopt;
    }

    bool read_ring(const json& j, const std::string& path, RawRing& out) {
        if (!j.is_array()) {
            error(path, "een ring moet een lijst van posities zijn", "a ring must be a list of positions");
            return false;
        }
        if (j.size() < 4) {
            error(path,
                  "ring met " + std::to_string(j.size()) + " posities; minstens 4 nodig (3 punten en de sluitende)",
                  "ring with " + std::to_string(j.size()) + " positions; at least 4 needed (3 points and the closing one)");
            return false;
        }
        positions_ += j.size();
        if (positions_ > options_.max_positions) {
            too_big_ = true;
            return false;
        }
        out.path = path;
        out.points.reserve(j.size());
        for (std::size_t k = 0; k < j.size(); ++k) {
            const json& pos = j[k];
            if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number()) {
                error(path_at(path, k), "een positie moet [x, y] met twee getallen zijn",
                      "a position must be [x, y] with two numbers");
                return false;
            }
            const Point p{pos[0].get<double>(), pos[1].get<double>()};
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
                error(path_at(path, k), "coördinaat is geen eindig getal", "coordinate is not a finite number");
                return false;
            }
            out.points.push_back(p);
        }
        if (out.points.front() != out.points.back()) {
            error(path, "ring is niet gesloten (eerste en laatste positie verschillen)",
                  "ring is not closed (first and last position differ)");
            return false;
        }
        out.points.pop_back();
        return true;
    }

    bool read_polygon(const json& j, const std::string& path, RawPolygon& out) {
        if (!j.is_array() || j.empty()) {
            error(path, "een polygoon moet een niet-lege lijst van ringen zijn",
                  "a polygon must be a non-empty list of rings");
            return false;
        }
        bool ok = true;
        for (std::size_t r = 0; r < j.size() && !too_big_; ++r) {
            RawRing ring;
            if (read_ring(j[r], path_at(path, r), ring)) out.rings.push_back(std::move(ring));
            else ok = false;
        }
        return ok && !too_big_;
    }

    void read_geometry(const json& feature, const std::string& path, RawFeature& out) {
        auto g = feature.find("geometry");
        const std::string gpath = path_at(path, "geometry");
        if (g == feature.end() || g->is_null()) {
            error(gpath, "ontbreekt", "is missing");
            return;
        }
        if (!g->is_object()) {
            error(gpath, "moet een object zijn", "must be an object");
            return;
        }
        auto type = g->find("type");
        if (type == g->end() || !type->is_string()) {
            error(path_at(gpath, "type"), "ontbreekt", "is missing");
            return;
        }
        const std::string& t = type->get_ref<const std::string&>();
        if (t != "Polygon" && t != "MultiPolygon") {
            error(gpath, "type '" + t + "' wordt niet ondersteund (alleen Polygon en MultiPolygon)",
                  "type '" + t + "' is not supported (only Polygon and MultiPolygon)");
            return;
        }
        auto coords = g->find("coordinates");
        const std::string cpath = path_at(gpath, "coordinates");
        if (coords == g->end() || !coords->is_array()) {
            error(cpath, "ontbreekt of is geen lijst", "is missing or not a list");
            return;
        }
        if (t == "Polygon") {
            RawPolygon polygon;
            if (read_polygon(*coords, cpath, polygon)) out.polygons.push_back(std::move(polygon));
            return;
        }
        if (coords->empty()) {
            error(cpath, "een MultiPolygon zonder polygonen", "a MultiPolygon without polygons");
            return;
        }
        for (std::size_t p = 0; p < coords->size() && !too_big_; ++p) {
            RawPolygon polygon;
            if (read_polygon((*coords)[p], path_at(cpath, p), polygon)) out.polygons.push_back(std::move(polygon));
        }
    }

    // A string property under the first of several names; normalises
    // "1735" and "gm1735" to "GM1735" for the code.
    const json* property(const json& props, std::initializer_list<const char*> names, std::string& key) {
        for (const char* n : names) {
            auto it = props.find(n);
            if (it != props.end()) {
                key = n;
                return &*it;
            }
        }
        key = *names.begin();
        return nullptr;
    }

    void read_feature(const json& f, const std::string& path, std::vector<RawFeature>& out) {
        if (!f.is_object()) {
            error(path, "moet een object zijn", "must be an object");
            return;
        }
        auto type = f.find("type");
        if (type == f.end() || !type->is_string() || type->get_ref<const std::string&>() != "Feature") {
            error(path_at(path, "type"), "moet 'Feature' zijn", "must be 'Feature'");
            return;
        }
        RawFeature feature;
        feature.path = path;
        auto props = f.find("properties");
        const std::string ppath = path_at(path, "properties");
        if (props == f.end() || !props->is_object()) {
            error(ppath, "ontbreekt (statcode en statnaam nodig)", "is missing (statcode and statnaam needed)");
        } else {
            std::string key;
            const json* code = property(*props, {"statcode", "gemeentecode", "GM_CODE"}, key);
            if (!code || code->is_null()) {
                error(path_at(ppath, key.c_str()), "ontbreekt", "is missing");
            } else if (!code->is_string()) {
                error(path_at(ppath, key.c_str()), "moet tekst zijn zoals 'GM1735'", "must be text like 'GM1735'");
            } else {
                std::string c = code->get<std::string>();
                if (c.size() == 4 && std::all_of(c.begin(), c.end(), [](char d) { return d >= '0' && d <= '9'; }))
                    c = "GM" + c;  // gemeentecode without prefix
                if (c.size() == 6 && (c[0] == 'g' || c[0] == 'G') && (c[1] == 'm' || c[1] == 'M')) {
                    c[0] = 'G';
                    c[1] = 'M';
                }
                if (!is_statcode(c)) {
                    const std::string shown = c.size() > 40 ? c.substr(0, 40) + "..." : c;
                    error(path_at(ppath, key.c_str()), "'" + shown + "' is geen gemeentecode zoals 'GM1735'",
                          "'" + shown + "' is not a municipality code like 'GM1735'");
                } else {
                    feature.code = c;
                }
            }
            const json* name = property(*props, {"statnaam", "gemeentenaam", "GM_NAAM"}, key);
            if (!name || !name->is_string() || name->get_ref<const std::string&>().empty())
                error(path_at(ppath, key.c_str()), "ontbreekt", "is missing");
            else
                feature.name = name->get<std::string>();
        }
        read_geometry(f, path, feature);
        if (!feature.code.empty()) {
            auto [it, inserted] = seen_.emplace(feature.code, path);
            if (!inserted)
                error(path_at(path_at(path, "properties"), "statcode"),
                      "'" + feature.code + "' komt dubbel voor (ook in " + it->second + ")",
                      "'" + feature.code + "' occurs twice (also in " + it->second + ")");
        }
        out.push_back(std::move(feature));
    }

    bool too_big() const { return too_big_; }

private:
    const GeoJsonOptions& options_;
    GeoErrors& errors_;
    std::size_t positions_ = 0;
    bool too_big_ = false;
    std::map<std::string, std::string> seen_;
};

bool in_wgs84(Point p) { return p.x >= -180 && p.x <= 180 && p.y >= -90 && p.y <= 90; }
bool in_rd(Point p) { return kRdDomain.contains(p); }

// The Netherlands with a margin, for the swapped-axes diagnosis.
bool looks_like_lat_lon(Point p) { return p.x >= 50.5 && p.x <= 53.7 && p.y >= 3.2 && p.y <= 7.3; }

} // namespace

GeoJsonResult parse_geojson(std::string_view text, const GeoJsonOptions& options) {
    GeoJsonResult result;
    json doc;
    if (!parse_json_document(text, doc, result.errors)) return result;
    return read_feature_collection(doc, options);
}

GeoJsonResult read_feature_collection(const json& doc, const GeoJsonOptions& options) {
    GeoJsonResult result;
    GeoErrors& errors = result.errors;
    if (!doc.is_object()) {
        errors.push_back({"", "verwacht een GeoJSON-object (FeatureCollection)",
                          "expected a GeoJSON object (FeatureCollection)"});
        return result;
    }
    auto type = doc.find("type");
    if (type == doc.end() || !type->is_string() || type->get_ref<const std::string&>() != "FeatureCollection") {
        const std::string got = type != doc.end() && type->is_string() ? type->get<std::string>() : "";
        errors.push_back({"type", "verwacht 'FeatureCollection'" + (got.empty() ? "" : ", niet '" + got + "'"),
                          "expected 'FeatureCollection'" + (got.empty() ? "" : ", not '" + got + "'")});
        return result;
    }
    auto features = doc.find("features");
    if (features == doc.end() || !features->is_array()) {
        errors.push_back({"features", "ontbreekt of is geen lijst", "is missing or not a list"});
        return result;
    }
    if (features->empty()) {
        errors.push_back({"features", "de collectie is leeg: geen gemeenten", "the collection is empty: no municipalities"});
        return result;
    }

    Reader reader(options, errors);
    const std::optional<Crs> declared = reader.read_crs(doc);
    std::vector<RawFeature> raw;
    raw.reserve(features->size());
    for (std::size_t i = 0; i < features->size() && !reader.too_big() && !reader.full(); ++i)
        reader.read_feature((*features)[i], path_at("features", i), raw);
    if (reader.too_big()) {
        errors.push_back({"", "te veel posities (meer dan " + std::to_string(options.max_positions) + ")",
                          "too many positions (more than " + std::to_string(options.max_positions) + ")"});
        return result;
    }
    if (!errors.empty()) return result;

    // The coordinate system: declared, or the one the first position fits.
    Crs crs = Crs::wgs84;
    const Point first = raw.front().polygons.front().rings.front().points.front();
    if (declared) {
        crs = *declared;
    } else if (in_wgs84(first)) {
        crs = Crs::wgs84;
    } else if (in_rd(first)) {
        crs = Crs::rd_new;
    } else {
        errors.push_back({raw.front().polygons.front().rings.front().path + "[0]",
                          "coördinaat (" + number_text(first.x) + ", " + number_text(first.y) +
                              ") past bij geen ondersteund stelsel (WGS84 of RD New)",
                          "coordinate (" + number_text(first.x) + ", " + number_text(first.y) +
                              ") fits no supported system (WGS84 or RD New)"});
        return result;
    }
    result.source_crs = crs;

    // Every position in range, then converted.
    bool swapped = crs == Crs::wgs84;
    for (const auto& f : raw)
        for (const auto& poly : f.polygons)
            for (const auto& ring : poly.rings)
                for (std::size_t k = 0; k < ring.points.size(); ++k) {
                    const Point p = ring.points[k];
                    swapped = swapped && looks_like_lat_lon(p);
                    if (crs == Crs::wgs84 ? in_wgs84(p) : in_rd(p)) continue;
                    const std::string c = "(" + number_text(p.x) + ", " + number_text(p.y) + ")";
                    if (crs == Crs::wgs84)
                        reader.error(path_at(ring.path, k), "coördinaat " + c + " ligt buiten WGS84 (lengte -180..180, breedte -90..90)",
                                     "coordinate " + c + " is outside WGS84 (longitude -180..180, latitude -90..90)");
                    else
                        reader.error(path_at(ring.path, k), "coördinaat " + c + " ligt buiten het bereik van RD New",
                                     "coordinate " + c + " is outside the range of RD New");
                }
    if (swapped)
        errors.push_back({"", "de coördinaten lijken (breedte, lengte) in plaats van (lengte, breedte): verwisselde assen",
                          "the coordinates look like (lat, lon) instead of (lon, lat): swapped axes"});
    if (!errors.empty()) return result;

    MunicipalityMap map;
    {
        auto top = doc.find("schematic");
        map.schematic = top != doc.end() && top->is_boolean() && top->get<bool>();
    }
    for (auto& f : raw) {
        Municipality m{f.code, f.name, {}};
        for (auto& poly : f.polygons) {
            Polygon polygon;
            for (std::size_t r = 0; r < poly.rings.size(); ++r) {
                RawRing& ring = poly.rings[r];
                if (crs == Crs::rd_new)
                    for (auto& p : ring.points) p = rd_to_wgs84(p);
                Ring clean = without_duplicates(ring.points);
                if (clean.size() < 3) {
                    reader.error(ring.path, "ring heeft minder dan 3 verschillende punten",
                                 "ring has fewer than 3 distinct points");
                    continue;
                }
                if (signed_area(clean) == 0) {
                    reader.error(ring.path, "ring heeft geen oppervlakte (alle punten op een lijn)",
                                 "ring has no area (all points on a line)");
                    continue;
                }
                if (r == 0) polygon.outer = std::move(clean);
                else polygon.holes.push_back(std::move(clean));
            }
            m.area.parts.push_back(std::move(polygon));
        }
        normalize(m.area);
        map.municipalities.push_back(std::move(m));
    }
    if (!errors.empty()) return result;
    result.map = std::move(map);
    return result;
}

nlohmann::ordered_json geojson_object(const MunicipalityMap& map, int decimals) {
    using ojson = nlohmann::ordered_json;
    const double scale = std::pow(10.0, std::clamp(decimals, 0, 15));
    auto round = [&](double v) { return std::round(v * scale) / scale; };
    auto ring_json = [&](const Ring& ring) {
        ojson r = ojson::array();
        for (Point p : ring) r.push_back({round(p.x), round(p.y)});
        if (!ring.empty()) r.push_back({round(ring.front().x), round(ring.front().y)});  // GeoJSON closes rings
        return r;
    };
    auto polygon_json = [&](const Polygon& polygon) {
        ojson rings = ojson::array();
        rings.push_back(ring_json(polygon.outer));
        for (const auto& hole : polygon.holes) rings.push_back(ring_json(hole));
        return rings;
    };
    ojson features = ojson::array();
    for (const auto& m : map.municipalities) {
        ojson geometry;
        if (m.area.parts.size() == 1) {
            geometry["type"] = "Polygon";
            geometry["coordinates"] = polygon_json(m.area.parts[0]);
        } else {
            geometry["type"] = "MultiPolygon";
            ojson polys = ojson::array();
            for (const auto& part : m.area.parts) polys.push_back(polygon_json(part));
            geometry["coordinates"] = std::move(polys);
        }
        ojson feature;
        feature["type"] = "Feature";
        feature["id"] = m.statcode;
        feature["properties"] = {{"statcode", m.statcode}, {"statnaam", m.name}};
        feature["geometry"] = std::move(geometry);
        features.push_back(std::move(feature));
    }
    ojson doc;
    doc["type"] = "FeatureCollection";
    doc["schematic"] = map.schematic;
    doc["features"] = std::move(features);
    return doc;
}

std::string encode_geojson(const MunicipalityMap& map, int decimals) {
    // Replace rather than throw on invalid UTF-8 in a name: no exceptions in wasm.
    return geojson_object(map, decimals).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace swm::geo
