#include "core/json_codec.h"

#include "core/json_text.h"
#include "core/text.h"
#include "core/verbonden_partij_codec.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace swm {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------- encoding

template <class E>
json code_or_null(const std::optional<E>& value) {
    if (!value) return nullptr;
    return std::string(to_code(*value));
}

json string_or_null(const std::optional<std::string>& value) {
    if (!value) return nullptr;
    return *value;
}

template <class E>
json codes(const std::vector<E>& values) {
    json out = json::array();
    for (E v : values) out.push_back(std::string(to_code(v)));
    return out;
}

json provenance(const Provenance& p) {
    return {{"basis", std::string(to_code(p.basis))}, {"rule", code_or_null(p.rule)}, {"reason", p.reason}};
}

json provenance_or_null(const std::optional<Provenance>& p) {
    if (!p) return nullptr;
    return provenance(*p);
}

json partner_provenance(const std::map<std::string, Provenance>& map) {
    json out = json::object();
    for (const auto& [id, p] : map) out[id] = provenance(p);
    return out;
}

json stated_count(const std::optional<StatedCount>& c) {
    if (!c) return nullptr;
    return {{"count", c->count}, {"text", c->text}};
}

json dated_events(const std::vector<DatedEvent>& events) {
    json out = json::array();
    for (const auto& e : events) out.push_back(encode_dated_event(e));
    return out;
}

json commentary(const SourceCommentary& c) {
    json passages = json::array();
    for (const auto& p : c.passages) passages.push_back({{"topic", p.topic}, {"heading", p.heading}, {"text", p.text}});
    return {{"title", c.title}, {"passages", passages}};
}

json heading(const Heading& h) { return {{"text", h.text}, {"emphasis", h.emphasis}}; }

json statements(const std::vector<Statement>& list) {
    json out = json::array();
    for (const auto& s : list) out.push_back({{"number", s.number}, {"text", s.text}, {"key_phrases", s.key_phrases}});
    return out;
}

json layer_items(const std::vector<LayerItem>& items) {
    json out = json::array();
    for (const auto& i : items) {
        out.push_back({{"text", i.text}, {"partnerships", i.partnerships}, {"link_reason", i.link_reason}});
    }
    return out;
}

json layer(const LayerDescription& l) {
    json motives = json::array();
    for (const auto& m : l.motives) motives.push_back({{"text", m.text}, {"motive", code_or_null(m.motive)}});
    return {{"layer", std::string(to_code(l.layer))},
            {"definition", l.definition},
            {"example", l.example},
            {"successes", layer_items(l.successes)},
            {"opportunities", layer_items(l.opportunities)},
            {"motives", motives}};
}

json tallies(const std::vector<Tally>& list) {
    json out = json::array();
    for (const auto& t : list) out.push_back({{"code", t.code}, {"count", t.count}, {"numbers", t.numbers}});
    return out;
}

json crosstab(const Crosstab& t) { return {{"rows", t.rows}, {"columns", t.columns}, {"cells", t.cells}}; }

json seed_lines(const std::vector<SeedTallyLine>& lines) {
    json out = json::array();
    for (const auto& l : lines) {
        out.push_back({{"category", std::string(to_code(l.category))},
                       {"seed", l.seed},
                       {"register", l.in_register},
                       {"numbers", l.numbers},
                       {"stated", l.stated},
                       {"fitted", l.fitted}});
    }
    return out;
}

// ---------------------------------------------------------------- decoding

// Keeps error details short and printable: a hostile 10 MB code must not
// come back 10 MB long in every message.
std::string printable(std::string_view raw, std::size_t max_chars = 60) {
    const std::string valid = replace_invalid_utf8(raw);
    const std::string_view text = valid;
    if (utf8_length(text) <= max_chars) return valid;
    std::size_t bytes = 0;
    for (std::size_t chars = 0; chars < max_chars; ++chars) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) ++bytes;
    }
    return std::string(text.substr(0, bytes)) + "\xE2\x80\xA6";  // "…"
}

class Reader {
public:
    void error(const std::string& path, std::string key, std::string detail = {}) {
        if (errors_.size() < kMaxDecodeErrors) {
            errors_.push_back({path, std::move(key), std::move(detail)});
        } else if (!overflowed_) {
            overflowed_ = true;
            errors_.push_back({"", "validation.too_many_errors", std::to_string(kMaxDecodeErrors)});
        }
    }
    ValidationErrors take() { return std::move(errors_); }

private:
    ValidationErrors errors_;
    bool overflowed_ = false;
};

enum class Need { required, optional };

