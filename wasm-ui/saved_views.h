// The saved views and decks the host keeps (/api/views): the list as last
// fetched, and the writes on it (create, overwrite, delete, undo), each
// answering with what the UI shows: the stored record, the host's field
// messages, or a readable error.
#pragma once
#include "core/saved_view.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace swm::web {

struct ViewWrite {
    int status = 0;
    SavedView view;            // the stored, deleted or restored record
    long long change_id = 0;   // for undo
    std::vector<std::string> problems;  // 422: "field: message" in the UI language
    std::string error;         // readable; empty on success
    bool ok() const { return status >= 200 && status < 300 && error.empty(); }
};
using ViewWriteFn = std::function<void(ViewWrite)>;

class SavedViews {
public:
    // Fetches the list; `done` runs once it is there (or failed).
    void load(std::function<void()> done = {});
    bool loaded() const { return loaded_; }
    const std::string& error() const { return error_; }
    const std::vector<SavedView>& all() const { return views_; }
    const SavedView* find(long long id) const;
    const SavedView* first_deck() const;
    std::vector<long long> ids() const;

    // Each write fetches the list again when it succeeded.
    void create(const std::string& name, const nlohmann::json& state, ViewWriteFn done);
    void overwrite(const SavedView& view, const nlohmann::json& state, ViewWriteFn done);
    void remove(const SavedView& view, ViewWriteFn done);
    void restore(long long change_id, ViewWriteFn done);

    nlohmann::json state() const;

private:
    std::vector<SavedView> views_;
    bool loaded_ = false;
    std::string error_;
    std::vector<std::function<void()>> waiting_;
    bool loading_ = false;

    void write(const char* method, const std::string& path, const std::string& body, ViewWriteFn done);
};

} // namespace swm::web
