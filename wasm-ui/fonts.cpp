#include "fonts.h"

extern const unsigned char font_regular[];
extern const unsigned long long font_regular_size;
extern const unsigned char font_semibold[];
extern const unsigned long long font_semibold_size;

namespace swm::web {
namespace {

FontSet g_fonts;

// Latin with the Dutch diacritics (ë, é, ï, ĳ), typographic quotes and dashes,
// the euro sign, arrows and triangles used for sorting and navigation.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
    0x20AC, 0x20AC, 0x2190, 0x2193, 0x25B2, 0x25BC, 0,
};

ImFont* add(const unsigned char* data, unsigned long long size, float pixels) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in the executable's data
    // Rasterised at physical pixels and snapped to them, glyphs need no
    // horizontal oversampling to stay sharp; without it the atlas is built
    // in about four fifths of the time, which the first frame waits for.
    cfg.OversampleH = 1;
    cfg.PixelSnapH = true;
    cfg.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), int(size), pixels, &cfg,
                                                      kGlyphRanges);
}

} // namespace

void build_fonts(float pixel_ratio, float ui_scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterise at physical pixels and scale back: the glyphs then map 1:1 to
    // the screen at any devicePixelRatio.
    const float k = pixel_ratio * ui_scale;
    g_fonts.body = add(font_regular, font_regular_size, 17.0f * k);
    g_fonts.bold = add(font_semibold, font_semibold_size, 17.0f * k);
    g_fonts.title = add(font_semibold, font_semibold_size, 24.0f * k);
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.FontDefault = g_fonts.body;
    io.Fonts->Build();
}

const FontSet& fonts() { return g_fonts; }

} // namespace swm::web
