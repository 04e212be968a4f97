#include "theme.h"

#include <cstring>

namespace swm::web {
namespace {

Palette g_palette;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }

} // namespace

void apply_theme(Theme theme, float ui_scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(16, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.CellPadding = ImVec2(8, 5);
    style.ScrollbarSize = 16;
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.FrameBorderSize = 1;

    const bool hc = theme == Theme::high_contrast;
    ImVec4* c = style.Colors;
    const ImVec4 text = hc ? rgb(0, 0, 0) : rgb(0x1d, 0x26, 0x33);
    const ImVec4 accent = hc ? rgb(0x00, 0x3d, 0x99) : rgb(0x00, 0x5a, 0x9c);
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = hc ? rgb(0x33, 0x33, 0x33) : rgb(0x5c, 0x67, 0x75);
    c[ImGuiCol_WindowBg] = hc ? rgb(255, 255, 255) : rgb(0xf6, 0xf7, 0xf9);
    c[ImGuiCol_ChildBg] = hc ? rgb(255, 255, 255) : rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_PopupBg] = rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_Border] = hc ? rgb(0, 0, 0) : rgb(0xc9, 0xcf, 0xd8);
    c[ImGuiCol_FrameBg] = rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_FrameBgHovered] = hc ? rgb(0xe0, 0xe8, 0xff) : rgb(0xe8, 0xf1, 0xfa);
    c[ImGuiCol_FrameBgActive] = hc ? rgb(0xc8, 0xd8, 0xff) : rgb(0xd6, 0xe6, 0xf5);
    c[ImGuiCol_Button] = hc ? rgb(0xff, 0xff, 0xff) : rgb(0xe9, 0xed, 0xf2);
    c[ImGuiCol_ButtonHovered] = hc ? rgb(0xe0, 0xe8, 0xff) : rgb(0xd6, 0xe6, 0xf5);
    c[ImGuiCol_ButtonActive] = hc ? rgb(0xc8, 0xd8, 0xff) : rgb(0xbf, 0xd7, 0xee);
    c[ImGuiCol_Header] = hc ? rgb(0xc8, 0xd8, 0xff) : rgb(0xdc, 0xea, 0xf7);
    c[ImGuiCol_HeaderHovered] = hc ? rgb(0xe0, 0xe8, 0xff) : rgb(0xe8, 0xf1, 0xfa);
    c[ImGuiCol_HeaderActive] = hc ? rgb(0xb0, 0xc8, 0xff) : rgb(0xc6, 0xdc, 0xf2);
    c[ImGuiCol_Tab] = c[ImGuiCol_Button];
    c[ImGuiCol_TabHovered] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_TabActive] = hc ? rgb(0x00, 0x3d, 0x99) : accent;
    c[ImGuiCol_TableHeaderBg] = hc ? rgb(0xe6, 0xe6, 0xe6) : rgb(0xe9, 0xed, 0xf2);
    c[ImGuiCol_TableRowBgAlt] = hc ? rgb(0xf2, 0xf2, 0xf2) : rgb(0xf7, 0xf9, 0xfb);
    c[ImGuiCol_TableBorderLight] = hc ? rgb(0x80, 0x80, 0x80) : rgb(0xe1, 0xe5, 0xeb);
    c[ImGuiCol_TableBorderStrong] = hc ? rgb(0, 0, 0) : rgb(0xc9, 0xcf, 0xd8);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_NavHighlight] = accent;
    c[ImGuiCol_TextSelectedBg] = rgb(0x9c, 0xc4, 0xeb);
    if (hc) style.FrameBorderSize = 2;
    style.ScaleAllSizes(ui_scale);
    ImGui::GetStyle() = style;

    g_palette.accent = ImGui::ColorConvertFloat4ToU32(accent);
    g_palette.text = ImGui::ColorConvertFloat4ToU32(text);
    g_palette.muted = ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_TextDisabled]);
    g_palette.grid = ImGui::ColorConvertFloat4ToU32(hc ? rgb(0x60, 0x60, 0x60) : rgb(0xc9, 0xcf, 0xd8));
    g_palette.error = ImGui::ColorConvertFloat4ToU32(hc ? rgb(0xa0, 0x00, 0x00) : rgb(0xb4, 0x23, 0x18));
    g_palette.ok = ImGui::ColorConvertFloat4ToU32(hc ? rgb(0x00, 0x60, 0x00) : rgb(0x1e, 0x7b, 0x34));
    g_palette.inferred = ImGui::ColorConvertFloat4ToU32(hc ? rgb(0x6b, 0x3a, 0x00) : rgb(0x9a, 0x5b, 0x00));
    g_palette.background = ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_WindowBg]);
    g_palette.panel = ImGui::ColorConvertFloat4ToU32(c[ImGuiCol_ChildBg]);
}

const Palette& palette() { return g_palette; }

ImU32 scale_colour(const char* code) {
    // Okabe-Ito colours, assigned so that neighbours on the map (MT inside Tw)
    // differ in lightness as well as hue.
    struct Entry { const char* code; ImU32 colour; };
    static const Entry kColours[] = {
        {"MT", IM_COL32(0xE6, 0x9F, 0x00, 255)},   {"Tw", IM_COL32(0x00, 0x72, 0xB2, 255)},
        {"Tw+A", IM_COL32(0xCC, 0x79, 0xA7, 255)}, {"Zt", IM_COL32(0x00, 0x9E, 0x73, 255)},
        {"Wt", IM_COL32(0xD5, 0x5E, 0x00, 255)},   {"A", IM_COL32(0x56, 0xB4, 0xE9, 255)},
    };
    if (code) {
        for (const auto& e : kColours)
            if (std::strcmp(e.code, code) == 0) return e.colour;
    }
    return IM_COL32(0x99, 0x99, 0x99, 255);  // not geographically clustered
}

} // namespace swm::web
