// The band under the top bar of an offline snapshot (native-host/
// offline_snapshot.cpp): when it was made and that nothing can be changed,
// so nobody mistakes a copy for the live register.
#pragma once
#include <string>

namespace swm::web {

struct AppState;

// What the band says, with the time on the reader's clock; empty when this
// is not a snapshot.
std::string snapshot_banner_text(const AppState& state);
void draw_snapshot_banner(const AppState& state);

} // namespace swm::web
