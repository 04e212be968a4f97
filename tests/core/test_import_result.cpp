// The answer of an import as the UI reads it: what the host writes comes
// back the same, and an answer without its backup is no answer the UI trusts.
#include "core/import_result.h"
#include "core/register_import.h"
#include "core/json_codec.h"

#include <catch2/catch.hpp>

using namespace swm;

TEST_CASE("an import's answer names the backup and survives its codec") {
    const std::string backup = "/home/beleid/.local/share/samenwerkingsmonitor/backups/monitor-20261202-044013.sqlite";
    const Decoded<ImportResult> back = decode_import_result(encode_import_answer(33, backup));
    REQUIRE(back.ok());
    CHECK(back.value.imported == 33);
    CHECK(back.value.backup == backup);

    const Decoded<ImportResult> missing = decode_import_result(nlohmann::json{{"imported", 33}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors[0].field == "backup");
}

TEST_CASE("a snapshot request written by the UI is what the host decodes") {
    const SnapshotRequest sent{"begroting 2027", "2026-10"};
    const Decoded<SnapshotRequest> back = decode_snapshot_request(encode_snapshot_request(sent));
    REQUIRE(back.ok());
    CHECK(back.value.name == "begroting 2027");
    CHECK(back.value.peildatum == "2026-10");
}
