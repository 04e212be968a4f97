#include "core/geo/topojson.h"

#include "core/geo/geojson_document.h"
#include "core/geo/json_guard.h"
#include "core/geo/json_path.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace swm::geo {
namespace {

using nlohmann::json;

// j[key] when it is a string, else "": json::value() would throw on a
// non-string, and exceptions are off in the wasm build.
std::string text_of(const json& j, const char* key) {
    if (!j.is_object()) return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class TopologyReader {
public:
    TopologyReader(const json& topo, const GeoJsonOptions& options, GeoErrors& errors)
        : topo_(topo), options_(options), errors_(errors) {}

    bool read_arcs() {
        auto transform = topo_.find("transform");
        if (transform != topo_.end()) {
            const json* scale = transform->is_object() && transform->contains("scale") ? &(*transform)["scale"] : nullptr;
            const json* translate =
                transform->is_object() && transform->contains("translate") ? &(*transform)["translate"] : nullptr;
            if (!pair_ok(scale) || !pair_ok(translate)) {
                error("transform", "moet scale [sx, sy] en translate [tx, ty] hebben",
                      "must have scale [sx, sy] and translate [tx, ty]");
                return false;
            }
            quantized_ = true;
            sx_ = (*scale)[0].get<double>();
            sy_ = (*scale)[1].get<double>();
            tx_ = (*translate)[0].get<double>();
            ty_ = (*translate)[1].get<double>();
        }
        auto arcs = topo_.find("arcs");
        if (arcs == topo_.end() || !arcs->is_array()) {
            error("arcs", "ontbreekt of is geen lijst", "is missing or not a list");
            return false;
        }
        std::size_t total = 0;
        for (std::size_t i = 0; i < arcs->size(); ++i) {
            const json& arc = (*arcs)[i];
            const std::string path = path_at("arcs", i);
            if (!arc.is_array() || arc.size() < 2) {
                error(path, "een boog moet minstens 2 posities hebben", "an arc must have at least 2 positions");
                return false;
            }
            total += arc.size();
            if (total > options_.max_positions) {
                error("arcs", "te veel posities (meer dan " + std::to_string(options_.max_positions) + ")",
                      "too many positions (more than " + std::to_string(options_.max_positions) + ")");
                return false;
            }
            std::vector<Point> points;
            points.reserve(arc.size());
            double x = 0, y = 0;
            for (std::size_t k = 0; k < arc.size(); ++k) {
                const json& pos = arc[k];
                if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number()) {
                    error(path_at(path, k), "een positie moet [x, y] met twee getallen zijn",
                          "a position must be [x, y] with two numbers");
                    return false;
                }
                if (quantized_) {  // delta-encoded integers
                    x += pos[0].get<double>();
                    y += pos[1].get<double>();
                    points.push_back({x * sx_ + tx_, y * sy_ + ty_});
                } else {
                    points.push_back({pos[0].get<double>(), pos[1].get<double>()});
                }
                if (!std::isfinite(points.back().x) || !std::isfinite(points.back().y)) {
                    error(path_at(path, k), "coördinaat is geen eindig getal", "coordinate is not a finite number");
                    return false;
                }
            }
            arcs_.push_back(std::move(points));
        }
        return true;
    }

    // A ring from arc indices; ~i (= -i-1) is arc i reversed. Consecutive
    // arcs share their end points, which are written once.
    bool ring(const json& indices, const std::string& path, json& out) {
        if (!indices.is_array() || indices.empty()) {
            error(path, "een ring moet een niet-lege lijst van boognummers zijn", "a ring must be a non-empty list of arc numbers");
            return false;
        }
        out = json::array();
        for (std::size_t k = 0; k < indices.size(); ++k) {
            const json& v = indices[k];
            if (!v.is_number_integer()) {
                error(path_at(path, k), "boognummer moet een geheel getal zijn", "arc number must be an integer");
                return false;
            }
            const long long i = v.get<long long>();
            const long long index = i < 0 ? -i - 1 : i;
            if (index < 0 || index >= static_cast<long long>(arcs_.size())) {
                error(path_at(path, k), "boog " + std::to_string(i) + " bestaat niet", "arc " + std::to_string(i) + " does not exist");
                return false;
            }
            const std::vector<Point>& arc = arcs_[static_cast<std::size_t>(index)];
            // Arcs are shared, so a small file could still expand hugely.
            emitted_ += arc.size();
            if (emitted_ > options_.max_positions) {
                error(path_at(path, k), "te veel posities (meer dan " + std::to_string(options_.max_positions) + ")",
                      "too many positions (more than " + std::to_string(options_.max_positions) + ")");
                return false;
            }
            for (std::size_t n = 0; n < arc.size(); ++n) {
                if (k > 0 && n == 0) continue;
                const Point p = i < 0 ? arc[arc.size() - 1 - n] : arc[n];
                out.push_back({p.x, p.y});
            }
        }
        return true;
    }

    bool polygon(const json& rings, const std::string& path, json& out) {
        if (!rings.is_array()) {
            error(path, "moet een lijst van ringen zijn", "must be a list of rings");
            return false;
        }
        out = json::array();
        for (std::size_t r = 0; r < rings.size(); ++r) {
            json ring_json;
            if (!ring(rings[r], path_at(path, r), ring_json)) return false;
            out.push_back(std::move(ring_json));
        }
        return true;
    }

    // A TopoJSON geometry as a GeoJSON Feature (other geometry types are
    // passed on for the GeoJSON reader to reject with its usual message).
    bool feature(const json& g, const std::string& path, json& out) {
        if (!g.is_object()) {
            error(path, "moet een object zijn", "must be an object");
            return false;
        }
        json geometry = nullptr;
        auto type = g.find("type");
        if (type != g.end() && type->is_string()) {
            const std::string& t = type->get_ref<const std::string&>();
            auto arcs = g.find("arcs");
            const std::string apath = path_at(path, "arcs");
            if (t == "Polygon" || t == "MultiPolygon") {
                if (arcs == g.end()) {
                    error(apath, "ontbreekt", "is missing");
                    return false;
                }
                json coords;
                if (t == "Polygon") {
                    if (!polygon(*arcs, apath, coords)) return false;
                } else {
                    if (!arcs->is_array()) {
                        error(apath, "moet een lijst van polygonen zijn", "must be a list of polygons");
                        return false;
                    }
                    coords = json::array();
                    for (std::size_t p = 0; p < arcs->size(); ++p) {
                        json poly;
                        if (!polygon((*arcs)[p], path_at(apath, p), poly)) return false;
                        coords.push_back(std::move(poly));
                    }
                }
                geometry = {{"type", t}, {"coordinates", std::move(coords)}};
            } else {
                geometry = {{"type", t}};
            }
        }
        out = {{"type", "Feature"}, {"geometry", std::move(geometry)}};
        auto props = g.find("properties");
        if (props != g.end()) out["properties"] = *props;
        return true;
    }

private:
    const json& topo_;
    const GeoJsonOptions& options_;
    GeoErrors& errors_;
    std::vector<std::vector<Point>> arcs_;
    std::size_t emitted_ = 0;
    bool quantized_ = false;
    double sx_ = 1, sy_ = 1, tx_ = 0, ty_ = 0;

    static bool pair_ok(const json* j) {
        return j && j->is_array() && j->size() == 2 && (*j)[0].is_number() && (*j)[1].is_number();
    }
    void error(std::string path, std::string nl, std::string en) {
        errors_.push_back({std::move(path), std::move(nl), std::move(en)});
    }
};

GeoJsonResult read_topology(const json& doc, const GeoJsonOptions& options, const std::string& object) {
    GeoJsonResult result;
    GeoErrors& errors = result.errors;
    auto objects = doc.find("objects");
    if (objects == doc.end() || !objects->is_object() || objects->empty()) {
        errors.push_back({"objects", "ontbreekt of is leeg", "is missing or empty"});
        return result;
    }
    std::string name = object;
    if (name.empty()) {
        for (auto it = objects->begin(); it != objects->end(); ++it) {
            if (objects->size() == 1 || (it->is_object() && text_of(*it, "type") == "GeometryCollection")) {
                name = it.key();
                break;
            }
        }
    }
    auto obj = objects->find(name);
    if (name.empty() || obj == objects->end()) {
        errors.push_back({"objects", "object '" + name + "' niet gevonden", "object '" + name + "' not found"});
        return result;
    }
    const std::string opath = "objects." + name;
    if (!obj->is_object() || text_of(*obj, "type") != "GeometryCollection" || !obj->contains("geometries") ||
        !(*obj)["geometries"].is_array()) {
        errors.push_back({opath, "moet een GeometryCollection met geometries zijn", "must be a GeometryCollection with geometries"});
        return result;
    }
    TopologyReader reader(doc, options, errors);
    if (!reader.read_arcs()) return result;
    const json& geometries = (*obj)["geometries"];
    json collection = {{"type", "FeatureCollection"}, {"features", json::array()}};
    if (doc.contains("crs")) collection["crs"] = doc["crs"];
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        json f;
        if (!reader.feature(geometries[i], path_at(opath + ".geometries", i), f)) return result;
        collection["features"].push_back(std::move(f));
    }
    result = read_feature_collection(collection, options);
    // The GeoJSON reader speaks of features[i]; name the TopoJSON place.
    for (GeoError& e : result.errors) {
        if (e.path.rfind("features[", 0) != 0) continue;
        const std::size_t close = e.path.find(']');
        if (close == std::string::npos) continue;
        std::string rest = e.path.substr(close + 1);
        if (rest.rfind(".geometry.coordinates", 0) == 0) rest = ".arcs" + rest.substr(21);
        else if (rest.rfind(".geometry", 0) == 0) rest = rest.substr(9);
        e.path = opath + ".geometries" + e.path.substr(8, close - 7) + rest;
    }
    return result;
}

} // namespace

GeoJsonResult parse_topojson(std::string_view text, const GeoJsonOptions& options, const std::string& object) {
    GeoJsonResult result;
    json doc;
    if (!parse_json_document(text, doc, result.errors)) return result;
    if (!doc.is_object() || text_of(doc, "type") != "Topology") {
        result.errors.push_back({"type", "verwacht 'Topology'", "expected 'Topology'"});
        return result;
    }
    return read_topology(doc, options, object);
}

GeoJsonResult parse_map_data(std::string_view text, const GeoJsonOptions& options) {
    GeoJsonResult result;
    json doc;
    if (!parse_json_document(text, doc, result.errors)) return result;
    return read_map_data(doc, options);
}

GeoJsonResult read_map_data(const json& doc, const GeoJsonOptions& options) {
    if (doc.is_object() && text_of(doc, "type") == "Topology") return read_topology(doc, options, "");
    return read_feature_collection(doc, options);
}

} // namespace swm::geo
