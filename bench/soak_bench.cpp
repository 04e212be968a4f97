// The soak benchmark (make bench-soak): SOAK_KILLS (default 1,000) rounds of
// tests/host/kill_rounds.h against the real executable. Each round writes
// from five connections, is killed with SIGKILL at a random moment, restarts
// and checks every write acknowledged so far in its data folder (a fresh
// folder every 50 kills keeps the register at a realistic size). Prints how
// many acknowledged writes were lost (the answer must be 0) and the time.
#include "tests/host/kill_rounds.h"
#include "tests/host/monitor_process.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

TEST_CASE("soak: SIGKILL during writes, 1,000 times") {
    const char* env = std::getenv("SOAK_KILLS");
    const int kills = env ? std::atoi(env) : 1000;
    constexpr int kKillsPerFolder = 50;
    std::mt19937 rng(std::random_device{}());
    long acknowledged = 0, in_flight = 0, lost = 0, unsound = 0;
    std::vector<double> round_ms;
    const auto start = std::chrono::steady_clock::now();
    std::unique_ptr<swm::test::TempDir> dir;
    swm::test::AckedWrites acked;
    for (int k = 0; k < kills; ++k) {
        if (k % kKillsPerFolder == 0) {
            dir = std::make_unique<swm::test::TempDir>();
            acked = {};
        }
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = swm::test::kill_during_writes(dir->path, std::uniform_int_distribution<int>(5, 300)(rng), acked);
        round_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        acknowledged += r.acknowledged;
        in_flight += r.in_flight;
        lost += r.lost;
        if (r.integrity != "ok") {
            ++unsound;
            std::printf("kill %d: integrity_check: %s\n", k + 1, r.integrity.c_str());
        }
        if ((k + 1) % 100 == 0) {
            std::printf("%d kills: %ld acknowledged writes, %ld lost\n", k + 1, acknowledged, lost);
            std::fflush(stdout);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::sort(round_ms.begin(), round_ms.end());
    std::printf("soak: %d kills in %.0f s (median round %.0f ms); %ld writes acknowledged, %ld in flight at the kills; "
                "LOST ACKNOWLEDGED WRITES: %ld; integrity_check not ok: %ld\n",
                kills, seconds, round_ms.empty() ? 0.0 : round_ms[round_ms.size() / 2], acknowledged, in_flight, lost, unsound);
    CHECK(lost == 0);
    CHECK(unsound == 0);
}