// The keys of one JSON object as they are read; keys never asked for are
// reported as unknown, so a misspelt key is not silently ignored.
class Fields {
public:
    Fields(Reader& reader, const json& j, std::string path) : reader_(reader), j_(j), path_(std::move(path)) {
        if (!j.is_object()) reader_.error(path_, "validation.expected_object");
    }

    bool ok() const { return j_.is_object(); }
    Reader& reader() { return reader_; }
    std::string path(std::string_view key) const { return join_path(path_, std::string(key)); }

    // The value under `key`, or nullptr (reported when required).
    const json* get(std::string_view key, Need need) {
        known_.push_back(key);
        if (!ok()) return nullptr;
        const auto it = j_.find(key);
        if (it != j_.end()) return &*it;
        if (need == Need::required) reader_.error(path(key), "validation.missing_field");
        return nullptr;
    }

    void finish() {
        if (!ok()) return;
        for (const auto& item : j_.items()) {
            if (std::find(known_.begin(), known_.end(), item.key()) != known_.end()) continue;
            reader_.error(join_path(path_, printable(item.key())), "validation.unknown_field", printable(item.key()));
        }
    }

private:
    Reader& reader_;
    const json& j_;
    std::string path_;
    std::vector<std::string_view> known_;
};

// Where a value sits, spelt out as a path only for an error: the paths of the
// values that decode cleanly (nearly all) are never built.
class Where {
public:
    Where(const std::string& path) : path_(&path) {}
    Where(const Fields& f, std::string_view key) : fields_(&f), key_(key) {}
    std::string path() const { return fields_ ? fields_->path(key_) : *path_; }

private:
    const std::string* path_ = nullptr;
    const Fields* fields_ = nullptr;
    std::string_view key_;
};

bool read_string(Reader& r, const json& v, const Where& where, std::string& out) {
    if (!v.is_string()) {
        r.error(where.path(), "validation.expected_string");
        return false;
    }
    out = v.get_ref<const std::string&>();
    return true;
}

bool read_int(Reader& r, const json& v, const Where& where, int& out) {
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT_MAX)) {
            r.error(where.path(), "validation.number_out_of_range");
            return false;
        }
        out = static_cast<int>(u);
        return true;
    }
    if (v.is_number_integer()) {
        const auto s = v.get<std::int64_t>();
        if (s < INT_MIN || s > INT_MAX) {
            r.error(where.path(), "validation.number_out_of_range");
            return false;
        }
        out = static_cast<int>(s);
        return true;
    }
    r.error(where.path(), "validation.expected_integer");
    return false;
}

template <class E>
bool read_code(Reader& r, const json& v, const Where& where, E& out) {
    std::string code;
    if (!read_string(r, v, where, code)) return false;
    const auto value = from_code<E>(code);
    if (!value) {
        r.error(where.path(), unknown_code_key<E>(), printable(code));
        return false;
    }
    out = *value;
    return true;
}

// Calls item(value, path) for every element of the array under `key`.
template <class Fn>
void for_each_item(Fields& f, std::string_view key, Need need, Fn item) {
    const json* v = f.get(key, need);
    if (!v) return;
    if (!v->is_array()) {
        f.reader().error(f.path(key), "validation.expected_array");
        return;
    }
    const std::string list = f.path(key);
    for (std::size_t i = 0; i < v->size(); ++i) item((*v)[i], index_path(list, i));
}

void field(Fields& f, std::string_view key, std::string& out, Need need = Need::optional) {
    if (const json* v = f.get(key, need)) read_string(f.reader(), *v, Where(f, key), out);
}

void field(Fields& f, std::string_view key, int& out, Need need = Need::optional) {
    if (const json* v = f.get(key, need)) read_int(f.reader(), *v, Where(f, key), out);
}

void field(Fields& f, std::string_view key, int64_t& out, Need need = Need::optional) {
    const json* v = f.get(key, need);
    if (!v) return;
    if (v->is_number_integer() && (!v->is_number_unsigned() || v->get<std::uint64_t>() <= std::uint64_t(INT64_MAX))) {
        out = v->get<int64_t>();
        return;
    }
    f.reader().error(f.path(key), v->is_number() ? "validation.number_out_of_range" : "validation.expected_integer");
}

// A value kept as it is: a record of another document inside this one.
void field(Fields& f, std::string_view key, json& out, Need need = Need::optional) {
    if (const json* v = f.get(key, need)) out = *v;
}

// A string or null.
void field(Fields& f, std::string_view key, std::optional<std::string>& out) {
    const json* v = f.get(key, Need::optional);
    if (!v || v->is_null()) return;
    std::string s;
    if (read_string(f.reader(), *v, Where(f, key), s)) out = std::move(s);
}

template <class E>
void code_field(Fields& f, std::string_view key, E& out, Need need = Need::optional) {
    if (const json* v = f.get(key, need)) read_code(f.reader(), *v, Where(f, key), out);
}

