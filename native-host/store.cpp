#include "native-host/store.h"

#include "native-host/clock.h"

#include "core/json_codec.h"

#include <ctime>
#include <stdexcept>

namespace swm {
namespace {

using nlohmann::json;

// Keys of a partnership that have a column of their own; any other key is
// kept in the `extra` column so a record always comes back as it went in.
const char* const kPartnershipColumns[] = {"number", "name", "description", "scale", "legal_form", "motives",
                                           "decided_by", "layer", "status", "start_date", "end_date", "source",
                                           "peildatum", "notes", "partners", "revision"};
const char* const kOrganisationColumns[] = {"id", "name", "kind", "cbs_code", "regions"};

template <size_t N> json extra_of(const json& record, const char* const (&columns)[N]) {
    json extra = json::object();
    for (auto it = record.begin(); it != record.end(); ++it) {
        bool has_column = false;
        for (const char* c : columns) has_column = has_column || it.key() == c;
        if (!has_column) extra[it.key()] = it.value();
    }
    return extra;
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> opt_str(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

json opt_json(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

const json& sub(const json& j, const char* key) {
    static const json kEmpty = json::object();
    auto it = j.find(key);
    return it != j.end() && it->is_object() ? *it : kEmpty;
}

// Dumps JSON for storage; invalid UTF-8 cannot reach here (the API's parser
// refuses it), but history must never fail to record, so replace rather than throw.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Whether a change based on `base_revision` may go ahead on the record as it
// is now; if not, `r` says why: not found, or stale with the current record
// (for the 409, so nobody silently overwrites another's change).
bool based_on_current(const std::optional<json>& before, int64_t base_revision, WriteResult& r) {
    if (!before) {
        r.outcome = WriteOutcome::not_found;
        return false;
    }
    if (before->at("revision").get<int64_t>() != base_revision) {
        r.outcome = WriteOutcome::stale;
        r.record = *before;
        return false;
    }
    return true;
}

} // namespace

bool Store::empty() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT (SELECT count(*) FROM partnership) + (SELECT count(*) FROM organisation)");
    s.step();
    return s.int64(0) == 0;
}

void Store::write_partnership(const json& p, int64_t revision) {
    const json& lf = sub(p, "legal_form");
    const json& mo = sub(p, "motives");
    const json& db = sub(p, "decided_by");
    const int64_t number = p.at("number").get<int64_t>();
    db_.prepare("INSERT INTO partnership (number, name, description, scale, legal_form, legal_form_text, motives_text,"
                " decided_by, decided_by_text, layer, status, start_date, end_date, source, peildatum, notes, extra,"
                " revision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, number)
        .bind(2, str(p, "name"))
        .bind(3, str(p, "description"))
        .bind(4, opt_str(p, "scale"))
        .bind(5, opt_str(lf, "category"))
        .bind(6, str(lf, "text"))
        .bind(7, str(mo, "text"))
        .bind(8, opt_str(db, "category"))
        .bind(9, str(db, "text"))
        .bind(10, opt_str(p, "layer"))
        .bind(11, str(p, "status"))
        .bind(12, opt_str(p, "start_date"))
        .bind(13, opt_str(p, "end_date"))
        .bind(14, str(p, "source"))
        .bind(15, str(p, "peildatum"))
        .bind(16, str(p, "notes"))
        .bind(17, dump(extra_of(p, kPartnershipColumns)))
        .bind(18, revision)
        .run();
    int position = 0;
    Stmt partner = db_.prepare("INSERT INTO partnership_partner (number, organisation_id, position) VALUES (?,?,?)");
    for (const json& id : p.value("partners", json::array())) {
        partner.reset();
        partner.bind(1, number).bind(2, id.get<std::string>()).bind(3, position++).run();
    }
    position = 0;
    Stmt motive = db_.prepare("INSERT INTO partnership_motive (number, motive, position) VALUES (?,?,?)");
    for (const json& m : mo.value("categories", json::array())) {
        motive.reset();
        motive.bind(1, number).bind(2, m.get<std::string>()).bind(3, position++).run();
    }
}

json Store::read_partnership(Stmt& r) {
    const int64_t number = r.int64(0);
    json p = json::parse(r.text(16), nullptr, false);
    if (!p.is_object()) p = json::object();
    p["number"] = number;
    p["name"] = r.text(1);
    p["description"] = r.text(2);
    p["scale"] = opt_json(r.opt_text(3));
    p["legal_form"] = {{"category", opt_json(r.opt_text(4))}, {"text", r.text(5)}};
    p["decided_by"] = {{"category", opt_json(r.opt_text(7))}, {"text", r.text(8)}};
    p["layer"] = opt_json(r.opt_text(9));
    p["status"] = r.text(10);
    p["start_date"] = opt_json(r.opt_text(11));
    p["end_date"] = opt_json(r.opt_text(12));
    p["source"] = r.text(13);
    p["peildatum"] = r.text(14);
    p["notes"] = r.text(15);
    p["revision"] = r.int64(17);
    json motives = json::array();
    Stmt m = db_.prepare("SELECT motive FROM partnership_motive WHERE number = ? ORDER BY position");
    m.bind(1, number);
    while (m.step()) motives.push_back(m.text(0));
    p["motives"] = {{"categories", motives}, {"text", r.text(6)}};
    json partners = json::array();
    Stmt pa = db_.prepare("SELECT organisation_id FROM partnership_partner WHERE number = ? ORDER BY position");
    pa.bind(1, number);
    while (pa.step()) partners.push_back(pa.text(0));
    p["partners"] = partners;
    return p;
}

namespace {
const char* const kSelectPartnership =
    "SELECT number, name, description, scale, legal_form, legal_form_text, motives_text, decided_by,"
    " decided_by_text, layer, status, start_date, end_date, source, peildatum, notes, extra, revision"
    " FROM partnership";
}

json Store::partnerships() {
    std::lock_guard lock(mutex_);
    json out = json::array();
    Stmt s = db_.prepare(std::string(kSelectPartnership) + " ORDER BY number");
    while (s.step()) out.push_back(read_partnership(s));
    return out;
}

std::optional<json> Store::partnership(int64_t number) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare(std::string(kSelectPartnership) + " WHERE number = ?");
    s.bind(1, number);
    if (!s.step()) return std::nullopt;
    return read_partnership(s);
}

json Store::organisations() {
    std::lock_guard lock(mutex_);
    json out = json::array();
    Stmt s = db_.prepare("SELECT id, name, kind, cbs_code, extra FROM organisation ORDER BY name");
    Stmt regions = db_.prepare("SELECT region FROM organisation_region WHERE organisation_id = ? ORDER BY position");
    while (s.step()) {
        json o = json::parse(s.text(4), nullptr, false);
        if (!o.is_object()) o = json::object();
        o["id"] = s.text(0);
        o["name"] = s.text(1);
        o["kind"] = s.text(2);
        o["cbs_code"] = opt_json(s.opt_text(3));
        json r = json::array();
        regions.reset();
        regions.bind(1, s.text(0));
        while (regions.step()) r.push_back(regions.text(0));
        o["regions"] = r;
        out.push_back(o);
    }
    return out;
}

json Store::strategy() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT content FROM strategy WHERE id = 1");
    if (!s.step()) return json::object();
    return json::parse(s.text(0), nullptr, false);
}

std::string Store::peildatum() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT value FROM meta WHERE key = 'peildatum'");
    return s.step() ? s.text(0) : std::string();
}

std::shared_ptr<const StoredRegister> Store::current() {
    std::lock_guard lock(mutex_);
    if (cache_ && cache_generation_ == generation_) return cache_;
    auto r = std::make_shared<StoredRegister>();
    r->json = read_dataset();
    Decoded<Dataset> d = decode_dataset(r->json);
    // Everything stored was validated on the way in; a failure is damage.
    if (!d.ok()) throw std::runtime_error("stored register does not decode: " + d.errors.front().describe(Lang::en));
    r->dataset = std::move(d.value);
    cache_ = std::move(r);
    cache_generation_ = generation_;
    return cache_;
}

json Store::dataset() { return current()->json; }

json Store::read_dataset() {
    json d = json::object();
    Stmt meta = db_.prepare("SELECT value FROM meta WHERE key = 'dataset'");
    if (meta.step()) d = json::parse(meta.text(0), nullptr, false);
    if (!d.is_object()) d = json::object();
    d["peildatum"] = peildatum();
    d["organisations"] = organisations();
    d["partnerships"] = partnerships();
    d["strategy"] = strategy();
    return d;
}

void Store::replace_dataset(const json& data, const std::string& actor, const std::string& action) {
    std::lock_guard lock(mutex_);
    in_transaction(db_, [&] {
        ++generation_;
        const json before = dataset();  // kept so an import can be undone
        db_.exec("DELETE FROM partnership_partner; DELETE FROM partnership_motive; DELETE FROM partnership;"
                 " DELETE FROM organisation_region; DELETE FROM organisation; DELETE FROM strategy;");
        Stmt org = db_.prepare("INSERT INTO organisation (id, name, kind, cbs_code, extra) VALUES (?,?,?,?,?)");
        Stmt region = db_.prepare("INSERT INTO organisation_region (organisation_id, region, position) VALUES (?,?,?)");
        for (const json& o : data.value("organisations", json::array())) {
            org.reset();
            org.bind(1, str(o, "id")).bind(2, str(o, "name")).bind(3, str(o, "kind")).bind(4, opt_str(o, "cbs_code"))
                .bind(5, dump(extra_of(o, kOrganisationColumns)))
                .run();
            int position = 0;
            for (const json& r : o.value("regions", json::array())) {
                region.reset();
                region.bind(1, str(o, "id")).bind(2, r.get<std::string>()).bind(3, position++).run();
            }
        }
        for (const json& p : data.value("partnerships", json::array())) write_partnership(p, p.value("revision", int64_t(1)));
        db_.prepare("INSERT INTO strategy (id, content) VALUES (1, ?)").bind(1, dump(data.value("strategy", json::object()))).run();
        // Dataset-level fields other than the lists (source, notes, ...).
        json rest = data;
        for (const char* k : {"organisations", "partnerships", "strategy", "peildatum"}) rest.erase(k);
        db_.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('dataset', ?)").bind(1, dump(rest)).run();
        db_.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('peildatum', ?)").bind(1, str(data, "peildatum")).run();
        log_change(actor, "register", "*", action, before, json(nullptr));
    });
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

void Store::delete_partnership_rows(int64_t number) {
    // Partners and motives go with it (ON DELETE CASCADE).
    db_.prepare("DELETE FROM partnership WHERE number = ?").bind(1, number).run();
}

WriteResult Store::create(const json& p, const std::string& actor) {
    std::lock_guard lock(mutex_);
    const int64_t number = p.at("number").get<int64_t>();
    return in_transaction(db_, [&] {
        ++generation_;
        WriteResult r;
        if (auto existing = partnership(number)) {
            r.outcome = WriteOutcome::exists;
            r.record = *existing;
            return r;
        }
        write_partnership(p, 1);
        r.record = *partnership(number);
        r.change_id = log_change(actor, "partnership", std::to_string(number), "create", nullptr, r.record);
        return r;
    });
}

WriteResult Store::update(int64_t number, int64_t base_revision, const json& p, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        ++generation_;
        WriteResult r;
        auto before = partnership(number);
        if (!based_on_current(before, base_revision, r)) return r;
        // Renumbering is allowed, but not onto another record.
        const int64_t new_number = p.at("number").get<int64_t>();
        if (new_number != number && partnership(new_number)) {
            r.outcome = WriteOutcome::exists;
            r.record = *partnership(new_number);
            return r;
        }
        delete_partnership_rows(number);
        write_partnership(p, base_revision + 1);
        r.record = *partnership(new_number);
        r.change_id = log_change(actor, "partnership", std::to_string(new_number), "update", *before, r.record);
        return r;
    });
}

