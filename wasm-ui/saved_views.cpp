#include "saved_views.h"

#include "api_client.h"
#include "data_source.h"
#include "ui_text.h"

namespace swm::web {
namespace {

using nlohmann::json;

SavedView view_of(const json& j) {
    SavedView v;
    if (!j.is_object()) return v;
    v.id = j.value("id", 0LL);
    v.name = j.value("name", "");
    v.kind = j.value("kind", "view");
    v.state = j.value("state", json::object());
    v.revision = j.value("revision", 1LL);
    return v;
}

ViewWrite to_write(int status, const std::string& body) {
    ViewWrite out;
    out.status = status;
    Loaded<json> r = read_response(status, body);
    out.error = r.error;
    const json& j = r.value;
    if (!j.is_object()) return out;
    if (j.contains("view")) out.view = view_of(j["view"]);
    if (j.contains("change_id") && j["change_id"].is_number_integer()) out.change_id = j["change_id"].get<long long>();
    for (const auto& f : j.value("fields", json::array())) {
        if (!f.is_object()) continue;
        const std::string message = f.value(ui_lang() == Lang::en ? "message_en" : "message", "");
        out.problems.push_back(f.value("field", "") + ": " + message);
    }
    return out;
}

} // namespace

void SavedViews::load(std::function<void()> done) {
    if (done) waiting_.push_back(std::move(done));
    if (loading_) return;
    loading_ = true;
    api_get("/api/views", [this](int status, const std::string& body) {
        loading_ = false;
        Loaded<json> r = read_response(status, body);
        error_ = r.error;
        if (r.ok()) {
            views_.clear();
            for (const auto& v : r.value.value("views", json::array())) views_.push_back(view_of(v));
            loaded_ = true;
        }
        auto waiting = std::move(waiting_);
        waiting_.clear();
        for (auto& fn : waiting) fn();
    });
}

const SavedView* SavedViews::find(long long id) const {
    for (const auto& v : views_)
        if (v.id == id) return &v;
    return nullptr;
}

const SavedView* SavedViews::first_deck() const {
    for (const auto& v : views_)
        if (v.kind == "deck") return &v;
    return nullptr;
}

std::vector<long long> SavedViews::ids() const {
    std::vector<long long> out;
    for (const auto& v : views_) out.push_back(v.id);
    return out;
}

void SavedViews::write(const char* method, const std::string& path, const std::string& body, ViewWriteFn done) {
    api_request(method, path, body, [this, done = std::move(done)](int status, const std::string& text) {
        ViewWrite w = to_write(status, text);
        if (w.ok()) load();
        done(std::move(w));
    });
}

void SavedViews::create(const std::string& name, const json& state, ViewWriteFn done) {
    const json body = {{"name", name}, {"kind", "view"}, {"state", state}};
    write("POST", "/api/views", body.dump(), std::move(done));
}

void SavedViews::overwrite(const SavedView& view, const json& state, ViewWriteFn done) {
    const json body = {{"name", view.name}, {"kind", view.kind}, {"state", state}, {"revision", view.revision}};
    write("PUT", "/api/views/" + std::to_string(view.id), body.dump(), std::move(done));
}

void SavedViews::remove(const SavedView& view, ViewWriteFn done) {
    write("DELETE", "/api/views/" + std::to_string(view.id) + "?revision=" + std::to_string(view.revision), "",
          std::move(done));
}

void SavedViews::restore(long long change_id, ViewWriteFn done) {
    write("POST", "/api/changes/" + std::to_string(change_id) + "/restore", "{}", std::move(done));
}

json SavedViews::state() const {
    json list = json::array();
    for (const auto& v : views_) list.push_back({{"id", v.id}, {"name", v.name}, {"kind", v.kind}, {"revision", v.revision}});
    return {{"loaded", loaded_}, {"error", error_}, {"views", list}};
}

} // namespace swm::web