// A code or null.
template <class E>
void code_field(Fields& f, std::string_view key, std::optional<E>& out) {
    const json* v = f.get(key, Need::optional);
    if (!v || v->is_null()) return;
    E value{};
    if (read_code(f.reader(), *v, Where(f, key), value)) out = value;
}

void field(Fields& f, std::string_view key, std::vector<std::string>& out, Need need = Need::optional) {
    for_each_item(f, key, need, [&](const json& v, const std::string& path) {
        std::string s;
        if (read_string(f.reader(), v, path, s)) out.push_back(std::move(s));
    });
}

void field(Fields& f, std::string_view key, std::vector<int>& out) {
    for_each_item(f, key, Need::optional, [&](const json& v, const std::string& path) {
        int n = 0;
        if (read_int(f.reader(), v, path, n)) out.push_back(n);
    });
}

template <class E>
void code_list(Fields& f, std::string_view key, std::vector<E>& out) {
    for_each_item(f, key, Need::optional, [&](const json& v, const std::string& path) {
        E value{};
        if (read_code(f.reader(), v, path, value)) out.push_back(value);
    });
}

// Decodes the object under `key` with read(Fields&); absent is fine unless required.
template <class Fn>
void object_field(Fields& f, std::string_view key, Need need, Fn read) {
    const json* v = f.get(key, need);
    if (!v) return;
    Fields inner(f.reader(), *v, f.path(key));
    if (inner.ok()) read(inner);
    inner.finish();
}

template <class T, class Fn>
void object_list(Fields& f, std::string_view key, Need need, std::vector<T>& out, Fn read) {
    for_each_item(f, key, need, [&](const json& v, const std::string& path) {
        Fields inner(f.reader(), v, path);
        T item{};
        if (inner.ok()) read(inner, item);
        inner.finish();
        out.push_back(std::move(item));
    });
}

void schema_version(Fields& f) {
    const json* v = f.get("schema_version", Need::optional);
    if (!v) return;
    int version = 0;
    if (!read_int(f.reader(), *v, Where(f, "schema_version"), version)) return;
    // Older documents are read as they are: every key added since is
    // optional and means "not recorded". A newer one may hold keys this
    // version would drop, so it is refused with what to do about it.
    if (version > kSchemaVersion) {
        f.reader().error(f.path("schema_version"), "validation.newer_schema_version",
                         std::to_string(version));
    } else if (version < 1) {
        f.reader().error(f.path("schema_version"), "validation.unknown_schema_version", std::to_string(version));
    }
}

void read_organisation(Fields& f, Organisation& o) {
    field(f, "id", o.id, Need::required);
    field(f, "name", o.name, Need::required);
    code_field(f, "kind", o.kind, Need::required);
    field(f, "cbs_code", o.cbs_code);
    code_list(f, "regions", o.regions);
    field(f, "aliases", o.aliases);
    field(f, "notes", o.notes);
    if (const json* v = f.get("verbonden_partij", Need::optional); v && !v->is_null()) {
        o.verbonden_partij.emplace();
        for (auto& e : decode_verbonden_partij(*v, f.path("verbonden_partij"), *o.verbonden_partij)) {
            f.reader().error(e.field, std::move(e.key), std::move(e.detail));
        }
    }
    // Absent in documents before schema version 3: not ended, not merged.
    field(f, "end_date", o.end_date);
    field(f, "merged_into", o.merged_into);
    field(f, "revision", o.revision);
}

void read_provenance(Fields& f, Provenance& p) {
    code_field(f, "basis", p.basis, Need::required);
    code_field(f, "rule", p.rule);
    field(f, "reason", p.reason);
}

// An object or null under `key`.
void provenance_field(Fields& f, std::string_view key, std::optional<Provenance>& out) {
    const json* v = f.get(key, Need::optional);
    if (!v || v->is_null()) return;
    Fields inner(f.reader(), *v, f.path(key));
    Provenance p;
    if (inner.ok()) read_provenance(inner, p);
    inner.finish();
    out = p;
}

// {"<organisation id>": {provenance}, ...}
void partner_provenance_field(Fields& f, std::map<std::string, Provenance>& out) {
    const json* v = f.get("partner_provenance", Need::optional);
    if (!v || v->is_null()) return;
    if (!v->is_object()) {
        f.reader().error(f.path("partner_provenance"), "validation.expected_object");
        return;
    }
    for (const auto& item : v->items()) {
        Fields inner(f.reader(), item.value(), join_path(f.path("partner_provenance"), printable(item.key())));
        Provenance p;
        if (inner.ok()) read_provenance(inner, p);
        inner.finish();
        out[item.key()] = p;
    }
}

