#include "app.h"

#include "api_client.h"
#include "fonts.h"
#include "web_platform.h"

#include "core/i18n.h"
#include "imgui.h"

namespace swm::web {

App& app() {
    static App a;
    return a;
}

namespace {

// Parses a response body, recording a readable error when the host failed.
bool accept(App& a, int status, const std::string& body, nlohmann::json& into) {
    ++a.requests_done;
    if (status < 200 || status >= 300) {
        a.load_error = status == 0 ? "De monitor-server is niet bereikbaar." : "Fout " + std::to_string(status) + " van de server.";
        return false;
    }
    into = nlohmann::json::parse(body, nullptr, false);
    if (into.is_discarded()) {
        a.load_error = "Het antwoord van de server is geen geldige JSON.";
        return false;
    }
    return true;
}

} // namespace

void App::start() {
    api_get("/api/version", [this](int status, const std::string& body) { accept(*this, status, body, version); });
    api_get("/api/partnerships", [this](int status, const std::string& body) {
        nlohmann::json j;
        if (accept(*this, status, body, j)) partnerships = j.value("partnerships", nlohmann::json::array());
    });
}

bool App::frame() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(tr("app.title", Lang::nl));
    ImGui::PopFont();
    if (version.is_object()) ImGui::TextDisabled("versie %s", version.value("version", "?").c_str());
    ImGui::Separator();
    if (!load_error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", load_error.c_str());
    ImGui::Text("%d samenwerkingsverbanden", int(partnerships.size()));
    if (ImGui::BeginTable("register", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupColumn("Nr.", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Schaal", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Naam");
        ImGui::TableHeadersRow();
        for (const auto& p : partnerships) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.value("number", 0));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.contains("scale") && p["scale"].is_string() ? p["scale"].get_ref<const std::string&>().c_str() : "–");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.value("name", "").c_str());
        }
        ImGui::EndTable();
    }
    ImGui::End();
    return api_pending() > 0;
}

nlohmann::json App::state() const {
    return {
        {"frames", frames_drawn()},
        {"requests_done", requests_done},
        {"requests_pending", api_pending()},
        {"version", version},
        {"partnerships_loaded", partnerships.size()},
        {"load_error", load_error},
    };
}

} // namespace swm::web
