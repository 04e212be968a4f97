#include "screen.h"

#include "api_client.h"
#include "app.h"
#include "fonts.h"
#include "dom_keys.h"
#include "map_slot.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include <catch2/catch.hpp>

namespace swm::test {
namespace {

constexpr int kMaxSettleFrames = 200;

void append_utf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The text on screen, read back from what was drawn: every glyph quad in the
// draw lists (ImFont::RenderText: two triangles whose corners carry the
// glyph's atlas coordinates) inside its command's clip rectangle, in drawing
// order. ImGui places glyphs on a pen without kerning, so a gap between one
// glyph's advance and the next one's start is a space, and a pen that moves
// back or down starts a new line.
std::string drawn_text() {
    std::map<std::pair<float, float>, std::pair<const ImFontGlyph*, float>> glyphs;  // (U0, V0) -> glyph, its font's size
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs[{g.U0, g.V0}] = {&g, font->FontSize};
    std::string out;
    bool first = true;
    float pen_end = 0, line_top = 0, line_height = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            for (unsigned k = 0; k + 3 <= cmd.ElemCount;) {
                const ImDrawIdx v = idx[k];
                const bool quad = k + 6 <= cmd.ElemCount && idx[k + 1] == v + 1 && idx[k + 2] == v + 2 && idx[k + 3] == v &&
                                  idx[k + 4] == v + 2 && idx[k + 5] == v + 3;
                if (!quad) {
                    k += 3;
                    continue;
                }
                k += 6;
                const ImDrawVert* q = list->VtxBuffer.Data + v;
                const auto it = glyphs.find({q[0].uv.x, q[0].uv.y});
                if (it == glyphs.end()) continue;
                const ImFontGlyph& g = *it->second.first;
                if (q[2].uv.x != g.U1 || q[2].uv.y != g.V1 || (q[0].col >> IM_COL32_A_SHIFT) == 0) continue;
                const float cx = (q[0].pos.x + q[2].pos.x) / 2, cy = (q[0].pos.y + q[2].pos.y) / 2;
                if (cx < cmd.ClipRect.x || cx > cmd.ClipRect.z || cy < cmd.ClipRect.y || cy > cmd.ClipRect.w) continue;
                const float scale = (q[2].pos.y - q[0].pos.y) / (g.Y1 - g.Y0);
                const float pen = q[0].pos.x - g.X0 * scale, top = q[0].pos.y - g.Y0 * scale;
                const float height = it->second.second * scale;
                if (!first) {
                    const bool same_line = std::abs(top - line_top) < 0.5f * std::max(height, line_height);
                    if (!same_line || pen < pen_end - 1) out += '\n';
                    else if (pen > pen_end + 0.1f * height) out += ' ';
                }
                append_utf8(out, g.Codepoint);
                first = false;
                pen_end = pen + g.AdvanceX * scale;
                line_top = top;
                line_height = height;
            }
        }
    }
    return out;
}

} // namespace

Screen::Screen(FakeHost& host, float width, float height) : host_(host) {
    browser().host = [this](const HttpRequest& r) { return host_.answer(r); };
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    swm::web::map_dom_keys();
    web::build_fonts(1.0f, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // no renderer takes it; ImGui only needs it built
    web::install_map_view(web::app());
    web::app().start();
    settle();
}

void Screen::frame() {
    browser().answer_requests();
    ImGui::NewFrame();
    web::app().frame();
    ImGui::Render();
    browser().frame_done();
    text_ = drawn_text();
    ++browser().frames;
}

void Screen::settle() {
    // ImGui settles hover and layout (a popup's size, the legend's) within a
    // few frames of the last change.
    int quiet = 0;
    for (int i = 0; i < kMaxSettleFrames && quiet < 4; ++i) {
        frame();
        quiet = browser().waiting.empty() && web::api_pending() == 0 ? quiet + 1 : 0;
    }
}

std::string Screen::words() const {
    std::string out = text_;
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

nlohmann::json Screen::state() const { return web::app().state(); }

void Screen::click(const std::string& target) {
    const nlohmann::json targets = state()["targets"];
    INFO("widget " << target << " on screen");
    REQUIRE(targets.contains(target));
    const auto& r = targets[target];
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(r[0].get<float>() + r[2].get<float>() / 2, r[1].get<float>() + r[3].get<float>() / 2);
    frame();  // hovered first, as a hand would
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    settle();
}

void Screen::key(int dom_code, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[dom_code] = true;
    frame();
    io.KeysDown[dom_code] = false;
    io.KeyCtrl = false;
    frame();
}

void Screen::type_into(const std::string& target, const std::string& text) {
    click(target);
    REQUIRE(ImGui::GetIO().WantTextInput);
    key(65, true);  // Ctrl+A
    key(8);         // Backspace
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    settle();
}

void Screen::scroll(float x, float y, float notches) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    frame();
    io.MouseWheel = -notches;
    frame();
    settle();
}

} // namespace swm::test
