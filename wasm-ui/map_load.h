// Where the map comes from: the host's current map (GET /api/geo), fetched
// once, and official boundaries the person imports from a file. The file is
// read and parsed here (core), so a file that is no map is refused at once
// and nothing is sent; a map is then uploaded with progress, and the host's
// answer (its record of the source) completes the map parsed here: no
// second download of what was just sent.
#pragma once
#include "core/geo/municipality_map.h"
#include "core/geo/map_provenance.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace swm::web {

class MapLoad {
public:
    enum class Status { none, loading, ready, failed };

    // A map to show, with where it comes from.
    struct Arrived {
        geo::MunicipalityMap map;
        geo::MapProvenance provenance;
    };

    // Starts fetching the host's map unless it was; true while it is on its
    // way (the view wants frames until then).
    bool request();
    // The map that arrived since the last call (fetched or imported).
    std::optional<Arrived> take();

    // The file picker for official boundaries, and back to the shipped map.
    void choose_file();
    void reset_to_shipped();
    // A file chosen in the picker: `text` null when larger than the limit.
    void file_chosen(const std::string& name, const char* text, double size);

    Status status() const { return status_; }
    const std::string& error() const { return error_; }
    bool busy() const { return busy_; }
    // Of the upload in progress: bytes sent and the file's size.
    double sent() const { return sent_; }
    double total() const { return total_; }
    // The outcome of the last import: an i18n key and its {0}, {1}; `failed`
    // with the refusal (core/api_error.h's body) when the file was refused.
    const std::string& note() const { return note_; }
    const std::vector<std::string>& note_args() const { return note_args_; }
    bool failed() const { return failed_; }
    const nlohmann::json& refusal() const { return refusal_; }

    nlohmann::json state() const;

private:
    Status status_ = Status::none;
    std::string error_;
    std::optional<Arrived> arrived_;
    std::optional<geo::MunicipalityMap> uploading_;  // parsed here, on its way to the host
    bool busy_ = false;
    double sent_ = 0, total_ = 0;
    std::string note_;
    std::vector<std::string> note_args_;
    bool failed_ = false;
    nlohmann::json refusal_;
    double parse_ms_ = 0;   // the last map's parse, fetched or imported
    double import_ms_ = 0;  // the last import, from the file's text to the host's answer

    void fetch();
    void refuse(const std::string& key, std::vector<std::string> args, nlohmann::json body);
};

} // namespace swm::web
