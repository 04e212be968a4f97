// The UI adds its own fonts (fonts.cpp) before ImGui builds the atlas, so
// ImGui's built-in ProggyClean font (12 KB of base85 text and its
// decompressor) is never used. The link wraps ImFontAtlas::AddFontDefault
// with this function (wasm-ui/CMakeLists.txt), so the original and its font
// data are left out of the wasm.
#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    IM_ASSERT(false && "the UI has no default font: build_fonts() adds its own");
    return nullptr;
}
