// The monitor's UI: one shared state (AppState) that every view reads and
// changes, and the App that loads data, carries out saves and deletes, and
// draws the top bar and the current view, one ImGui frame at a time.
//
// Adding a view (the map does this): write a struct with
//   void draw(AppState& state);      // draws into the content area
//   nlohmann::json state() const;    // what browser tests should see
// and plug it into App::map (a ViewSlot). "Kaart" appears in the navigation
// once the slot has a draw function. A view filters the register by
// changing state.filter and opens a partnership with App::open_detail().
#pragma once
#include "about_view.h"
#include "analysis_view.h"
#include "calendar_view.h"
#include "data_view.h"
#include "detail_view.h"
#include "edits.h"
#include "editor_prompt.h"
#include "link_sync.h"
#include "organisation_form.h"
#include "organisations_view.h"
#include "partnership_form.h"
#include "presentation.h"
#include "register_view.h"
#include "saved_views.h"
#include "saved_views_panel.h"
#include "strategy_view.h"
#include "theme.h"

#include "core/dataset.h"
#include "core/i18n.h"
#include "core/organisation_merge.h"
#include "core/partnership_filter.h"
#include "core/version_info.h"
#include "core/view_state.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace swm::web {

enum class View { register_list, detail, form, analysis, map, strategy, council, organisations, organisation_form, data, about };

enum class SaveStatus { saved, saving, failed };

struct AppState {
    // What the host gave us; `loaded` once the first dataset arrived.
    bool loaded = false;
    Dataset dataset;
    std::string load_error;
    VersionInfo version;          // GET /api/version
    bool read_only = false;       // the host refuses writes (presentation mode)

    // What the person chose.
    View view = View::register_list;
    Lang lang = Lang::nl;
    Theme theme = Theme::light;
    PartnershipFilter filter;     // the register's filter; analysis and map follow it
    std::optional<int> selected;  // partnership number shown in the detail
    std::string section;          // the part of the view a saved view points at, e.g. "legal_form"
    bool presenting = false;      // a deck is shown: controls and editing hidden

    bool can_edit() const { return !read_only && !presenting; }

    // Whether the last change reached the host.
    SaveStatus save = SaveStatus::saved;
    std::string save_error;

    // The last delete, which can be undone.
    struct Undo {
        long long change_id = 0;
        int number = 0;
        std::string name;
    };
    std::optional<Undo> undo;
};

// A view provided by another module, drawn in the content area.
struct ViewSlot {
    std::function<void(AppState&)> draw;
    std::function<nlohmann::json()> state;
    // Its part of a view state ("map" in core/view_state.h), and back.
    std::function<MapViewState()> view;
    std::function<void(const MapViewState&)> apply;
};

class App {
public:
    AppState state_;
    ViewSlot map;  // set by the map module; empty: no "Kaart" in the navigation

    void start();
    // Draws one frame; returns true while it still needs frames.
    bool frame();
    // The UI's state for tests (swm_state_json).
    nlohmann::json state() const;

    // Navigation and actions the views ask for.
    void show(View view);
    void open_detail(int number);
    void open_edit(int number);
    void open_create();
    void save(const Partnership& p, bool create);
    void remove(int number);
    void undo_remove();
    // Organisations: the form for one, for a new one (from the partner
    // picker: `for_partner`, it then joins the partnership being edited),
    // and its writes.
    void open_organisation(const std::string& id);
    void open_organisation_create(const std::string& name, bool for_partner);
    void close_organisation_form();
    void save_organisation(const Organisation& o, bool create);
    void merge_organisation(const OrganisationMerge& merge);
    // Fetches the dataset again (after writes, or when the person asks).
    void reload();
    // A snapshot was made or the register replaced: the lists of snapshots
    // are fetched again.
    void snapshots_changed();

    // What is on screen as a view state (core/view_state.h), and back;
    // defined in view_state.cpp. The JSON form is checked by core first.
    ViewState view_state() const;
    void apply_view_state(const ViewState& state);
    void apply_view_state(const nlohmann::json& state);

    SavedViews& saved_views() { return saved_views_; }
    Presentation& presentation() { return presentation_; }
    LinkSync& link() { return link_; }
    SavedViewsPanel& views_panel() { return views_panel_; }
    EditorPrompt& editor() { return editor_; }

private:
    RegisterView register_view_;
    DetailView detail_view_;
    PartnershipForm form_;
    AnalysisView analysis_view_;
    StrategyView strategy_view_;
    CalendarView calendar_view_;
    OrganisationsView organisations_view_;
    OrganisationForm organisation_form_;
    DataView data_view_;
    AboutView about_view_;
    EditorPrompt editor_;
    SavedViews saved_views_;
    Presentation presentation_;
    LinkSync link_;
    SavedViewsPanel views_panel_;
    View drawn_view_ = View::register_list;
    Theme applied_theme_ = Theme::light;
    bool theme_applied_ = false;
    float applied_scale_ = 0;
    int requests_done_ = 0;
    bool data_drawn_ = false;  // the register has been on screen (a start-up mark)
    float content_overflow_ = 0;  // how far the view runs past the content window (px); a slide must not

    void draw_content();
    void draw_undo_banner();
    bool write_done(const WriteResult& r);
};

App& app();

} // namespace swm::web
