#include "widgets.h"

#include "fonts.h"
#include "theme.h"
#include "web_platform.h"

#include "imgui_internal.h"  // ImTextCharFromUtf8

#include <algorithm>
#include <cfloat>

namespace swm::web {
namespace {

nlohmann::json g_targets = nlohmann::json::object();
nlohmann::json g_wrapped = nlohmann::json::object();

} // namespace

void target(const std::string& id) {
    if (!ImGui::IsItemVisible()) return;  // scrolled away: not clickable
    if (ImGui::IsWindowAppearing()) return;  // a popup's first frame is laid out, not yet placed
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    g_targets[id] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

void clear_targets() {
    g_targets = nlohmann::json::object();
    g_wrapped = nlohmann::json::object();
}
nlohmann::json targets_json() { return g_targets; }
nlohmann::json wrapped_fields_json() { return g_wrapped; }

void close_popup_on_escape() {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) ImGui::CloseCurrentPopup();
}

void heading(const char* text) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void subheading(const char* text) {
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().muted));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

float widest_word(const std::string& text) {
    float widest = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        widest = std::max(widest, ImGui::CalcTextSize(text.c_str() + i, text.c_str() + end).x);
        i = end + 1;
    }
    return widest;
}

namespace {

// Marks the bytes of `text` that fall inside one of the phrases.
std::vector<bool> bold_mask(const std::string& text, const std::vector<std::string>& phrases) {
    std::vector<bool> mask(text.size(), false);
    for (const auto& phrase : phrases) {
        if (phrase.empty()) continue;
        const std::size_t at = text.find(phrase);
        if (at == std::string::npos) continue;
        std::fill(mask.begin() + long(at), mask.begin() + long(at + phrase.size()), true);
    }
    return mask;
}

} // namespace

void rich_text(const std::string& text, const std::vector<std::string>& bold_phrases) {
    const std::vector<bool> mask = bold_mask(text, bold_phrases);
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    bool first = true;
    std::size_t i = 0;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.5f));
    ImGui::BeginGroup();
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        const std::size_t end = std::min(text.find(' ', i), text.size());
        const std::string word = text.substr(i, end - i);
        const bool bold = mask[i];
        ImGui::PushFont(bold ? fonts().bold : fonts().body);
        const float w = ImGui::CalcTextSize(word.c_str()).x;
        if (!first) {
            ImGui::SameLine(0, space);
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        ImGui::TextUnformatted(word.c_str());
        ImGui::PopFont();
        first = false;
        i = end;
    }
    ImGui::EndGroup();
    ImGui::PopStyleVar();
}

void error_line(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().error));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

bool begin_fields(const char* id, float label_width) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) return false;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void label_row(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", label);
    ImGui::PopFont();
    ImGui::TableNextColumn();
}

void field_row(const char* label, const std::string& value) {
    label_row(label);
    if (value.empty()) {
        ImGui::TextDisabled("–");
        return;
    }
    ImGui::TextWrapped("%s", value.c_str());
}

void end_fields() { ImGui::EndTable(); }

void begin_panel() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float pad = 16;
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + pad, ImGui::GetCursorPosY() + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - pad);
}

void end_panel() {
    const float pad = 16;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const ImVec2 min(a.x - pad, a.y - pad);
    const ImVec2 max(min.x + ImGui::GetContentRegionAvail().x - 1, b.y + pad);
    dl->AddRectFilled(min, max, palette().panel, 6);
    dl->AddRect(min, max, palette().grid, 6);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(min.x, max.y));
    ImGui::Dummy(ImVec2(0, 6));
}

namespace {

struct WrappedText {
    std::vector<std::pair<const char*, const char*>> lines;  // without the blanks they wrapped at
    float widest = 0;
};

// Breaks `text` into lines no wider than `room` in the current font, at
// spaces where it can (ImGui's own word wrap), at its newlines always.
WrappedText wrap_text(const std::string& text, float room) {
    WrappedText out;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float scale = size / font->FontSize;
    const char* s = text.c_str();
    const char* const end = s + text.size();
    while (true) {
        const char* para_end = std::find(s, end, '\n');
        do {
            const char* eol = s < para_end ? font->CalcWordWrapPositionA(scale, s, para_end, room) : s;
            if (eol == s && s < para_end) {  // a single character wider than the room
                unsigned int c = 0;
                eol = s + ImTextCharFromUtf8(&c, s, para_end);
            }
            const char* shown = eol;
            while (shown > s && (shown[-1] == ' ' || shown[-1] == '\t')) --shown;
            out.lines.emplace_back(s, shown);
            out.widest = std::max(out.widest, font->CalcTextSizeA(size, FLT_MAX, 0, s, shown).x);
            s = eol;
            while (s < para_end && (*s == ' ' || *s == '\t')) ++s;
        } while (s < para_end);
        if (para_end == end) break;
        s = para_end + 1;
    }
    return out;
}

} // namespace

