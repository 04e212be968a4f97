#include "native-host/store.h"

#include "native-host/clock.h"
#include "native-host/platform.h"

#include <cassert>
#include <stdexcept>

namespace swm {
namespace {

using nlohmann::json;

// History must never fail to record, so text that is not UTF-8 (which the
// API's parser already refuses) is replaced rather than thrown on.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json parse_stored(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    json j = json::parse(*text, nullptr, false);
    return j.is_discarded() ? json(nullptr) : j;
}

// Whether a change based on `base_revision` may go ahead on the record as it
// is now; if not, `r` says why: not found, or stale with the current record
// (for the 409, so nobody silently overwrites another's change).
bool based_on_current(const std::optional<json>& before, int64_t base_revision, WriteResult& r) {
    if (!before) {
        r.outcome = WriteOutcome::not_found;
        return false;
    }
    if (before->value("revision", int64_t(0)) != base_revision) {
        r.outcome = WriteOutcome::stale;
        r.record = *before;
        return false;
    }
    return true;
}

// Whether a new record's key is held already; then `r` says so, with the
// record that holds it (for the 409).
bool taken(const std::optional<json>& existing, WriteResult& r) {
    if (!existing) return false;
    r.outcome = WriteOutcome::exists;
    r.record = *existing;
    return true;
}

// The dataset apart from its two lists, which have rows of their own.
json header_of(json dataset) {
    dataset.erase("organisations");
    dataset.erase("partnerships");
    return dataset;
}

// A stored record that does not decode any more: named by where it is kept,
// with the first thing wrong in it.
ValidationError damaged_record(const std::string& where, const ValidationErrors& errors) {
    return {where, "validation.stored_record_damaged", errors.empty() ? std::string() : errors.front().describe(Lang::en)};
}

} // namespace

const RegisterBodies& StoredRegister::bodies() const {
    std::call_once(bodies_once_, [this] {
        bodies_ = std::make_unique<const RegisterBodies>(dataset);
        // What encoding them took for a while, and the register they replace
        // (outside the store's lock: writes do not wait for this).
        platform::release_free_memory();
    });
    return *bodies_;
}

bool Store::empty() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT (SELECT count(*) FROM partnership_record) + (SELECT count(*) FROM organisation_record)");
    s.step();
    return s.int64(0) == 0;
}

void Store::committed() {
    ++generation_;
    cache_.reset();  // the old one lives on with readers that hold it
}

