#include "map_slot.h"

#include "map_view.h"
#include "web_platform.h"

#include <nlohmann/json.hpp>

namespace swm::web {

void install_map_view(App& app) {
    static MapView view;
    app.map.draw = [&app](AppState& s) {
        const MapEvents ev =
            view.draw({s.dataset, s.filter, s.selected.value_or(0), s.lang, ui_scale(), s.presenting, s.can_edit()});
        if (ev.select_partnership) {
            if (*ev.select_partnership) s.selected = *ev.select_partnership;
            else s.selected.reset();
        }
        if (ev.open_partnership) app.open_detail(*ev.open_partnership);
        if (ev.redraw) request_redraw();
    };
    app.map.state = [] { return view.state(); };
    app.map.view = [] { return view.view(); };
    app.map.apply = [](const MapViewState& map) { view.apply_view(map); };
}

} // namespace swm::web