WriteResult Store::remove(int64_t number, int64_t base_revision, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        ++generation_;
        WriteResult r;
        auto before = partnership(number);
        if (!based_on_current(before, base_revision, r)) return r;
        delete_partnership_rows(number);
        r.record = *before;
        r.change_id = log_change(actor, "partnership", std::to_string(number), "delete", *before, nullptr);
        return r;
    });
}

WriteResult Store::restore(int64_t change_id, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        ++generation_;
        WriteResult r;
        Stmt c = db_.prepare("SELECT entity, entity_key, before FROM change WHERE id = ?");
        c.bind(1, change_id);
        if (!c.step() || (c.text(0) != "partnership" && c.text(0) != "view")) {
            r.outcome = WriteOutcome::not_found;
            return r;
        }
        if (c.text(0) == "view") return restore_view(std::stoll(c.text(1)), c.opt_text(2), actor);
        const int64_t number = std::stoll(c.text(1));
        const std::optional<std::string> before_text = c.opt_text(2);
        auto current = partnership(number);
        const json current_json = current ? *current : json(nullptr);
        const int64_t revision = current ? current->at("revision").get<int64_t>() + 1 : 1;
        if (current) delete_partnership_rows(number);
        if (!before_text) {
            // Undo of a create: the record goes away again.
            r.record = nullptr;
        } else {
            json before = json::parse(*before_text);
            // The record comes back under its old number; if that number was
            // taken meanwhile by a different record, that one is replaced and
            // its state is in this change's history entry.
            const int64_t old_number = before.at("number").get<int64_t>();
            if (old_number != number && partnership(old_number)) delete_partnership_rows(old_number);
            write_partnership(before, revision);
            r.record = *partnership(old_number);
        }
        r.change_id = log_change(actor, "partnership", std::to_string(number), "restore", current_json, r.record);
        return r;
    });
}

