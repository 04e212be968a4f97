// The band under the top bar of an offline snapshot (native-host/
// offline_snapshot.cpp): when it was made and that nothing can be changed,
// so nobody mistakes a copy for the live register.
#pragma once

namespace swm::web {

struct AppState;

void draw_snapshot_banner(const AppState& state);

} // namespace swm::web
