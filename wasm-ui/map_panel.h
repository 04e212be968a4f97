// The map's side panel and its legend: how the map is coloured, the legend
// (in the panel when there is no room for it beside the map), the selected
// partnership and municipality with the latter's partnerships, and where the
// boundaries come from, with the import of official ones.
#pragma once
#include "map_canvas.h"
#include "map_load.h"
#include "map_model.h"
#include "map_view.h"

namespace swm::web {

void map_panel(const MapInput& in, const MapModel& model, MapChoices& choices, MapCanvas& canvas, MapLoad& load,
               MapEvents& ev);

// The legend's contents, in the panel or in the box on the canvas; its
// check boxes turn scales on and off.
void map_legend(const MapInput& in, const MapModel& model, MapChoices& choices);

} // namespace swm::web
