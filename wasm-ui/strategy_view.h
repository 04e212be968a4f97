// The strategy "Samenwerken met gemeenten": the ten goals and ten
// principles with their key phrases, the four task layers with definition,
// successes (linked to their register entries), opportunities and motives,
// and the register's partnerships placed on the pragmatic-to-principled
// scale by task layer; why an item is linked to a register entry (or not),
// and at the end what the strategy's transcription says about itself.
#pragma once
#include <nlohmann/json.hpp>

namespace swm::web {

class App;
struct AppState;

class StrategyView {
public:
    void draw(App& app, AppState& state);
    nlohmann::json state(const AppState& state) const;

private:
    std::size_t notes_drawn_ = 0;  // transcription notes on screen in the last frame
};

} // namespace swm::web