void read_dated_event(Fields& f, DatedEvent& e) {
    field(f, "date", e.date, Need::required);
    field(f, "by", e.by);
    field(f, "subject", e.subject);
    field(f, "source_text", e.source_text);
}

void read_partnership(Fields& f, Partnership& p) {
    field(f, "number", p.number, Need::required);
    field(f, "name", p.name, Need::required);
    field(f, "description", p.description);
    field(f, "partners", p.partners);
    partner_provenance_field(f, p.partner_provenance);
    if (const json* v = f.get("partner_count_stated", Need::optional); v && !v->is_null()) {
        Fields c(f.reader(), *v, f.path("partner_count_stated"));
        StatedCount count;
        if (c.ok()) {
            field(c, "count", count.count, Need::required);
            field(c, "text", count.text);
        }
        c.finish();
        p.partner_count_stated = count;
    }
    code_field(f, "scale", p.scale);
    object_field(f, "legal_form", Need::optional, [&](Fields& lf) {
        code_field(lf, "category", p.legal_form.category, Need::required);
        code_field(lf, "gr_kind", p.legal_form.gr_kind);
        field(lf, "text", p.legal_form.text);
        provenance_field(lf, "provenance", p.legal_form.provenance);
    });
    object_field(f, "motives", Need::optional, [&](Fields& m) {
        code_list(m, "categories", p.motives.categories);
        field(m, "text", p.motives.text);
    });
    object_field(f, "decided_by", Need::optional, [&](Fields& d) {
        code_field(d, "category", p.decided_by.category, Need::required);
        field(d, "text", p.decided_by.text);
    });
    code_field(f, "layer", p.layer, Need::required);
    provenance_field(f, "layer_provenance", p.layer_provenance);
    code_field(f, "status", p.status, Need::required);
    field(f, "start_date", p.start_date);
    field(f, "end_date", p.end_date);
    field(f, "joined_date", p.joined_date);
    object_list(f, "decisions", Need::optional, p.decisions, read_dated_event);
    field(f, "source", p.source);
    field(f, "peildatum", p.peildatum);
    field(f, "notes", p.notes);
    field(f, "original_text", p.original_text);
    field(f, "revision", p.revision);
}

void heading_field(Fields& f, std::string_view key, Heading& h) {
    object_field(f, key, Need::optional, [&](Fields& hf) {
        field(hf, "text", h.text);
        field(hf, "emphasis", h.emphasis);
    });
}

void statement_list(Fields& f, std::string_view key, std::vector<Statement>& out) {
    object_list(f, key, Need::optional, out, [](Fields& sf, Statement& s) {
        field(sf, "number", s.number, Need::required);
        field(sf, "text", s.text, Need::required);
        field(sf, "key_phrases", s.key_phrases);
    });
}

void layer_item_list(Fields& f, std::string_view key, std::vector<LayerItem>& out) {
    object_list(f, key, Need::optional, out, [](Fields& itf, LayerItem& item) {
        field(itf, "text", item.text, Need::required);
        field(itf, "partnerships", item.partnerships);
        field(itf, "link_reason", item.link_reason);
    });
}

void read_layer(Fields& f, LayerDescription& l) {
    code_field(f, "layer", l.layer, Need::required);
    field(f, "definition", l.definition);
    field(f, "example", l.example);
    layer_item_list(f, "successes", l.successes);
    layer_item_list(f, "opportunities", l.opportunities);
    object_list(f, "motives", Need::optional, l.motives, [](Fields& mf, LayerMotive& m) {
        field(mf, "text", m.text, Need::required);
        code_field(mf, "motive", m.motive);
    });
}

void read_strategy(Fields& f, Strategy& s) {
    schema_version(f);
    field(f, "title", s.title);
    field(f, "subtitle", s.subtitle);
    heading_field(f, "tagline", s.tagline);
    field(f, "source", s.source);
    heading_field(f, "goals_heading", s.goals_heading);
    statement_list(f, "goals", s.goals);
    heading_field(f, "principles_heading", s.principles_heading);
    statement_list(f, "principles", s.principles);
    object_list(f, "layers", Need::optional, s.layers, read_layer);
    object_field(f, "approach", Need::optional, [&](Fields& af) {
        field(af, "pragmatic_title", s.approach.pragmatic_title);
        field(af, "pragmatic_text", s.approach.pragmatic_text);
        field(af, "axis", s.approach.axis);
        field(af, "principled_title", s.approach.principled_title);
        field(af, "principled_text", s.approach.principled_text);
    });
    heading_field(f, "developments_heading", s.developments_heading);
    object_list(f, "developments", Need::optional, s.developments, [](Fields& df, Development& d) {
        field(df, "key", d.key, Need::required);
        field(df, "title", d.title);
        field(df, "text", d.text);
        field(df, "points", d.points);
    });
    field(f, "colofon", s.colofon);
    field(f, "notes", s.notes);
}

