#include "map_load.h"

#include "api_client.h"
#include "web_platform.h"

#include "core/api_error.h"
#include "core/geo/map_document.h"
#include "core/geo/map_import.h"

#include <cctype>

namespace swm::web {
namespace {

std::string url_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += char(c);
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

bool MapLoad::request() {
    if (status_ == Status::none) fetch();
    return status_ == Status::loading;
}

void MapLoad::fetch() {
    status_ = Status::loading;
    api_get("/api/geo", [this](int status, const std::string& body) {
        if (status != 200) {
            status_ = Status::failed;
            error_ = status == 0 ? "-" : std::to_string(status);
            return;
        }
        const double t0 = now_ms();
        geo::MapDocument doc = geo::read_map_document(body);
        parse_ms_ = now_ms() - t0;
        if (!doc.map || !doc.provenance) {
            status_ = Status::failed;
            error_ = doc.errors.empty() ? "provenance" : doc.errors.front().describe(Lang::nl);
            return;
        }
        arrived_ = Arrived{std::move(*doc.map), std::move(*doc.provenance)};
        status_ = Status::ready;
    });
}

std::optional<MapLoad::Arrived> MapLoad::take() {
    std::optional<Arrived> out = std::move(arrived_);
    arrived_.reset();
    return out;
}

void MapLoad::choose_file() {
    pick_text_file(double(geo::kMaxMapImportBytes),
                   [this](const char* name, const char* text, double size) { file_chosen(name ? name : "", text, size); });
}

void MapLoad::refuse(const std::string& key, std::vector<std::string> args, nlohmann::json body) {
    busy_ = false;
    failed_ = true;
    note_ = key;
    note_args_ = std::move(args);
    refusal_ = std::move(body);
}

void MapLoad::file_chosen(const std::string& name, const char* text, double size) {
    refusal_ = nullptr;
    note_.clear();
    if (!text)
        return refuse("map.import_too_large",
                      {std::to_string(int(size / 1048576.0 + 0.5)), std::to_string(geo::kMaxMapImportBytes >> 20)}, nullptr);
    const double t0 = now_ms();
    geo::MapDocument doc = geo::read_map_document(text);
    parse_ms_ = now_ms() - t0;
    // The host would refuse it the same way (GeoStore::import); whether the
    // map holds the register's municipalities only the host checks.
    if (!doc.map) return refuse("map.import_failed", {"422"}, encode_api_error(map_error(std::move(doc.errors))));
    uploading_ = std::move(doc.map);
    busy_ = true;
    failed_ = false;
    sent_ = 0;
    total_ = size;
    upload_picked_file(
        "POST", "/api/geo/import?name=" + url_encode(name),
        [this](double sent, double total) {
            sent_ = sent;
            total_ = total;
        },
        [this, t0](int status, const std::string& body) {
            nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
            const auto imported = status == 200 ? geo::decode_map_import(j) : std::nullopt;
            if (!imported) {
                uploading_.reset();
                return refuse("map.import_failed", {status == 0 ? "-" : std::to_string(status)}, std::move(j));
            }
            busy_ = false;
            note_ = "map.import_ok";
            note_args_ = {std::to_string(imported->municipalities)};
            arrived_ = Arrived{std::move(*uploading_), imported->provenance};
            uploading_.reset();
            status_ = Status::ready;
            import_ms_ = now_ms() - t0;
        });
}

void MapLoad::reset_to_shipped() {
    busy_ = true;
    api_request("DELETE", "/api/geo/import", "", [this](int status, const std::string&) {
        busy_ = false;
        failed_ = status != 200;
        note_ = status == 200 ? "" : "map.import_failed";
        note_args_ = {std::to_string(status)};
        refusal_ = nullptr;
        if (status == 200) fetch();  // the shipped map: the old one stays until it is there
    });
}

nlohmann::json MapLoad::state() const {
    static const char* kStatus[] = {"none", "loading", "ready", "failed"};
    return {{"load", kStatus[int(status_)]},
            {"load_error", error_},
            {"parse_ms", parse_ms_},
            {"import",
             {{"busy", busy_},
              {"failed", failed_},
              {"note", note_},
              {"errors", decode_error_body(refusal_, Lang::nl).problems.size()},
              {"sent", sent_},
              {"total", total_},
              {"import_ms", import_ms_}}}};
}

} // namespace swm::web
