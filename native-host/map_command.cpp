#include "native-host/map_command.h"

#include "native-host/data_folder.h"
#include "native-host/geo_store.h"
#include "native-host/platform.h"

#include <cstdio>

namespace swm {
namespace {

std::string base_name(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

int run_import_map(const Options& options) {
    std::string text, error;
    if (!platform::read_file(options.input, text, error)) {
        std::fprintf(stderr, "Kan het bestand niet lezen: %s\n", error.c_str());
        return 1;
    }
    DataFolder folder;
    if (!folder.open(options.data_dir, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    GeoStore geo(folder.db_path);
    const MapImport r = geo.import(text, base_name(options.input), platform::user_name(),
                                   required_municipalities(folder.store->current()->dataset.organisations));
    for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.describe(Lang::nl).c_str());
    if (!r.errors.empty()) {
        std::fprintf(stderr, "Kaart niet ingelezen: %zu fout(en); de huidige kaart blijft staan.\n", r.errors.size());
        return 1;
    }
    std::printf("Kaart ingelezen: %zu gemeenten, %zu hoekpunten (%s). De monitor toont nu deze grenzen.\n",
                r.municipalities, r.vertices, r.source_crs == geo::Crs::rd_new ? "RD New" : "WGS84");
    return 0;
}

} // namespace swm