// The register part of a dataset; the caller decides where the strategy comes from.
void read_register(Fields& f, Dataset& d) {
    schema_version(f);
    field(f, "peildatum", d.peildatum, Need::required);
    field(f, "source", d.source);
    field(f, "notes", d.notes);
    object_list(f, "organisations", Need::required, d.organisations, read_organisation);
    object_list(f, "partnerships", Need::required, d.partnerships, read_partnership);
    object_field(f, "commentary", Need::optional, [&](Fields& cf) {
        field(cf, "title", d.commentary.title);
        object_list(cf, "passages", Need::optional, d.commentary.passages, [](Fields& pf, SourcePassage& passage) {
            field(pf, "topic", passage.topic, Need::required);
            field(pf, "heading", passage.heading);
            field(pf, "text", passage.text, Need::required);
        });
    });
}

template <class T, class Fn>
Decoded<T> decode_object(const json& j, const std::string& path, Fn read) {
    Reader r;
    Decoded<T> out;
    Fields f(r, j, path);
    if (f.ok()) read(f, out.value);
    f.finish();
    out.errors = r.take();
    return out;
}

} // namespace

json encode_dated_event(const DatedEvent& e) {
    return {{"date", e.date}, {"by", e.by}, {"subject", e.subject}, {"source_text", e.source_text}};
}

Decoded<DatedEvent> decode_dated_event(const json& j) { return decode_object<DatedEvent>(j, "", read_dated_event); }

json encode_organisation(const Organisation& o) {
    return {{"id", o.id},
            {"name", o.name},
            {"kind", std::string(to_code(o.kind))},
            {"cbs_code", string_or_null(o.cbs_code)},
            {"regions", codes(o.regions)},
            {"aliases", o.aliases},
            {"notes", o.notes},
            {"verbonden_partij", encode_verbonden_partij(o.verbonden_partij)},
            {"end_date", string_or_null(o.end_date)},
            {"merged_into", string_or_null(o.merged_into)},
            {"revision", o.revision}};
}

json encode_partnership(const Partnership& p) {
    return {{"number", p.number},
            {"name", p.name},
            {"description", p.description},
            {"partners", p.partners},
            {"partner_provenance", partner_provenance(p.partner_provenance)},
            {"partner_count_stated", stated_count(p.partner_count_stated)},
            {"scale", code_or_null(p.scale)},
            {"legal_form",
             {{"category", std::string(to_code(p.legal_form.category))},
              {"gr_kind", code_or_null(p.legal_form.gr_kind)},
              {"text", p.legal_form.text},
              {"provenance", provenance_or_null(p.legal_form.provenance)}}},
            {"motives", {{"categories", codes(p.motives.categories)}, {"text", p.motives.text}}},
            {"decided_by", {{"category", std::string(to_code(p.decided_by.category))}, {"text", p.decided_by.text}}},
            {"layer", std::string(to_code(p.layer))},
            {"layer_provenance", provenance_or_null(p.layer_provenance)},
            {"status", std::string(to_code(p.status))},
            {"start_date", string_or_null(p.start_date)},
            {"end_date", string_or_null(p.end_date)},
            {"joined_date", string_or_null(p.joined_date)},
            {"decisions", dated_events(p.decisions)},
            {"source", p.source},
            {"peildatum", p.peildatum},
            {"notes", p.notes},
            {"original_text", p.original_text},
            {"revision", p.revision}};
}

json encode_strategy(const Strategy& s) {
    json layers = json::array();
    for (const auto& l : s.layers) layers.push_back(layer(l));
    json developments = json::array();
    for (const auto& d : s.developments) {
        developments.push_back({{"key", d.key}, {"title", d.title}, {"text", d.text}, {"points", d.points}});
    }
    return {{"schema_version", kSchemaVersion},
            {"title", s.title},
            {"subtitle", s.subtitle},
            {"tagline", heading(s.tagline)},
            {"source", s.source},
            {"goals_heading", heading(s.goals_heading)},
            {"goals", statements(s.goals)},
            {"principles_heading", heading(s.principles_heading)},
            {"principles", statements(s.principles)},
            {"layers", layers},
            {"approach",
             {{"pragmatic_title", s.approach.pragmatic_title},
              {"pragmatic_text", s.approach.pragmatic_text},
              {"axis", s.approach.axis},
              {"principled_title", s.approach.principled_title},
              {"principled_text", s.approach.principled_text}}},
            {"developments_heading", heading(s.developments_heading)},
            {"developments", developments},
            {"colofon", s.colofon},
            {"notes", s.notes}};
}

