// The strategy "Samenwerken met gemeenten": what Hof van Twente seeks (ten
// goals), offers (ten principles) and sees (developments), the four task
// layers with their successes, opportunities and motives, and the
// pragmatic-to-principled scale. Content is data (assets/data/strategy.json);
// this is its shape.
#pragma once
#include "core/motive.h"
#include "core/task_layer.h"

#include <optional>
#include <string>
#include <vector>

namespace swm {

// A heading with one emphasised word, as the source sets "Hof van Twente
// *zoekt* samenwerking met gemeenten".
struct Heading {
    std::string text;
    std::string emphasis;  // a word of `text`, may be empty

    friend bool operator==(const Heading& a, const Heading& b) { return a.text == b.text && a.emphasis == b.emphasis; }
};

// A numbered goal or principle. The source marks key phrases in bold; they
// are kept apart (each occurs verbatim in `text`) so the UI can highlight
// them and lists can show just the phrases.
struct Statement {
    int number = 0;
    std::string text;
    std::vector<std::string> key_phrases;

    friend bool operator==(const Statement& a, const Statement& b) {
        return a.number == b.number && a.text == b.text && a.key_phrases == b.key_phrases;
    }
};

// A success or opportunity of a layer, linked to the register rows it refers
// to where the register has them, with why it is linked (or why not).
struct LayerItem {
    std::string text;
    std::vector<int> partnerships;
    std::string link_reason;

    friend bool operator==(const LayerItem& a, const LayerItem& b) {
        return a.text == b.text && a.partnerships == b.partnerships && a.link_reason == b.link_reason;
    }
};

struct LayerMotive {
    std::string text;
    std::optional<Motive> motive;  // the register category it corresponds to

    friend bool operator==(const LayerMotive& a, const LayerMotive& b) {
        return a.text == b.text && a.motive == b.motive;
    }
};

struct LayerDescription {
    TaskLayer layer = TaskLayer::bedrijfsvoering;
    std::string definition;
    std::string example;  // the source's "(bijv. ...)"
    std::vector<LayerItem> successes;
    std::vector<LayerItem> opportunities;
    std::vector<LayerMotive> motives;

    friend bool operator==(const LayerDescription& a, const LayerDescription& b) {
        return a.layer == b.layer && a.definition == b.definition && a.example == b.example &&
               a.successes == b.successes && a.opportunities == b.opportunities && a.motives == b.motives;
    }
};

// The scale from pragmatic (bedrijfsvoering) to principled (strategie), with
// democratic legitimacy as what grows along it.
struct ApproachScale {
    std::string pragmatic_title;
    std::string pragmatic_text;
    std::string axis;
    std::string principled_title;
    std::string principled_text;

    friend bool operator==(const ApproachScale& a, const ApproachScale& b) {
        return a.pragmatic_title == b.pragmatic_title && a.pragmatic_text == b.pragmatic_text && a.axis == b.axis &&
               a.principled_title == b.principled_title && a.principled_text == b.principled_text;
    }
};

// A development in the surroundings: Regio Twente, SSNT (with its 4 K's as
// points), Provincie Overijssel (with its three solutions), Rijk.
struct Development {
    std::string key;  // stable slug: "regio_twente", "ssnt", ...
    std::string title;
    std::string text;
    std::vector<std::string> points;

    friend bool operator==(const Development& a, const Development& b) {
        return a.key == b.key && a.title == b.title && a.text == b.text && a.points == b.points;
    }
};

struct Strategy {
    std::string title;
    std::string subtitle;
    Heading tagline;
    std::string source;
    Heading goals_heading;
    std::vector<Statement> goals;
    Heading principles_heading;
    std::vector<Statement> principles;
    std::vector<LayerDescription> layers;
    ApproachScale approach;
    Heading developments_heading;
    std::vector<Development> developments;
    std::vector<std::string> colofon;  // lines as printed
    std::vector<std::string> notes;    // choices made in transcribing the source

    const LayerDescription* layer(TaskLayer layer) const;

    friend bool operator==(const Strategy& a, const Strategy& b);
    friend bool operator!=(const Strategy& a, const Strategy& b) { return !(a == b); }
};

} // namespace swm
