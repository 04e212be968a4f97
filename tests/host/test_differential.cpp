// One differential test over generated registers: whatever path a record
// takes in and out of the real executable (import through the API and the
// command line, JSON and CSV; GET one, the list, the dataset, both exports, a
// dated snapshot and its comparison, the offline snapshot, the report), it
// comes back as it went in; and an edit through the API shows on all of
// them at once.
#include "dataset_generator.h"
#include "monitor_process.h"

#include "native-host/report_html.h"

#include "core/json_codec.h"
#include "core/register_csv.h"
#include "core/verbonden_partij_codec.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;

namespace differential {

// 50 in the normal build; the ASan build (mk/sanitize.mk) sets fewer, since
// every path is taken by each dataset and it runs several times slower.
int dataset_count() {
    const char* n = std::getenv("SWM_DIFFERENTIAL_DATASETS");
    return n && std::atoi(n) > 0 ? std::atoi(n) : 50;
}

std::string fetch(MonitorProcess& m, const std::string& path) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->status << " " << res->body.substr(0, 300));
    REQUIRE(res->status == 200);
    return res->body;
}

swm::Dataset dataset_of(const json& j) {
    swm::Decoded<swm::Dataset> d = swm::decode_dataset(j);
    INFO((d.ok() ? "" : d.errors.front().describe(swm::Lang::en)));
    REQUIRE(d.ok());
    return d.value;
}

swm::Partnership partnership_of(const json& j) {
    swm::Decoded<swm::Partnership> p = swm::decode_partnership(j);
    INFO((p.ok() ? "" : p.errors.front().describe(swm::Lang::en)));
    REQUIRE(p.ok());
    return p.value;
}

// CSV carries no revision: a record read back from it starts at 1.
std::vector<swm::Partnership> without_revisions(std::vector<swm::Partnership> list) {
    for (auto& p : list) p.revision = 1;
    return list;
}

json embedded(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"swm-snapshot\">";
    const size_t at = html.find(open);
    REQUIRE(at != std::string::npos);
    const size_t end = html.find("</script>", at + open.size());
    return json::parse(html.substr(at + open.size(), end - at - open.size()));
}

// Every read path gives back `d`; `csv_d` is what CSV keeps of it.
void check_every_path(MonitorProcess& m, const swm::Dataset& d) {
    CHECK(dataset_of(json::parse(fetch(m, "/api/dataset"))) == d);
    CHECK(dataset_of(json::parse(fetch(m, "/api/export?format=json"))) == d);
    const json list = json::parse(fetch(m, "/api/partnerships"));
    REQUIRE(list["partnerships"].size() == d.partnerships.size());
    for (size_t i = 0; i < d.partnerships.size(); ++i) {
        CHECK(partnership_of(list["partnerships"][i]) == d.partnerships[i]);
        CHECK(partnership_of(json::parse(fetch(m, "/api/partnerships/" + std::to_string(d.partnerships[i].number)))) ==
              d.partnerships[i]);
    }
    const swm::CsvImport csv = swm::decode_register_csv(fetch(m, "/api/export?format=csv"), d);
    INFO((csv.ok() ? "" : csv.errors.front().error.describe(swm::Lang::en)));
    REQUIRE(csv.ok());
    CHECK(csv.partnerships == without_revisions(d.partnerships));
    const json offline = embedded(fetch(m, "/snapshot"));
    // Without the contacts of verbonden partijen: personal data stay home.
    CHECK(dataset_of(offline["responses"]["/api/dataset"]) == swm::without_personal_data(d));
    const std::string report = fetch(m, "/report");
    for (const auto& p : d.partnerships) CHECK(report.find(swm::report::escape(p.name)) != std::string::npos);
}

httplib::Result post(MonitorProcess& m, const std::string& path, const std::string& body, const char* type) {
    return m.client().Post(path, m.write_headers(), body, type);
}


TEST_CASE("differential: every path gives back what went in, over generated registers", "[differential]") {
    int records = 0;
    const int datasets = dataset_count();
    for (uint32_t seed = 1; seed <= uint32_t(datasets); ++seed) {
        INFO("seed " << seed);
        swm::test::DatasetGenerator gen(seed);
        const swm::Dataset d = gen.next();
        const swm::ValidationErrors problems = swm::validate_dataset(d);
        if (!problems.empty()) FAIL_CHECK(problems.front().field << ": " << problems.front().describe(swm::Lang::en));
        REQUIRE(problems.empty());
        records += int(d.partnerships.size() + d.organisations.size());
        TempDir dir;
        const std::string text = swm::encode_dataset(d).dump();
        if (seed % 10 == 0) {
            // The command line's import, before the monitor starts.
            const std::string file = dir.path + "/in.json";
            std::ofstream(file, std::ios::binary) << text;
            auto r = swm::test::run_exe({"import", "--data-dir", dir.path, file});
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            auto out = swm::test::run_exe({"export", "--data-dir", dir.path});
            CHECK(dataset_of(json::parse(out.out)) == d);
        }
        MonitorProcess m(dir.path);
        if (seed % 10 != 0) {
            auto res = post(m, "/api/import", text, "application/json");
            REQUIRE(res);
            INFO(res->body.substr(0, 400));
            REQUIRE(res->status == 200);
        }
        check_every_path(m, d);

        // A dated snapshot of it compares equal to now.
        auto snap = post(m, "/api/snapshots", json{{"name", "gegenereerd"}, {"peildatum", "2026-12-01"}}.dump(), "application/json");
        REQUIRE(snap);
        REQUIRE(snap->status == 201);
        const int64_t id = json::parse(snap->body)["id"];
        const json same = json::parse(fetch(m, "/api/snapshots/" + std::to_string(id) + "/compare?with=now"));
        CHECK(same["added"].empty());
        CHECK(same["removed"].empty());
        CHECK(same["changed"].empty());

        // An edit through the API shows everywhere at once.
        swm::Dataset edited = d;
        swm::Partnership& p = edited.partnerships[seed % edited.partnerships.size()];
        p.name = gen.edit_name();
        auto put = m.client().Put("/api/partnerships/" + std::to_string(p.number), m.write_headers(),
                                  swm::encode_partnership(p).dump(), "application/json");
        REQUIRE(put);
        INFO(put->body.substr(0, 300));
        REQUIRE(put->status == 200);
        ++p.revision;
        check_every_path(m, edited);
        const json diff = json::parse(fetch(m, "/api/snapshots/" + std::to_string(id) + "/compare?with=now"));
        REQUIRE(diff["changed"].size() == 1);
        CHECK(diff["changed"][0]["fields"][0]["field"] == "name");

        // The CSV export imported again changes no partnership.
        if (seed % 5 == 0) {
            const std::string csv = fetch(m, "/api/export?format=csv");
            auto back = post(m, "/api/import?format=csv", csv, "text/csv");
            REQUIRE(back);
            INFO(back->body.substr(0, 400));
            REQUIRE(back->status == 200);
            swm::Dataset via_csv = edited;
            via_csv.partnerships = without_revisions(edited.partnerships);
            check_every_path(m, via_csv);
        }
    }
    // What the run covered, for the note.
    WARN("differential: " << datasets << " registers, " << records << " records");
}

} // namespace differential