// Reads what is committed, in one read transaction so that a writer in
// another process cannot show us half of its change. Each record is decoded
// on its own: one damaged row is reported and left out, the rest is served.
std::shared_ptr<StoredRegister> Store::read_register() {
    auto r = std::make_shared<StoredRegister>();
    const bool own_transaction = sqlite3_get_autocommit(db_.handle()) != 0;
    if (own_transaction) db_.exec("BEGIN");
    try {
        json header = json::object();
        Stmt h = db_.prepare("SELECT value FROM meta WHERE key = 'dataset_header'");
        if (h.step()) header = parse_stored(h.text(0));
        if (!header.is_object()) {
            r->damaged.push_back(damaged_record("dataset", {}));
            header = json::object();
        }
        header["organisations"] = json::array();
        header["partnerships"] = json::array();
        Decoded<Dataset> base = decode_dataset(header);
        if (!base.ok()) {
            // Keep the lists served; the rest of the dataset is what is damaged.
            r->damaged.push_back(damaged_record("dataset", base.errors));
            base.value = Dataset{};
        }
        r->dataset = std::move(base.value);
        Stmt o = db_.prepare("SELECT id, body FROM organisation_record ORDER BY position, id");
        while (o.step()) {
            Decoded<Organisation> d = decode_organisation(parse_stored(o.text(1)));
            if (d.ok()) r->dataset.organisations.push_back(std::move(d.value));
            else r->damaged.push_back(damaged_record("organisations[" + o.text(0) + "]", d.errors));
        }
        Stmt p = db_.prepare("SELECT number, body FROM partnership_record ORDER BY number");
        while (p.step()) {
            Decoded<Partnership> d = decode_partnership(parse_stored(p.text(1)));
            if (d.ok()) r->dataset.partnerships.push_back(std::move(d.value));
            else r->damaged.push_back(damaged_record("partnerships[" + std::to_string(p.int64(0)) + "]", d.errors));
        }
        if (own_transaction) db_.exec("COMMIT");
    } catch (...) {
        if (own_transaction) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    return r;
}

std::shared_ptr<const StoredRegister> Store::current() {
    std::lock_guard lock(mutex_);
    // Inside a write transaction the cache would show rows not yet
    // committed, or (worse) be stamped current with the rows before it.
    assert(sqlite3_get_autocommit(db_.handle()));
    const int64_t version = db_.data_version();
    if (cache_ && cache_generation_ == generation_ && cache_data_version_ == version) return cache_;
    auto fresh = read_register();
    for (const auto& e : fresh->damaged)
        std::fprintf(stderr, "Beschadigd gegeven overgeslagen: %s\n", e.describe(Lang::nl).c_str());
    cache_ = std::move(fresh);
    cache_generation_ = generation_;
    cache_data_version_ = version;
    return cache_;
}

namespace {

// The seed's construction for `record` when the record has the seed's legal
// form and lost the construction; false when there is nothing to put back.
bool put_back_gr_kind(json& record, const Dataset& seed) {
    if (!record.is_object() || !record.contains("legal_form") || !record["legal_form"].is_object()) return false;
    json& lf = record["legal_form"];
    if (lf.contains("gr_kind") && !lf["gr_kind"].is_null()) return false;
    const Partnership* s = record.contains("number") && record["number"].is_number_integer()
                               ? seed.partnership(record["number"].get<int>())
                               : nullptr;
    if (!s || !s->legal_form.gr_kind || lf.value("text", "") != s->legal_form.text ||
        lf.value("category", "") != to_code(s->legal_form.category))
        return false;
    lf["gr_kind"] = std::string(to_code(*s->legal_form.gr_kind));
    return true;
}

} // namespace

int Store::restore_lost_gr_kind(const Dataset& seed, const std::string& actor) {
    return write([&] {
        int restored = 0;
        Stmt rows = db_.prepare("SELECT number, body FROM partnership_record");
        std::vector<std::pair<int64_t, json>> changed;
        while (rows.step()) {
            json record = parse_stored(rows.text(1));
            if (put_back_gr_kind(record, seed)) changed.emplace_back(rows.int64(0), record);
        }
        for (auto& [number, record] : changed) {
            const json before = *read_partnership(number);
            db_.prepare("UPDATE partnership_record SET body = ? WHERE number = ?").bind(1, dump(record)).bind(2, number).run();
            log_change(actor, "partnership", std::to_string(number), "repair", before, record);
            ++restored;
        }
        Stmt snaps = db_.prepare("SELECT id, dataset FROM snapshot");
        std::vector<std::pair<int64_t, json>> copies;
        while (snaps.step()) {
            json d = parse_stored(snaps.text(1));
            bool any = false;
            if (d.is_object() && d.contains("partnerships") && d["partnerships"].is_array())
                for (auto& p : d["partnerships"]) any = put_back_gr_kind(p, seed) || any;
            if (any) copies.emplace_back(snaps.int64(0), d);
        }
        for (auto& [id, d] : copies)
            db_.prepare("UPDATE snapshot SET dataset = ? WHERE id = ?").bind(1, dump(d)).bind(2, id).run();
        return restored;
    });
}

std::optional<json> Store::read_partnership(int64_t number) {
    Stmt s = db_.prepare("SELECT body FROM partnership_record WHERE number = ?");
    s.bind(1, number);
    if (!s.step()) return std::nullopt;
    return parse_stored(s.text(0));
}

std::optional<json> Store::partnership(int64_t number) {
    std::lock_guard lock(mutex_);
    if (!sqlite3_get_autocommit(db_.handle())) return read_partnership(number);
    const auto register_now = current();
    const Partnership* p = register_now->dataset.partnership(int(number));
    if (!p) return std::nullopt;
    return encode_partnership(*p);
}

void Store::write_partnership(const Partnership& p) {
    const json body = encode_partnership(p);
    db_.prepare("INSERT INTO partnership_record (number, body) VALUES (?, ?)").bind(1, int64_t(p.number)).bind(2, dump(body)).run();
    db_.prepare("INSERT OR IGNORE INTO partner_link (number, organisation_id)"
                " SELECT number, j.value FROM partnership_record, json_each(body, '$.partners') j WHERE number = ?")
        .bind(1, int64_t(p.number))
        .run();
}

void Store::replace_dataset(const Dataset& d, const std::string& actor, const std::string& action) {
    std::lock_guard lock(mutex_);
    const json before = empty() ? json(nullptr) : encode_dataset(read_register()->dataset);  // kept so an import can be undone
    in_transaction(db_, [&] {
        db_.exec("DELETE FROM partner_link; DELETE FROM partnership_record; DELETE FROM organisation_record;");
        Stmt org = db_.prepare("INSERT INTO organisation_record (id, position, body) VALUES (?,?,?)");
        int64_t position = 0;
        for (const Organisation& o : d.organisations) {
            org.reset();
            org.bind(1, o.id).bind(2, ++position).bind(3, dump(encode_organisation(o))).run();
        }
        for (const Partnership& p : d.partnerships) write_partnership(p);
        db_.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('dataset_header', ?)")
            .bind(1, dump(header_of(encode_dataset(d))))
            .run();
        log_change(actor, "register", "*", action, before, json(nullptr));
    });
    committed();
}

int64_t Store::log_change(const std::string& actor, const std::string& entity, const std::string& key,
                          const std::string& action, const json& before, const json& after) {
    db_.prepare("INSERT INTO change (at, actor, entity, entity_key, action, before, after) VALUES (?,?,?,?,?,?,?)")
        .bind(1, utc_now())
        .bind(2, actor)
        .bind(3, entity)
        .bind(4, key)
        .bind(5, action)
        .bind(6, before.is_null() ? std::optional<std::string>() : std::optional<std::string>(dump(before)))
        .bind(7, after.is_null() ? std::optional<std::string>() : std::optional<std::string>(dump(after)))
        .run();
    return db_.last_insert_id();
}

WriteResult Store::create(const Partnership& p, const std::string& actor) {
    return write([&] {
        WriteResult r;
        if (taken(read_partnership(p.number), r)) return r;
        Partnership stored = p;
        stored.revision = 1;
        write_partnership(stored);
        r.record = *read_partnership(p.number);
        r.change_id = log_change(actor, "partnership", std::to_string(p.number), "create", nullptr, r.record);
        return r;
    });
}

WriteResult Store::update(int64_t number, int64_t base_revision, const Partnership& p, const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = read_partnership(number);
        if (!based_on_current(before, base_revision, r)) return r;
        // Renumbering is allowed, but not onto another record.
        if (p.number != number) {
            if (taken(read_partnership(p.number), r)) return r;
        }
        db_.prepare("DELETE FROM partnership_record WHERE number = ?").bind(1, number).run();
        Partnership stored = p;
        stored.revision = int(base_revision + 1);
        write_partnership(stored);
        r.record = *read_partnership(p.number);
        r.change_id = log_change(actor, "partnership", std::to_string(p.number), "update", *before, r.record);
        return r;
    });
}