namespace {
json change_row(Stmt& s) {
    auto parse = [](const std::optional<std::string>& t) { return t ? json::parse(*t, nullptr, false) : json(nullptr); };
    return {{"id", s.int64(0)},        {"at", s.text(1)},     {"actor", s.text(2)},
            {"entity", s.text(3)},     {"key", s.text(4)},    {"action", s.text(5)},
            {"before", parse(s.opt_text(6))}, {"after", parse(s.opt_text(7))}};
}
} // namespace

json Store::history(int64_t number) {
    std::lock_guard lock(mutex_);
    json out = json::array();
    Stmt s = db_.prepare("SELECT id, at, actor, entity, entity_key, action, before, after FROM change"
                         " WHERE entity = 'partnership' AND entity_key = ? ORDER BY id DESC");
    s.bind(1, std::to_string(number));
    while (s.step()) out.push_back(change_row(s));
    return out;
}

json Store::changes(int limit) {
    std::lock_guard lock(mutex_);
    json out = json::array();
    // The big before-images of register-wide changes stay out of the list.
    Stmt s = db_.prepare("SELECT id, at, actor, entity, entity_key, action,"
                         " CASE WHEN entity = 'register' THEN NULL ELSE before END,"
                         " CASE WHEN entity = 'register' THEN NULL ELSE after END FROM change ORDER BY id DESC LIMIT ?");
    s.bind(1, limit);
    while (s.step()) out.push_back(change_row(s));
    return out;
}

