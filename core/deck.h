// A deck: the slides of a presentation for a council session, each a title
// and the saved view it shows, in order. It is the state of a saved view of
// kind "deck" (saved_view.h); validate_deck checks that its views exist.
#pragma once
#include "core/json_codec.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace swm {

struct DeckSlide {
    std::string title;
    int64_t view_id = 0;

    friend bool operator==(const DeckSlide& a, const DeckSlide& b) { return a.title == b.title && a.view_id == b.view_id; }
};

struct Deck {
    std::vector<DeckSlide> slides;

    friend bool operator==(const Deck& a, const Deck& b) { return a.slides == b.slides; }
};

// {"slides": [{"title": text, "view_id": id}, ...]}
nlohmann::json encode_deck(const Deck& d);
Decoded<Deck> decode_deck(const nlohmann::json& j);

} // namespace swm