WriteResult Store::remove(int64_t number, int64_t base_revision, const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = read_partnership(number);
        if (!based_on_current(before, base_revision, r)) return r;
        db_.prepare("DELETE FROM partnership_record WHERE number = ?").bind(1, number).run();  // links cascade
        r.record = *before;
        r.change_id = log_change(actor, "partnership", std::to_string(number), "delete", *before, nullptr);
        return r;
    });
}

WriteResult Store::restore(int64_t change_id, const std::string& actor) {
    return write([&] {
        WriteResult r;
        Stmt c = db_.prepare("SELECT entity, entity_key, before FROM change WHERE id = ?");
        c.bind(1, change_id);
        if (!c.step() || (c.text(0) != "partnership" && c.text(0) != "view")) {
            r.outcome = WriteOutcome::not_found;
            return r;
        }
        if (c.text(0) == "view") return restore_view(std::stoll(c.text(1)), c.opt_text(2), actor);
        r.entity = "partnership";
        const int64_t number = std::stoll(c.text(1));
        const std::optional<std::string> before_text = c.opt_text(2);
        auto current_record = read_partnership(number);
        const json current_json = current_record ? *current_record : json(nullptr);
        const int revision = current_record ? int(current_record->value("revision", int64_t(0)) + 1) : 1;
        if (current_record) db_.prepare("DELETE FROM partnership_record WHERE number = ?").bind(1, number).run();
        if (!before_text) {
            // Undo of a create: the record goes away again.
            r.record = nullptr;
        } else {
            // History keeps what the codec of its day wrote; the codec of
            // today reads it (older versions included).
            Decoded<Partnership> before = decode_partnership(parse_stored(before_text));
            if (!before.ok()) throw std::runtime_error("history entry " + std::to_string(change_id) + " does not decode");
            // The record comes back under its old number; if that number was
            // taken meanwhile by a different record, that one is replaced and
            // its state is in this change's history entry.
            const int64_t old_number = before.value.number;
            if (old_number != number) db_.prepare("DELETE FROM partnership_record WHERE number = ?").bind(1, old_number).run();
            before.value.revision = revision;
            write_partnership(before.value);
            r.record = *read_partnership(old_number);
        }
        r.change_id = log_change(actor, "partnership", std::to_string(number), "restore", current_json, r.record);
        return r;
    });
}

