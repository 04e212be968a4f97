// The register in SQLite: organisations, partnerships with their partners and
// motives, the strategy text, the history of every change and the dated
// snapshots. Records go in and out in the JSON contract of core/json_codec
// (docs/data-format.md); validating them is the caller's job (core), storing
// them whole and never losing an acknowledged one is this file's.
#pragma once
#include "native-host/sqlite_db.h"

#include "core/dataset.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace swm {

// A write based on an old revision: someone else changed the record first.
struct StaleRevision {
    int64_t current = 0;
};

// The register as stored, in both shapes callers need: the JSON contract
// and core's decoded form. Shared and immutable, so readers on other threads
// keep theirs while a write makes the next one.
struct StoredRegister {
    nlohmann::json json;
    Dataset dataset;
};

enum class WriteOutcome { ok, not_found, stale, exists };

struct WriteResult {
    WriteOutcome outcome = WriteOutcome::ok;
    nlohmann::json record;     // the stored record after the write (ok), or the current one (stale)
    int64_t change_id = 0;     // history entry of the write, for undo
};

class Store {
public:
    explicit Store(Db& db) : db_(db) {}

    bool empty();
    // Replaces everything with `dataset` (organisations, partnerships,
    // strategy, peildatum), as one transaction with one history entry.
    void replace_dataset(const nlohmann::json& data, const std::string& actor, const std::string& action);

    // The whole register, rebuilt from SQLite only after a write.
    std::shared_ptr<const StoredRegister> current();
    nlohmann::json dataset();  // current()->json, copied
    nlohmann::json partnerships();
    std::optional<nlohmann::json> partnership(int64_t number);
    nlohmann::json organisations();
    nlohmann::json strategy();
    std::string peildatum();

    WriteResult create(const nlohmann::json& partnership, const std::string& actor);
    WriteResult update(int64_t number, int64_t base_revision, const nlohmann::json& partnership, const std::string& actor);
    WriteResult remove(int64_t number, int64_t base_revision, const std::string& actor);
    // Puts back the state before change `change_id` (undo of a delete or an
    // edit); recorded as a change of its own.
    WriteResult restore(int64_t change_id, const std::string& actor);

    // Sets an organisation's "verbonden_partij" (checked by core) when what is
    // stored is still `before`; not_found, or stale with the current value.
    WriteResult update_verbonden_partij(const std::string& id, const nlohmann::json& before,
                                        const nlohmann::json& after, const std::string& actor);

    nlohmann::json history(int64_t number);
    nlohmann::json changes(int limit);

    // Saved views and decks ({id, name, kind, state, revision}); checking
    // their state is core's (saved_view.h), storing it with history is ours.
    nlohmann::json views();
    std::optional<nlohmann::json> view(int64_t id);
    WriteResult create_view(const nlohmann::json& view, const std::string& actor);
    WriteResult update_view(int64_t id, int64_t base_revision, const nlohmann::json& view, const std::string& actor);
    WriteResult remove_view(int64_t id, int64_t base_revision, const std::string& actor);
    // Whether any deck shows saved view `id` (it cannot be deleted then).
    bool view_in_deck(int64_t id);

    nlohmann::json snapshots();
    // Stores the current register under `name` and `peildatum`.
    nlohmann::json take_snapshot(const std::string& name, const std::string& peildatum, const std::string& actor);
    std::optional<nlohmann::json> snapshot_dataset(int64_t id);

private:
    nlohmann::json read_dataset();
    WriteResult restore_view(int64_t id, const std::optional<std::string>& before, const std::string& actor);
    nlohmann::json read_partnership(Stmt& row);
    void write_partnership(const nlohmann::json& p, int64_t revision);
    void delete_partnership_rows(int64_t number);
    int64_t log_change(const std::string& actor, const std::string& entity, const std::string& key,
                       const std::string& action, const nlohmann::json& before, const nlohmann::json& after);

    Db& db_;
    std::recursive_mutex mutex_;  // one connection, many server threads
    uint64_t generation_ = 0;     // bumped by every write
    uint64_t cache_generation_ = 0;
    std::shared_ptr<const StoredRegister> cache_;
};

} // namespace swm
