// "Over deze gegevens": what the data says about itself, in one place: the
// source and peildatum, the choices made in transcribing the 2014 overview
// (the dataset's notes: why these Achterhoek names, which rows were
// classified so the legal form tally comes out), the notes on
// organisations and on the strategy. Reached from the register and the
// data screen; choices on one partnership stay with that partnership.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm::web {

class App;
struct AppState;

class AboutView {
public:
    void draw(App& app, const AppState& state);
    nlohmann::json state() const;

private:
    // What the last frame drew, for tests: the notes as texts.
    std::vector<std::string> dataset_notes_, organisation_notes_, strategy_notes_;
};

// The strategy's source, colofon and transcription notes, as the strategy
// screen ends with them and this screen shows them; returns the notes drawn.
std::vector<std::string> draw_strategy_about(const AppState& state);

} // namespace swm::web