std::vector<ChangeEntry> Store::read_changes(Stmt& s) {
    std::vector<ChangeEntry> out;
    while (s.step()) {
        out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), parse_stored(s.opt_text(6)),
                       parse_stored(s.opt_text(7))});
    }
    return out;
}

std::vector<ChangeEntry> Store::history(int64_t number) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT id, at, actor, entity, entity_key, action, before, after FROM change"
                         " WHERE entity = 'partnership' AND entity_key = ? ORDER BY id DESC");
    s.bind(1, std::to_string(number));
    return read_changes(s);
}

std::vector<ChangeEntry> Store::changes(int limit) {
    std::lock_guard lock(mutex_);
    // The big before-images of register-wide changes stay out of the list.
    Stmt s = db_.prepare("SELECT id, at, actor, entity, entity_key, action,"
                         " CASE WHEN entity = 'register' THEN NULL ELSE before END,"
                         " CASE WHEN entity = 'register' THEN NULL ELSE after END FROM change ORDER BY id DESC LIMIT ?");
    s.bind(1, limit);
    return read_changes(s);
}

std::vector<SnapshotInfo> Store::snapshots() {
    std::lock_guard lock(mutex_);
    std::vector<SnapshotInfo> out;
    Stmt s = db_.prepare("SELECT id, name, peildatum, taken_at, actor FROM snapshot ORDER BY id");
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

SnapshotInfo Store::take_snapshot(const std::string& name, const std::string& peildatum, const std::string& actor) {
    return write([&] {
        SnapshotInfo made{0, name, peildatum, utc_now(), actor};
        db_.prepare("INSERT INTO snapshot (name, peildatum, taken_at, actor, dataset) VALUES (?,?,?,?,?)")
            .bind(1, name)
            .bind(2, peildatum)
            .bind(3, made.taken_at)
            .bind(4, actor)
            .bind(5, dump(encode_dataset(read_register()->dataset)))
            .run();
        made.id = db_.last_insert_id();
        log_change(actor, "snapshot", std::to_string(made.id), "create", nullptr, encode_snapshot_info(made));
        return made;
    });
}

std::optional<Decoded<Dataset>> Store::snapshot_dataset(int64_t id) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT dataset FROM snapshot WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return decode_dataset(parse_stored(s.text(0)));
}

