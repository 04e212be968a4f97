#include "saved_views.h"

#include "api_client.h"
#include "data_source.h"
#include "ui_text.h"

#include "core/api_error.h"
#include "core/json_codec.h"
#include "core/text.h"

namespace swm::web {
namespace {

using nlohmann::json;


ViewWrite to_write(int status, const std::string& body) {
    ViewWrite out;
    out.status = status;
    Loaded<json> r = read_response(status, body);
    out.error = r.error;
    if (const auto answer = decode_write_answer("view", r.value)) {
        Decoded<SavedView> v = decode_saved_view(answer->record);
        if (v.ok()) out.view = std::move(v.value);
        out.change_id = answer->change_id;
    }
    if (r.ok()) return out;
    for (const auto& p : decode_error_body(r.value, ui_lang()).problems) out.problems.push_back(p.field + ": " + p.message);
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
            Decoded<std::vector<SavedView>> list = decode_saved_view_list(r.value);
            if (list.ok()) {
                views_ = std::move(list.value);
                loaded_ = true;
            } else {
                error_ = fill(t("ui.error.bad_response"), {std::to_string(status)});
            }
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
        if (v.kind == SavedViewKind::deck) return &v;
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
    SavedView v;
    v.name = name;
    v.state = state;
    write("POST", "/api/views", encode_saved_view(v).dump(), std::move(done));
}

void SavedViews::overwrite(const SavedView& view, const json& state, ViewWriteFn done) {
    SavedView changed = view;
    changed.state = state;
    const json body = encode_saved_view(changed);
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
    for (const auto& v : views_) {
        json entry = encode_saved_view(v);
        entry.erase("state");  // tests read names and ids; the states are long
        list.push_back(std::move(entry));
    }
    return {{"loaded", loaded_}, {"error", error_}, {"views", list}};
}

} // namespace swm::web
