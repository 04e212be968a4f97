// The strategy "Samenwerken met gemeenten": the ten goals and ten
// principles with their key phrases, the four task layers with definition,
// successes (linked to their register entries), opportunities and motives,
// and the register's partnerships placed on the pragmatic-to-principled
// scale by task layer.
#pragma once
#include <nlohmann/json.hpp>

namespace swm::web {

class App;
struct AppState;

class StrategyView {
public:
    void draw(App& app, AppState& state);
    nlohmann::json state(const AppState& state) const;
};

} // namespace swm::web