namespace {
const char* const kSelectView = "SELECT id, name, kind, state, revision FROM saved_view";

std::optional<SavedView> view_row(Stmt& s) {
    const auto kind = from_code<SavedViewKind>(s.text(2));
    return SavedView{s.int64(0), s.text(1), kind.value_or(SavedViewKind::view), parse_stored(s.text(3)), s.int64(4)};
}
} // namespace

std::vector<SavedView> Store::views() {
    std::lock_guard lock(mutex_);
    std::vector<SavedView> out;
    Stmt s = db_.prepare(std::string(kSelectView) + " ORDER BY kind DESC, id");
    while (s.step()) out.push_back(*view_row(s));
    return out;
}

std::optional<SavedView> Store::view(int64_t id) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare(std::string(kSelectView) + " WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return view_row(s);
}

bool Store::view_in_deck(int64_t id) {
    for (const SavedView& v : views()) {
        if (v.kind != SavedViewKind::deck) continue;
        for (int64_t shown : v.slide_view_ids()) {
            if (shown == id) return true;
        }
    }
    return false;
}

void Store::write_view(const SavedView& v) {
    db_.prepare("INSERT OR REPLACE INTO saved_view (id, name, kind, state, revision) VALUES (?,?,?,?,?)")
        .bind(1, v.id)
        .bind(2, v.name)
        .bind(3, std::string(to_code(v.kind)))
        .bind(4, dump(v.state))
        .bind(5, v.revision)
        .run();
}

WriteResult Store::restore_view(int64_t id, const std::optional<std::string>& before_text, const std::string& actor) {
    WriteResult r;
    r.entity = "view";
    auto current_view = view(id);
    db_.prepare("DELETE FROM saved_view WHERE id = ?").bind(1, id).run();
    if (before_text) {
        Decoded<SavedView> before = decode_saved_view(parse_stored(before_text));
        if (!before.ok()) throw std::runtime_error("history entry of view " + std::to_string(id) + " does not decode");
        before.value.id = id;
        before.value.revision = current_view ? current_view->revision + 1 : before.value.revision + 1;
        write_view(before.value);
        r.record = encode_saved_view(*view(id));
    }
    r.change_id = log_change(actor, "view", std::to_string(id), "restore",
                             current_view ? encode_saved_view(*current_view) : json(nullptr), r.record);
    return r;
}

WriteResult Store::create_view(const SavedView& v, const std::string& actor) {
    return write([&] {
        WriteResult r;
        db_.prepare("INSERT INTO saved_view (name, kind, state, revision) VALUES (?,?,?,1)")
            .bind(1, v.name)
            .bind(2, std::string(to_code(v.kind)))
            .bind(3, dump(v.state))
            .run();
        const int64_t id = db_.last_insert_id();
        r.record = encode_saved_view(*view(id));
        r.change_id = log_change(actor, "view", std::to_string(id), "create", nullptr, r.record);
        return r;
    });
}

WriteResult Store::update_view(int64_t id, int64_t base_revision, const SavedView& v, const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = view(id);
        if (!based_on_current(before ? std::optional<json>(encode_saved_view(*before)) : std::nullopt, base_revision, r))
            return r;
        SavedView stored = v;
        stored.id = id;
        stored.revision = base_revision + 1;
        write_view(stored);
        r.record = encode_saved_view(*view(id));
        r.change_id = log_change(actor, "view", std::to_string(id), "update", encode_saved_view(*before), r.record);
        return r;
    });
}

WriteResult Store::remove_view(int64_t id, int64_t base_revision, const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = view(id);
        if (!based_on_current(before ? std::optional<json>(encode_saved_view(*before)) : std::nullopt, base_revision, r))
            return r;
        db_.prepare("DELETE FROM saved_view WHERE id = ?").bind(1, id).run();
        r.record = encode_saved_view(*before);
        r.change_id = log_change(actor, "view", std::to_string(id), "delete", r.record, nullptr);
        return r;
    });
}