json encode_register(const Dataset& d) {
    json organisations = json::array();
    for (const auto& o : d.organisations) organisations.push_back(encode_organisation(o));
    json partnerships = json::array();
    for (const auto& p : d.partnerships) partnerships.push_back(encode_partnership(p));
    return {{"schema_version", kSchemaVersion},
            {"peildatum", d.peildatum},
            {"source", d.source},
            {"notes", d.notes},
            {"organisations", organisations},
            {"partnerships", partnerships},
            {"commentary", commentary(d.commentary)}};
}

json encode_dataset(const Dataset& d) {
    json out = encode_register(d);
    json strategy = encode_strategy(d.strategy);
    strategy.erase("schema_version");  // the dataset's own version covers it
    out["strategy"] = std::move(strategy);
    return out;
}

json encode_filter(const PartnershipFilter& f) {
    json scales = json::array();
    for (const auto& s : f.scales) scales.push_back(scale_code(s));
    return {{"scale", scales},
            {"layer", codes(f.layers)},
            {"legal_form", codes(f.legal_forms)},
            {"motive", codes(f.motives)},
            {"status", codes(f.statuses)},
            {"decided_by", codes(f.decided_by)},
            {"organisation", f.organisations},
            {"q", f.text},
            {"stated_only", f.stated_only}};
}

json encode_analysis(const Analysis& a) {
    json shares = json::array();
    for (const auto& s : a.shared_with_hof_van_twente) {
        shares.push_back({{"organisation", s.organisation_id}, {"count", s.count}, {"numbers", s.numbers}});
    }
    return {{"stated_only", a.stated_only},
            {"total", a.total},
            {"by_scale", tallies(a.by_scale)},
            {"by_legal_form", tallies(a.by_legal_form)},
            {"by_motive", tallies(a.by_motive)},
            {"by_decided_by", tallies(a.by_decided_by)},
            {"by_layer", tallies(a.by_layer)},
            {"by_status", tallies(a.by_status)},
            {"layer_by_scale", crosstab(a.layer_by_scale)},
            {"legal_form_by_decided_by", crosstab(a.legal_form_by_decided_by)},
            {"shared_with_hof_van_twente", shares}};
}

json encode_reconciliation(const LegalFormReconciliation& r) {
    return {{"stated_total", r.stated_total},
            {"seed_sum", r.seed_sum},
            {"register_total", r.register_total},
            {"counted", seed_lines(r.counted)},
            {"uncounted", seed_lines(r.uncounted)},
            {"difference", r.difference()},
            {"fitted", r.fitted()},
            {"categories_match", r.categories_match()},
            {"explanation", {{"nl", explain(r, Lang::nl)}, {"en", explain(r, Lang::en)}}}};
}

json encode_analysis_answer(const Analysis& a, const Dataset& whole) {
    json out = encode_analysis(a);
    out["seed_legal_forms"] = encode_reconciliation(reconcile_seed_legal_forms(whole));
    out["not_geographically_clustered"] = not_geographically_clustered(whole);
    return out;
}

json encode_partnership_list(const std::vector<Partnership>& shown, const Dataset& whole) {
    json records = json::array();
    for (const Partnership& p : shown) records.push_back(encode_partnership(p));
    return {{"partnerships", std::move(records)}, {"peildatum", whole.peildatum}, {"shown", shown.size()},
            {"total", whole.partnerships.size()}};
}

std::string encode_partnership_list(std::string_view joined_records, std::size_t shown, const Dataset& whole) {
    // The keys in the order nlohmann writes them (sorted), so both overloads
    // give the same bytes (tests/core/test_json_codec.cpp).
    std::string out;
    out.reserve(joined_records.size() + 100);
    out += "{\"partnerships\":[";
    out += joined_records;
    out += "],\"peildatum\":";
    out += json(whole.peildatum).dump(-1, ' ', false, json::error_handler_t::replace);
    out += ",\"shown\":" + std::to_string(shown) + ",\"total\":" + std::to_string(whole.partnerships.size()) + "}";
    return out;
}

json encode_write_answer(std::string_view kind, const json& record, long long change_id) {
    return {{std::string(kind), record}, {"change_id", change_id}};
}

std::optional<WriteAnswer> decode_write_answer(std::string_view kind, const json& j) {
    if (!j.is_object()) return std::nullopt;
    const auto record = j.find(std::string(kind));
    const auto change = j.find("change_id");
    if (record == j.end() || change == j.end() || !change->is_number_integer()) return std::nullopt;
    return WriteAnswer{*record, change->get<long long>()};
}

