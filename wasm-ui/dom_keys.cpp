#include "dom_keys.h"

#include "imgui.h"

namespace swm::web {

void map_dom_keys() {
    ImGuiIO& io = ImGui::GetIO();
    const struct { ImGuiKey key; int dom; } keys[] = {
        {ImGuiKey_Tab, 9}, {ImGuiKey_LeftArrow, 37}, {ImGuiKey_RightArrow, 39}, {ImGuiKey_UpArrow, 38},
        {ImGuiKey_DownArrow, 40}, {ImGuiKey_PageUp, 33}, {ImGuiKey_PageDown, 34}, {ImGuiKey_Home, 36},
        {ImGuiKey_End, 35}, {ImGuiKey_Insert, 45}, {ImGuiKey_Delete, 46}, {ImGuiKey_Backspace, 8},
        {ImGuiKey_Space, 32}, {ImGuiKey_Enter, 13}, {ImGuiKey_Escape, 27}, {ImGuiKey_KeyPadEnter, 13},
        {ImGuiKey_A, 65}, {ImGuiKey_C, 67}, {ImGuiKey_V, 86}, {ImGuiKey_X, 88}, {ImGuiKey_Y, 89}, {ImGuiKey_Z, 90},
    };
    for (const auto& k : keys) io.KeyMap[k.key] = k.dom;
}

} // namespace swm::web
