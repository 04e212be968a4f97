#include "import_export_panel.h"

#include "api_client.h"
#include "app.h"
#include "comparison_list.h"
#include "data_source.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/json_codec.h"
#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

// The host refuses bodies above 1 MiB (native-host/http_server.h).
constexpr double kMaxImportBytes = 1 << 20;

bool ends_with_folded(const std::string& name, const std::string& suffix) {
    const std::string folded = fold_for_search(name);
    return folded.size() >= suffix.size() && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A download button with the file it gives named under it.
void export_button(const char* label, const char* id, const std::string& path) {
    if (ImGui::Button(label)) download(path);
    target(std::string("files.") + id);
}

} // namespace

void ImportExportPanel::file_chosen(const char* name, const char* text, double size) {
    file_name_ = name ? name : "";
    preview_.reset();
    refusal_ = {};
    if (!text) {
        refusal_.message = fill(t("ui.files.too_large"), {std::to_string(int(size / 1048576.0 + 0.5))});
        step_ = Step::refused;
        return;
    }
    text_ = text;
    format_ = ends_with_folded(file_name_, ".csv") ? "csv" : "json";
    step_ = Step::previewing;
    api_request("POST", "/api/import?format=" + format_ + "&preview=1", text_, [this](int status, const std::string& body) {
        if (step_ != Step::previewing) return;
        if (status != 200) return refused(status, body);
        Loaded<nlohmann::json> r = read_response(status, body);
        Decoded<DatasetComparison> c = decode_comparison(r.value);
        if (!r.ok() || !c.ok()) return refused(status, body);
        preview_ = std::move(c.value);
        step_ = Step::preview;
    });
}

void ImportExportPanel::refused(int status, const std::string& body) {
    Loaded<nlohmann::json> r = read_response(status, body);
    refusal_ = decode_error_body(r.value, ui_lang());
    if (refusal_.message.empty()) refusal_.message = r.error.empty() ? fill(t("ui.error.bad_response"), {std::to_string(status)}) : r.error;
    step_ = Step::refused;
}

void ImportExportPanel::confirm(App& app) {
    step_ = Step::importing;
    api_request("POST", "/api/import?format=" + format_, text_, [this, &app](int status, const std::string& body) {
        if (status != 200) return refused(status, body);
        Loaded<nlohmann::json> r = read_response(status, body);
        Decoded<ImportResult> done = decode_import_result(r.value);
        if (!r.ok() || !done.ok()) return refused(status, body);
        result_ = done.value;
        text_.clear();
        step_ = Step::imported;
        app.reload();  // the register shows the imported data at once
        app.snapshots_changed();
    });
}

void ImportExportPanel::draw_export() {
    subheading(t("ui.files.export_title"));
    begin_panel();
    wrapped(t("ui.files.export_intro"));
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::Checkbox(t("ui.files.without_names"), &without_names_);
    target("files.without_names");
    const std::string for_others = without_names_ ? "&without_names=1" : "";
    export_button(t("ui.files.export_csv"), "export_csv", "/api/export?format=csv");
    ImGui::SameLine(0, 12);
    export_button(t("ui.files.export_json"), "export_json", "/api/export?format=json" + for_others);
    ImGui::SameLine(0, 12);
    export_button(t("ui.files.report"), "report", "/report");
    end_panel();
}

void ImportExportPanel::draw_import(App& app, const AppState& s) {
    subheading(t("ui.files.import_title"));
    begin_panel();
    if (!s.can_edit()) {
        muted(t("ui.files.import_read_only"));
        end_panel();
        return;
    }
    wrapped(t("ui.files.import_intro"));
    ImGui::Dummy(ImVec2(0, 4));
    const bool busy = step_ == Step::previewing || step_ == Step::importing;
    ImGui::BeginDisabled(busy);
    if (ImGui::Button(t("ui.files.choose")))
        pick_text_file(kMaxImportBytes, [this](const char* name, const char* text, double size) { file_chosen(name, text, size); });
    target("files.choose");
    ImGui::EndDisabled();
    if (!file_name_.empty()) {
        ImGui::SameLine(0, 12);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(file_name_.c_str());
    }
    switch (step_) {
    case Step::none: break;
    case Step::previewing: muted(t("ui.files.previewing")); break;
    case Step::importing: muted(t("ui.files.importing")); break;
    case Step::preview:
        ImGui::PushFont(fonts().bold);
        wrapped(preview_->empty() ? t("ui.files.preview_same") : t("ui.files.preview_intro"));
        ImGui::PopFont();
        target("files.preview");
        if (primary_button(t("ui.files.confirm"))) confirm(app);
        target("files.confirm");
        ImGui::SameLine(0, 12);
        if (ImGui::Button(t("ui.files.cancel"))) {
            step_ = Step::none;
            file_name_.clear();
            text_.clear();
            preview_.reset();
        }
        target("files.cancel");
        draw_comparison("preview", *preview_, app, false);
        break;
    case Step::refused:
        error_line(refusal_.message);
        target("files.refused");
        for (const auto& p : refusal_.problems) error_line(p.field.empty() ? p.message : p.field + ": " + p.message);
        muted(t("ui.files.nothing_changed"));
        break;
    case Step::imported:
        ImGui::PushFont(fonts().bold);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().ok));
        wrapped(fill(t("ui.files.imported"), {std::to_string(result_.imported)}));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        target("files.imported");
        wrapped(fill(t("ui.files.backup"), {result_.backup}));
        target("files.backup");
        break;
    }
    end_panel();
}

void ImportExportPanel::draw(App& app, const AppState& s) {
    heading(t("ui.files.title"));
    draw_export();
    draw_import(app, s);
}

nlohmann::json ImportExportPanel::state() const {
    static const char* steps[] = {"none", "previewing", "preview", "importing", "imported", "refused"};
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : refusal_.problems) problems.push_back({{"where", p.field}, {"message", p.message}});
    return {{"step", steps[int(step_)]},
            {"file", file_name_},
            {"format", format_},
            {"without_names", without_names_},
            {"preview", preview_ ? comparison_lines(*preview_) : nlohmann::json()},
            {"refusal", step_ == Step::refused ? nlohmann::json{{"message", refusal_.message}, {"problems", problems}} : nlohmann::json()},
            {"imported", step_ == Step::imported ? nlohmann::json(result_.imported) : nlohmann::json()},
            {"backup", step_ == Step::imported ? nlohmann::json(result_.backup) : nlohmann::json()}};
}

} // namespace swm::web