json encode_errors(const ValidationErrors& errors) {
    json out = json::array();
    for (const auto& e : errors) {
        out.push_back({{"field", e.field},
                       {"key", e.key},
                       {"detail", e.detail},
                       {"message", {{"nl", e.message(Lang::nl)}, {"en", e.message(Lang::en)}}}});
    }
    return out;
}

Decoded<Organisation> decode_organisation(const json& j) {
    return decode_object<Organisation>(j, "", read_organisation);
}

Decoded<Partnership> decode_partnership(const json& j) { return decode_object<Partnership>(j, "", read_partnership); }

Decoded<Strategy> decode_strategy(const json& j) { return decode_object<Strategy>(j, "", read_strategy); }

Decoded<Dataset> decode_dataset(const json& j) {
    return decode_object<Dataset>(j, "", [](Fields& f, Dataset& d) {
        read_register(f, d);
        object_field(f, "strategy", Need::required, [&](Fields& sf) { read_strategy(sf, d.strategy); });
    });
}

Decoded<Dataset> decode_dataset_files(const json& register_json, const json& strategy_json) {
    Decoded<Dataset> out = decode_object<Dataset>(register_json, "", read_register);
    Decoded<Strategy> strategy = decode_object<Strategy>(strategy_json, "strategy", read_strategy);
    out.value.strategy = std::move(strategy.value);
    out.errors.insert(out.errors.end(), strategy.errors.begin(), strategy.errors.end());
    return out;
}

Decoded<PartnershipFilter> decode_filter(const json& j) {
    return decode_object<PartnershipFilter>(j, "", [](Fields& f, PartnershipFilter& filter) {
        for_each_item(f, "scale", Need::optional, [&](const json& v, const std::string& path) {
            std::string code;
            if (!read_string(f.reader(), v, path, code)) return;
            if (code == kNoScaleCode) {
                filter.scales.push_back(std::nullopt);
            } else if (auto s = from_code<Scale>(code)) {
                filter.scales.push_back(*s);
            } else {
                f.reader().error(path, "validation.unknown_scale", printable(code));
            }
        });
        code_list(f, "layer", filter.layers);
        code_list(f, "legal_form", filter.legal_forms);
        code_list(f, "motive", filter.motives);
        code_list(f, "status", filter.statuses);
        code_list(f, "decided_by", filter.decided_by);
        field(f, "organisation", filter.organisations);
        field(f, "q", filter.text);
        if (const json* v = f.get("stated_only", Need::optional)) {
            if (v->is_boolean()) {
                filter.stated_only = v->get<bool>();
            } else {
                f.reader().error(f.path("stated_only"), "validation.expected_boolean");
            }
        }
    });
}

json encode_change(const ChangeEntry& c) {
    return {{"id", c.id},         {"at", c.at},         {"actor", c.actor},   {"entity", c.entity},
            {"key", c.key},       {"action", c.action}, {"before", c.before}, {"after", c.after}};
}

json encode_changes(const std::vector<ChangeEntry>& changes) {
    json list = json::array();
    for (const auto& c : changes) list.push_back(encode_change(c));
    return {{"changes", list}};
}

Decoded<ChangeEntry> decode_change(const json& j) {
    return decode_object<ChangeEntry>(j, "", [](Fields& f, ChangeEntry& c) {
        field(f, "id", c.id, Need::required);
        field(f, "at", c.at, Need::required);
        field(f, "actor", c.actor);
        field(f, "entity", c.entity, Need::required);
        field(f, "key", c.key, Need::required);
        field(f, "action", c.action, Need::required);
        field(f, "before", c.before);
        field(f, "after", c.after);
    });
}

Decoded<std::vector<ChangeEntry>> decode_changes(const json& j) {
    return decode_object<std::vector<ChangeEntry>>(j, "", [](Fields& f, std::vector<ChangeEntry>& out) {
        for_each_item(f, "changes", Need::required, [&](const json& v, const std::string& path) {
            Decoded<ChangeEntry> c = decode_change(v);
            for (auto& e : c.errors) f.reader().error(join_path(path, e.field), e.key, e.detail);
            if (c.ok()) out.push_back(std::move(c.value));
        });
    });
}

json encode_snapshot_info(const SnapshotInfo& s) {
    return {{"id", s.id}, {"name", s.name}, {"peildatum", s.peildatum}, {"taken_at", s.taken_at}, {"actor", s.actor}};
}

json encode_snapshot_list(const std::vector<SnapshotInfo>& list) {
    json out = json::array();
    for (const auto& s : list) out.push_back(encode_snapshot_info(s));
    return {{"snapshots", out}};
}

