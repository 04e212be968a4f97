#include "core/geo/map_coverage.h"

#include "core/text.h"

namespace swm::geo {
namespace {

// Index of the feature whose name is one of the municipality's names, or -1.
int feature_named(const MunicipalityMap& map, const RequiredMunicipality& m) {
    std::vector<std::string> names{fold_for_search(m.name)};
    for (const auto& a : m.aliases) names.push_back(fold_for_search(a));
    for (std::size_t i = 0; i < map.municipalities.size(); ++i) {
        const std::string name = fold_for_search(map.municipalities[i].name);
        for (const auto& n : names)
            if (name == n) return int(i);
    }
    return -1;
}

} // namespace

GeoErrors check_coverage(const MunicipalityMap& map, const std::vector<RequiredMunicipality>& required) {
    GeoErrors errors;
    for (const auto& m : required) {
        if (map.find(m.statcode)) continue;
        const int i = feature_named(map, m);
        if (i >= 0) {
            const std::string& code = map.municipalities[std::size_t(i)].statcode;
            errors.push_back({"features[" + std::to_string(i) + "].properties.statcode",
                              "onbekende gemeentecode '" + code + "' voor " + m.name + ": het register kent " + m.name +
                                  " als " + m.statcode,
                              "unknown municipality code '" + code + "' for " + m.name + ": the register knows " +
                                  m.name + " as " + m.statcode});
            continue;
        }
        errors.push_back({"", "gemeente " + m.statcode + " (" + m.name +
                                  ") ontbreekt; de kaart moet alle gemeenten van het register bevatten",
                          "municipality " + m.statcode + " (" + m.name +
                              ") is missing; the map must hold every municipality of the register"});
    }
    return errors;
}

} // namespace swm::geo