WriteResult Store::update_verbonden_partij(const std::string& id, const json& before, const json& after,
                                           const std::string& actor) {
    return write([&] {
        WriteResult r;
        Stmt s = db_.prepare("SELECT body FROM organisation_record WHERE id = ?");
        s.bind(1, id);
        if (!s.step()) {
            r.outcome = WriteOutcome::not_found;
            return r;
        }
        const json record = parse_stored(s.text(0));
        const json current = record.is_object() ? record.value("verbonden_partij", json(nullptr)) : json(nullptr);
        if (current != before) {
            r.outcome = WriteOutcome::stale;
            r.record = current;
            return r;
        }
        // Only this key of the record changes (and its revision, so that an
        // organisation form opened before does not put the old one back).
        const int64_t revision = record.is_object() ? record.value("revision", int64_t(1)) + 1 : 1;
        db_.prepare("UPDATE organisation_record SET body = json_set(body, '$.verbonden_partij', json(?), '$.revision', ?)"
                    " WHERE id = ?")
            .bind(1, dump(after))
            .bind(2, revision)
            .bind(3, id)
            .run();
        r.record = after;
        r.change_id = log_change(actor, "verbonden_partij", id, "update", current, after);
        return r;
    });
}

std::optional<json> Store::read_organisation(const std::string& id) {
    Stmt s = db_.prepare("SELECT body FROM organisation_record WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return parse_stored(s.text(0));
}

void Store::write_organisation(const Organisation& o) {
    db_.prepare("UPDATE organisation_record SET body = ? WHERE id = ?").bind(1, dump(encode_organisation(o))).bind(2, o.id).run();
}

WriteResult Store::create_organisation(const Organisation& o, const std::string& actor) {
    return write([&] {
        WriteResult r;
        if (taken(read_organisation(o.id), r)) return r;
        Organisation stored = o;
        stored.revision = 1;
        // Listed after the ones there are, as a new row at the end of a table.
        db_.prepare("INSERT INTO organisation_record (id, position, body)"
                    " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM organisation_record), ?)")
            .bind(1, o.id)
            .bind(2, dump(encode_organisation(stored)))
            .run();
        r.record = *read_organisation(o.id);
        r.change_id = log_change(actor, "organisation", o.id, "create", nullptr, r.record);
        return r;
    });
}

WriteResult Store::update_organisation(const std::string& id, int64_t base_revision, const Organisation& o,
                                       const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = read_organisation(id);
        if (!based_on_current(before, base_revision, r)) return r;
        Organisation stored = o;
        stored.revision = int(base_revision + 1);
        write_organisation(stored);
        r.record = *read_organisation(id);
        r.change_id = log_change(actor, "organisation", id, "update", *before, r.record);
        return r;
    });
}

WriteResult Store::merge_organisation(const OrganisationMerge& merge, int64_t base_revision, const std::string& actor) {
    return write([&] {
        WriteResult r;
        auto before = read_organisation(merge.source);
        if (!based_on_current(before, base_revision, r)) return r;
        const Dataset now = read_register()->dataset;
        r.errors = validate_merge(merge, now);
        if (!r.errors.empty()) {
            r.outcome = WriteOutcome::invalid;
            return r;
        }
        const MergeOutcome merged = swm::merge_organisation(now, merge);
        for (int number : merged.changed) {
            Partnership p = *merged.dataset.partnership(number);
            const json partnership_before = *read_partnership(number);
            p.revision = int(partnership_before.value("revision", int64_t(1)) + 1);
            db_.prepare("DELETE FROM partnership_record WHERE number = ?").bind(1, int64_t(number)).run();
            write_partnership(p);
            log_change(actor, "partnership", std::to_string(number), "merge", partnership_before, *read_partnership(number));
        }
        write_organisation(*merged.dataset.organisation(merge.source));
        r.record = *read_organisation(merge.source);
        r.change_id = log_change(actor, "organisation", merge.source, "merge", *before, r.record);
        return r;
    });
}

} // namespace swm