bool wrapped_text_field(const std::string& id, std::string& value, int min_lines) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float width = ImGui::CalcItemWidth();
    const float room = std::max(1.0f, width - st.FramePadding.x * 2);
    const float line = ImGui::GetFontSize();
    const WrappedText text = wrap_text(value, room);
    // While it is edited, a line to spare: the text area does not scroll at
    // once when a line is added.
    const bool editing = text_overlay_id() == id;
    const int lines = std::max(min_lines, int(text.lines.size()) + (editing ? 1 : 0));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, line * float(lines) + st.FramePadding.y * 2);
    const ImVec2 p1(p0.x + size.x, p0.y + size.y);
    ImGui::PushID(id.c_str());
    const bool clicked = ImGui::InvisibleButton("##wrapped", size);
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    target(id);
    g_wrapped[id] = {{"room", room}, {"widest", text.widest}, {"lines", text.lines.size()}};

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, p1, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), st.FrameRounding);
    if (st.FrameBorderSize > 0)
        dl->AddRect(p0, p1, ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding, 0, st.FrameBorderSize);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    if (clicked && !editing) open_text_overlay(id, value);
    if (text_overlay_id() == id) {
        const ImVec2 c0 = dl->GetClipRectMin();
        const ImVec2 c1 = dl->GetClipRectMax();
        return place_text_overlay({p0.x, p0.y, p1.x, p1.y}, {c0.x, c0.y, c1.x, c1.y}, value);
    }
    float y = p0.y + st.FramePadding.y;
    for (const auto& [a, b] : text.lines) {
        dl->AddText(ImGui::GetFont(), line, ImVec2(p0.x + st.FramePadding.x, y), ImGui::GetColorU32(ImGuiCol_Text), a, b);
        y += line;
    }
    return false;
}

bool primary_button(const char* label) {
    const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(palette().accent);
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(accent.x * 0.85f, accent.y * 0.85f, accent.z * 0.85f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(accent.x * 0.7f, accent.y * 0.7f, accent.z * 0.7f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool clicked = ImGui::Button(label);
    ImGui::PopStyleColor(4);
    return clicked;
}

bool link_button(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, ImGui::GetStyle().FramePadding.y));
    const bool clicked = ImGui::Button(text.c_str());
    if (ImGui::IsItemHovered()) {
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + 2, b.y - 3), ImVec2(b.x - 2, b.y - 3), palette().accent);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    return clicked;
}

bool multi_choice(const char* id, const char* title, const std::vector<std::string>& labels, std::vector<bool>& checked) {
    std::string preview;
    int count = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!checked[i]) continue;
        if (count++) preview += ", ";
        preview += labels[i];
    }
    if (count == 0) preview = t("ui.filter.all");
    const std::string button = std::string(title) + ": " + preview;
    ImGui::PushID(id);
    bool changed = false;
    ImGui::SetNextItemWidth(ImGui::CalcItemWidth());
    if (count > 0) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    const bool open = ImGui::BeginCombo("##choice", button.c_str(), ImGuiComboFlags_HeightLarge);
    if (count > 0) ImGui::PopStyleColor();
    target(std::string("filter.") + id);
    if (open) {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            bool on = checked[i];
            if (ImGui::Checkbox(labels[i].c_str(), &on)) {
                checked[i] = on;
                changed = true;
            }
            target(std::string("filter.") + id + "." + std::to_string(i));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return changed;
}

bool single_choice(const char* id, const std::vector<std::string>& labels, int& index) {
    const char* preview = index >= 0 && index < int(labels.size()) ? labels[std::size_t(index)].c_str() : "";
    bool changed = false;
    if (ImGui::BeginCombo(id, preview, ImGuiComboFlags_HeightLarge)) {
        for (int i = 0; i < int(labels.size()); ++i) {
            if (ImGui::Selectable(labels[std::size_t(i)].c_str(), i == index)) {
                index = i;
                changed = true;
            }
            target(std::string("choice.") + (id[0] == '#' && id[1] == '#' ? id + 2 : id) + "." + std::to_string(i));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    return changed;
}

} // namespace swm::web
