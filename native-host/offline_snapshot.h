// The offline snapshot: ONE HTML file with the UI and the data inside, to
// hand to council members and neighbouring municipalities. It opens from
// file:// with no host and no network. The UI is unchanged: the page's fetch
// bridge (assets/shell.html) answers the UI's GET requests from the embedded
// responses and refuses writes, so the same code reads the same JSON.
#pragma once
#include "native-host/store.h"

#include <string>

namespace swm {

class CalendarStore;

class GeoStore;

// The page for `store` (and the active map of `geo`, the council calendar of
// `calendar` for last, this and next year), made at `made_at` (UTC, ISO 8601).
std::string make_offline_snapshot(Store& store, GeoStore& geo, CalendarStore& calendar, const std::string& made_at);

} // namespace swm
