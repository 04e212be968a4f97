// Plugs the map view into the app's "Kaart" slot (app.h's ViewSlot).
#pragma once
#include "app.h"

namespace swm::web {

void install_map_view(App& app);

} // namespace swm::web