json Store::snapshots() {
    std::lock_guard lock(mutex_);
    json out = json::array();
    Stmt s = db_.prepare("SELECT id, name, peildatum, taken_at, actor FROM snapshot ORDER BY id");
    while (s.step())
        out.push_back({{"id", s.int64(0)}, {"name", s.text(1)}, {"peildatum", s.text(2)}, {"taken_at", s.text(3)},
                       {"actor", s.text(4)}});
    return out;
}

json Store::take_snapshot(const std::string& name, const std::string& peildatum, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        ++generation_;
        const json d = dataset();
        db_.prepare("INSERT INTO snapshot (name, peildatum, taken_at, actor, dataset) VALUES (?,?,?,?,?)")
            .bind(1, name)
            .bind(2, peildatum)
            .bind(3, utc_now())
            .bind(4, actor)
            .bind(5, dump(d))
            .run();
        const int64_t id = db_.last_insert_id();
        log_change(actor, "snapshot", std::to_string(id), "create", nullptr, {{"name", name}, {"peildatum", peildatum}});
        return json{{"id", id}, {"name", name}, {"peildatum", peildatum}};
    });
}

std::optional<json> Store::snapshot_dataset(int64_t id) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT dataset FROM snapshot WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return json::parse(s.text(0), nullptr, false);
}