namespace {
void read_snapshot_info(Fields& f, SnapshotInfo& s) {
    field(f, "id", s.id, Need::required);
    field(f, "name", s.name, Need::required);
    field(f, "peildatum", s.peildatum, Need::required);
    field(f, "taken_at", s.taken_at);
    field(f, "actor", s.actor);
}
} // namespace

Decoded<SnapshotInfo> decode_snapshot_info(const json& j) { return decode_object<SnapshotInfo>(j, "", read_snapshot_info); }

Decoded<std::vector<SnapshotInfo>> decode_snapshot_list(const json& j) {
    return decode_object<std::vector<SnapshotInfo>>(j, "", [](Fields& f, std::vector<SnapshotInfo>& out) {
        object_list(f, "snapshots", Need::required, out, read_snapshot_info);
    });
}

Decoded<SnapshotRequest> decode_snapshot_request(const json& j) {
    return decode_object<SnapshotRequest>(j, "", [](Fields& f, SnapshotRequest& r) {
        field(f, "name", r.name, Need::required);
        field(f, "peildatum", r.peildatum, Need::required);
    });
}

Decoded<OrganisationMerge> decode_organisation_merge(const json& j, const std::string& source) {
    Decoded<OrganisationMerge> out = decode_object<OrganisationMerge>(j, "", [](Fields& f, OrganisationMerge& m) {
        field(f, "into", m.target, Need::required);
        field(f, "end_date", m.end_date);
        field(f, "revision", m.revision, Need::required);
    });
    out.value.source = source;
    return out;
}

json encode_snapshot_request(const SnapshotRequest& r) { return {{"name", r.name}, {"peildatum", r.peildatum}}; }

json encode_organisation_merge(const OrganisationMerge& m) {
    return {{"into", m.target}, {"end_date", m.end_date ? json(*m.end_date) : json()}, {"revision", m.revision}};
}

json encode_saved_view(const SavedView& v) {
    return {{"id", v.id}, {"name", v.name}, {"kind", std::string(to_code(v.kind))}, {"state", v.state}, {"revision", v.revision}};
}

json encode_saved_view_list(const std::vector<SavedView>& views) {
    json out = json::array();
    for (const auto& v : views) out.push_back(encode_saved_view(v));
    return {{"views", out}};
}

namespace {
void read_saved_view(Fields& f, SavedView& v) {
    field(f, "id", v.id);
    field(f, "name", v.name, Need::required);
    code_field(f, "kind", v.kind);
    field(f, "state", v.state, Need::required);
    field(f, "revision", v.revision);
}
} // namespace

Decoded<SavedView> decode_saved_view(const json& j) { return decode_object<SavedView>(j, "", read_saved_view); }

Decoded<std::vector<SavedView>> decode_saved_view_list(const json& j) {
    return decode_object<std::vector<SavedView>>(j, "", [](Fields& f, std::vector<SavedView>& out) {
        object_list(f, "views", Need::required, out, read_saved_view);
    });
}

namespace {
void localized_field(Fields& f, std::string_view key, Localized& out) {
    object_field(f, key, Need::required, [&](Fields& lf) {
        field(lf, "nl", out.nl, Need::required);
        field(lf, "en", out.en, Need::required);
    });
}

void partnership_list(Fields& f, std::string_view key, std::vector<Partnership>& out) {
    object_list(f, key, Need::required, out, read_partnership);
}
} // namespace

Decoded<DatasetComparison> decode_comparison(const json& j) {
    return decode_object<DatasetComparison>(j, "", [](Fields& f, DatasetComparison& c) {
        partnership_list(f, "added", c.added);
        partnership_list(f, "removed", c.removed);
        object_list(f, "changed", Need::required, c.changed, [](Fields& cf, PartnershipChange& pc) {
            field(cf, "number", pc.number, Need::required);
            field(cf, "name", pc.name);
            object_list(cf, "fields", Need::required, pc.fields, [](Fields& ff, FieldChange& fc) {
                field(ff, "field", fc.field, Need::required);
                field(ff, "before", fc.before);
                field(ff, "after", fc.after);
                localized_field(ff, "label", fc.label);
                localized_field(ff, "before_text", fc.before_text);
                localized_field(ff, "after_text", fc.after_text);
            });
        });
    });
}

Decoded<json> parse_json(std::string_view text) {
    Decoded<json> out;
    if (json_nesting_depth(text) > kMaxJsonDepth) {
        out.errors.push_back({"", "validation.json_too_deep", std::to_string(kMaxJsonDepth)});
        return out;
    }
    out.value = json::parse(text.begin(), text.end(), nullptr, false);
    if (!out.value.is_discarded()) return out;
    out.value = nullptr;
    out.errors.push_back({"", "validation.json_syntax", printable(json_syntax_error(text).message, 300)});
    return out;
}

} // namespace swm
