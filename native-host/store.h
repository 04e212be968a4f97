// The register in SQLite: organisations, partnerships, the rest of the
// dataset (peildatum, strategy, notes), the history of every change and the
// dated snapshots. Each record is stored as the JSON its codec in core/
// writes, whole (docs/data-format.md); the only columns beside it are the
// ones keys and foreign keys need, derived from that JSON. Validating records
// is the caller's job (core); storing them whole and never losing an
// acknowledged one is this file's.
#pragma once
#include "native-host/register_bodies.h"
#include "native-host/sqlite_db.h"

#include "core/dataset.h"
#include "core/saved_view.h"
#include "core/change_entry.h"
#include "core/json_codec.h"
#include "core/organisation_merge.h"
#include "core/snapshot_info.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace swm {

// The register as committed: core's decoded form, and the API's answers
// about it, encoded once. Shared and immutable, so readers on other threads
// keep theirs while a write makes the next one.
struct StoredRegister {
    explicit StoredRegister(Dataset d = {}, ValidationErrors damaged_records = {})
        : dataset(std::move(d)), damaged(std::move(damaged_records)) {}
    StoredRegister(const StoredRegister&) = delete;
    StoredRegister& operator=(const StoredRegister&) = delete;

    Dataset dataset;
    // Stored records that no longer decode (a damaged file, a hand edit):
    // left out of `dataset`, named here so the monitor can say so.
    ValidationErrors damaged;

    // Made by the first request that needs them, once.
    const RegisterBodies& bodies() const;

private:
    mutable std::once_flag bodies_once_;
    mutable std::unique_ptr<const RegisterBodies> bodies_;
};

enum class WriteOutcome { ok, not_found, stale, exists, invalid };

struct WriteResult {
    WriteOutcome outcome = WriteOutcome::ok;
    nlohmann::json record;     // the stored record after the write (ok), or the current one (stale, exists)
    int64_t change_id = 0;     // history entry of the write, for undo
    std::string entity;        // "partnership" or "view": what a restore brought back
    ValidationErrors errors;   // why core refused it (invalid)
};

class Store {
public:
    explicit Store(Db& db) : db_(db) {}

    bool empty();
    // Replaces everything with `dataset` (organisations, partnerships, and
    // the rest), as one transaction with one history entry that keeps what
    // was there, so the change can be seen and undone.
    void replace_dataset(const Dataset& dataset, const std::string& actor, const std::string& action);

    // The whole register as last committed, by this process or any other on
    // the same file (an import from the command line beside a running
    // monitor): rebuilt after a commit, never per request.
    std::shared_ptr<const StoredRegister> current();

    // Release 0.1 stored legal_form.gr_kind nowhere: where a record (or a
    // snapshot's copy of it) still has the seed's legal form, the seed's
    // construction is put back; recorded in the history. Returns how many.
    int restore_lost_gr_kind(const Dataset& seed, const std::string& actor);
    std::optional<nlohmann::json> partnership(int64_t number);

    WriteResult create(const Partnership& partnership, const std::string& actor);
    WriteResult update(int64_t number, int64_t base_revision, const Partnership& partnership, const std::string& actor);
    WriteResult remove(int64_t number, int64_t base_revision, const std::string& actor);
    // Puts back the state before change `change_id` (undo of a delete or an
    // edit); recorded as a change of its own.
    WriteResult restore(int64_t change_id, const std::string& actor);

    // Sets an organisation's "verbonden_partij" (checked by core) when what is
    // stored is still `before`; not_found, or stale with the current value.
    WriteResult update_verbonden_partij(const std::string& id, const nlohmann::json& before,
                                        const nlohmann::json& after, const std::string& actor);

    // Organisations (checked by core), with history as entity "organisation".
    WriteResult create_organisation(const Organisation& organisation, const std::string& actor);
    WriteResult update_organisation(const std::string& id, int64_t base_revision, const Organisation& organisation,
                                    const std::string& actor);
    // Checks `merge` (core) against the register inside the transaction and
    // moves the partnerships: each gets a new revision and an entry in its
    // own history, the source one as entity "organisation".
    WriteResult merge_organisation(const OrganisationMerge& merge, int64_t base_revision, const std::string& actor);

    std::vector<ChangeEntry> history(int64_t number);
    std::vector<ChangeEntry> changes(int limit);

    // Saved views and decks; checking their state is core's (saved_view.h),
    // storing it with history is ours.
    std::vector<SavedView> views();
    std::optional<SavedView> view(int64_t id);
    WriteResult create_view(const SavedView& view, const std::string& actor);
    WriteResult update_view(int64_t id, int64_t base_revision, const SavedView& view, const std::string& actor);
    WriteResult remove_view(int64_t id, int64_t base_revision, const std::string& actor);
    // Whether any deck shows saved view `id` (it cannot be deleted then).
    bool view_in_deck(int64_t id);

    std::vector<SnapshotInfo> snapshots();
    // Stores the register as committed under `name` and `peildatum`.
    SnapshotInfo take_snapshot(const std::string& name, const std::string& peildatum, const std::string& actor);
    // The register as it was at snapshot `id`, migrated to this version's
    // contract; nullopt when there is no such snapshot, errors when it no
    // longer decodes.
    std::optional<Decoded<Dataset>> snapshot_dataset(int64_t id);

private:
    std::shared_ptr<StoredRegister> read_register();
    std::optional<nlohmann::json> read_partnership(int64_t number);
    std::optional<nlohmann::json> read_organisation(const std::string& id);
    void write_organisation(const Organisation& o);
    WriteResult restore_view(int64_t id, const std::optional<std::string>& before, const std::string& actor);
    void write_partnership(const Partnership& p);
    void write_view(const SavedView& v);
    int64_t log_change(const std::string& actor, const std::string& entity, const std::string& key,
                       const std::string& action, const nlohmann::json& before, const nlohmann::json& after);
    std::vector<ChangeEntry> read_changes(Stmt& s);
    // After a commit: the next current() reads again.
    void committed();
    // One write: under the lock, in one transaction, and then committed()
    // (also when `body` refused it: nothing changed, a fresh read is cheap).
    template <class F> auto write(F&& body) {
        std::lock_guard lock(mutex_);
        auto r = in_transaction(db_, body);
        committed();
        return r;
    }

    Db& db_;
    std::recursive_mutex mutex_;  // one connection, many server threads
    uint64_t generation_ = 0;     // bumped after every commit of ours
    uint64_t cache_generation_ = 0;
    int64_t cache_data_version_ = -1;  // PRAGMA data_version: commits by other connections
    std::shared_ptr<const StoredRegister> cache_;
};

} // namespace swm
