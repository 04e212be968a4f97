// The band at the top of every screen: the title, the navigation between the
// views, the register's peildatum, whether changes are saved, and the
// language and contrast switches.
#pragma once

namespace swm::web {

class App;
struct AppState;

void draw_top_bar(App& app, AppState& state);

} // namespace swm::web
