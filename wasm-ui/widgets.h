// Small building blocks shared by the views: headings, labelled values,
// choice lists over the domain's enums, and named hit targets that browser
// tests read from swm_state_json() to click real widgets instead of guessing
// pixels.
#pragma once
#include "ui_text.h"

#include "imgui.h"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace swm::web {

// --- test targets ------------------------------------------------------------
// Records the last item's rectangle (CSS pixels) under `id` for this frame,
// if it is visible.
void target(const std::string& id);
void clear_targets();

// Escape closes the open list or panel, as in any desktop program. Call it
// last inside the popup, so a click in the same frame still counts. (ImGui
// does this only with keyboard navigation on.)
void close_popup_on_escape();
nlohmann::json targets_json();
// Per wrapped_text_field drawn this frame, by its id: the width its text may
// use ("room"), its widest line and its number of lines; tests read it to see
// that a long text wraps inside its field.
nlohmann::json wrapped_fields_json();

// --- text --------------------------------------------------------------------
void heading(const char* text);         // title font
void subheading(const char* text);      // bold body font, with space above
void muted(const std::string& text);    // secondary, wrapped
void wrapped(const std::string& text);
// The width of the text's widest word: the least room it wraps into without
// cutting a word.
float widest_word(const std::string& text);
// Wrapped text with the given phrases (each occurring verbatim in `text`) in
// the bold font, as the strategy sets its key phrases.
void rich_text(const std::string& text, const std::vector<std::string>& bold_phrases);
void error_line(const std::string& text);
// A bold label with its value wrapped beside it, inside a two-column table
// begun by begin_fields().
bool begin_fields(const char* id, float label_width);
// A row of a two-column table with `label` in bold; the caller draws the value.
void label_row(const char* label);
void field_row(const char* label, const std::string& value);
void end_fields();

// A framed white panel around what is drawn between begin and end, as tall
// as its content (ImGui 1.86 child windows cannot size to their content).
void begin_panel();
void end_panel();

// A text field whose text wraps at the field's width, also while it is
// edited: a click opens the browser's own text area over it (ImGui 1.86
// cannot wrap while editing; web_platform.h). As wide as the next item
// width, at least `min_lines` high and as tall as its text. `id` names it
// as a test target too. Returns true when the text changed.
bool wrapped_text_field(const std::string& id, std::string& value, int min_lines);

// The main action of a screen (Save), in the accent colour.
bool primary_button(const char* label);

// A button that looks like a link; returns true when clicked.
bool link_button(const std::string& text);

// --- choices -----------------------------------------------------------------
// A drop-down of check boxes; `checked` has one entry per label. Returns true
// when a box changed. The closed button reads "Title: All" or the choices.
bool multi_choice(const char* id, const char* title, const std::vector<std::string>& labels, std::vector<bool>& checked);

// A drop-down choosing exactly one of `labels`; returns true on change.
// Its choices are targets "choice.<id without ##>.<index>".
bool single_choice(const char* id, const std::vector<std::string>& labels, int& index);

template <class E>
std::vector<std::string> enum_labels() {
    std::vector<std::string> out;
    for (E v : all_values<E>()) out.push_back(label_of(v));
    return out;
}

template <class E>
bool enum_multi_choice(const char* id, const char* title, std::vector<E>& selected) {
    const auto values = all_values<E>();
    std::vector<bool> checked;
    for (E v : values) checked.push_back(std::find(selected.begin(), selected.end(), v) != selected.end());
    if (!multi_choice(id, title, enum_labels<E>(), checked)) return false;
    selected.clear();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (checked[i]) selected.push_back(values[i]);
    return true;
}

template <class E>
bool enum_choice(const char* id, E& value) {
    const auto values = all_values<E>();
    int index = int(std::find(values.begin(), values.end(), value) - values.begin());
    if (!single_choice(id, enum_labels<E>(), index)) return false;
    value = values[std::size_t(index)];
    return true;
}

} // namespace swm::web