WriteResult Store::restore_view(int64_t id, const std::optional<std::string>& before_text, const std::string& actor) {
    WriteResult r;
    auto current = view(id);
    db_.prepare("DELETE FROM saved_view WHERE id = ?").bind(1, id).run();
    if (before_text) {
        const json before = json::parse(*before_text);
        db_.prepare("INSERT INTO saved_view (id, name, kind, state, revision) VALUES (?,?,?,?,?)")
            .bind(1, id)
            .bind(2, str(before, "name"))
            .bind(3, str(before, "kind"))
            .bind(4, dump(before.at("state")))
            .bind(5, current ? current->at("revision").get<int64_t>() + 1 : before.value("revision", int64_t(1)) + 1)
            .run();
        r.record = *view(id);
    }
    r.change_id = log_change(actor, "view", std::to_string(id), "restore", current ? *current : json(nullptr), r.record);
    return r;
}

namespace {
json view_row(Stmt& s) {
    return {{"id", s.int64(0)}, {"name", s.text(1)}, {"kind", s.text(2)},
            {"state", json::parse(s.text(3), nullptr, false)}, {"revision", s.int64(4)}};
}
} // namespace

json Store::views() {
    std::lock_guard lock(mutex_);
    json out = json::array();
    Stmt s = db_.prepare("SELECT id, name, kind, state, revision FROM saved_view ORDER BY kind DESC, id");
    while (s.step()) out.push_back(view_row(s));
    return out;
}

std::optional<json> Store::view(int64_t id) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT id, name, kind, state, revision FROM saved_view WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return view_row(s);
}

bool Store::view_in_deck(int64_t id) {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT state FROM saved_view WHERE kind = 'deck'");
    while (s.step()) {
        const json deck = json::parse(s.text(0), nullptr, false);
        for (const auto& slide : deck.value("slides", json::array())) {
            if (slide.value("view_id", int64_t(0)) == id) return true;
        }
    }
    return false;
}

WriteResult Store::create_view(const json& v, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        WriteResult r;
        db_.prepare("INSERT INTO saved_view (name, kind, state, revision) VALUES (?,?,?,1)")
            .bind(1, str(v, "name"))
            .bind(2, v.value("kind", std::string("view")))
            .bind(3, dump(v.at("state")))
            .run();
        const int64_t id = db_.last_insert_id();
        r.record = *view(id);
        r.change_id = log_change(actor, "view", std::to_string(id), "create", nullptr, r.record);
        return r;
    });
}

WriteResult Store::update_view(int64_t id, int64_t base_revision, const json& v, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        WriteResult r;
        auto before = view(id);
        if (!based_on_current(before, base_revision, r)) return r;
        db_.prepare("UPDATE saved_view SET name = ?, kind = ?, state = ?, revision = ? WHERE id = ?")
            .bind(1, str(v, "name"))
            .bind(2, v.value("kind", std::string("view")))
            .bind(3, dump(v.at("state")))
            .bind(4, base_revision + 1)
            .bind(5, id)
            .run();
        r.record = *view(id);
        r.change_id = log_change(actor, "view", std::to_string(id), "update", *before, r.record);
        return r;
    });
}

WriteResult Store::remove_view(int64_t id, int64_t base_revision, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        WriteResult r;
        auto before = view(id);
        if (!based_on_current(before, base_revision, r)) return r;
        db_.prepare("DELETE FROM saved_view WHERE id = ?").bind(1, id).run();
        r.record = *before;
        r.change_id = log_change(actor, "view", std::to_string(id), "delete", *before, nullptr);
        return r;
    });
}

WriteResult Store::update_verbonden_partij(const std::string& id, const json& before, const json& after,
                                           const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        WriteResult r;
        Stmt s = db_.prepare("SELECT extra FROM organisation WHERE id = ?");
        s.bind(1, id);
        if (!s.step()) {
            r.outcome = WriteOutcome::not_found;
            return r;
        }
        json extra = json::parse(s.text(0), nullptr, false);
        if (!extra.is_object()) extra = json::object();
        const json current = extra.value("verbonden_partij", json(nullptr));
        if (current != before) {
            r.outcome = WriteOutcome::stale;
            r.record = current;
            return r;
        }
        ++generation_;
        extra["verbonden_partij"] = after;
        db_.prepare("UPDATE organisation SET extra = ? WHERE id = ?").bind(1, dump(extra)).bind(2, id).run();
        r.record = after;
        r.change_id = log_change(actor, "verbonden_partij", id, "update", current, after);
        return r;
    });
}

} // namespace swm
