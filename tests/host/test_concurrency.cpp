// Readers and writers at once against the real executable: every write is
// acknowledged exactly once and is there afterwards, every read is whole.
// Built with ThreadSanitizer (mk/sanitize.mk), this is the host's data race
// test.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;

namespace {

// Renames partnership `number` `rounds` times, each time based on the
// revision it read; returns the last name acknowledged.
std::string rename_repeatedly(MonitorProcess& m, int number, int rounds, std::atomic<int>& failures) {
    auto client = m.client();
    const auto headers = m.write_headers();
    const std::string path = "/api/partnerships/" + std::to_string(number);
    std::string last;
    for (int i = 0; i < rounds; ++i) {
        auto got = client.Get(path);
        if (!got || got->status != 200) {
            ++failures;
            continue;
        }
        json record = json::parse(got->body);
        const std::string name = "Verband " + std::to_string(number) + ", ronde " + std::to_string(i);
        record["name"] = name;
        auto put = client.Put(path, headers, record.dump(), "application/json");
        if (!put || put->status != 200) {
            ++failures;
            continue;
        }
        last = name;
    }
    return last;
}

} // namespace

TEST_CASE("readers and writers at once: every acknowledged write is there, every read is whole") {
    TempDir dir;
    MonitorProcess m(dir.path);
    m.credential();  // traded once here: the threads below share it
    std::atomic<bool> writing{true};
    std::atomic<int> write_failures{0}, read_failures{0}, reads{0};

    std::vector<std::thread> readers;
    for (const char* path : {"/api/partnerships?scale=MT", "/api/dataset", "/api/analysis", "/api/changes",
                             "/report", "/api/geo"}) {
        readers.emplace_back([&, path] {
            auto client = m.client();
            while (writing) {
                auto res = client.Get(path);
                if (!res || res->status != 200) ++read_failures;
                else if (res->get_header_value("Content-Type").find("json") != std::string::npos &&
                         json::parse(res->body, nullptr, false).is_discarded())
                    ++read_failures;
                ++reads;
            }
        });
    }
    const std::vector<int> numbers = {1, 2, 3, 4};
    std::vector<std::string> last(numbers.size());
    std::vector<std::thread> writers;
    for (size_t w = 0; w < numbers.size(); ++w)
        writers.emplace_back([&, w] { last[w] = rename_repeatedly(m, numbers[w], 15, write_failures); });
    // Snapshots and saved views are written by other store paths at the same time.
    writers.emplace_back([&] {
        auto client = m.client();
        for (int i = 0; i < 5; ++i) {
            auto res = client.Post("/api/snapshots", m.write_headers(),
                                   json{{"name", "Tussenstand " + std::to_string(i)}, {"peildatum", "2026-12-01"}}.dump(),
                                   "application/json");
            if (!res || res->status != 201) ++write_failures;
        }
    });
    for (auto& t : writers) t.join();
    writing = false;
    for (auto& t : readers) t.join();

    CHECK(write_failures == 0);
    CHECK(read_failures == 0);
    CHECK(reads > 0);
    auto dataset = m.client().Get("/api/dataset");
    REQUIRE(dataset);
    const json d = json::parse(dataset->body);
    for (size_t w = 0; w < numbers.size(); ++w) {
        bool found = false;
        for (const auto& p : d["partnerships"])
            if (p["number"] == numbers[w]) found = p["name"] == last[w];
        CHECK(found);
    }
    auto snapshots = m.client().Get("/api/snapshots");
    REQUIRE(snapshots);
    CHECK(json::parse(snapshots->body)["snapshots"].size() >= 5);
}
