// The JSON contract of the monitor (docs/data-format.md): the default data
// files, the API, export and import all use it. Encoding writes every key, so
// decode(encode(x)) == x and encode(decode(j)) == j for any valid j.
//
// Decoding never throws and never trusts its input: wrong types, missing
// keys, unknown keys and codes, numbers out of range all become
// ValidationErrors with a JSON path ("partnerships[3].scale"). It also works
// where exceptions are switched off (the WebAssembly build).
#pragma once
#include "core/analysis.h"
#include "core/change_entry.h"
#include "core/dataset.h"
#include "core/dataset_comparison.h"
#include "core/organisation_merge.h"
#include "core/partnership_filter.h"
#include "core/saved_view.h"
#include "core/snapshot_info.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace swm {

// Written as "schema_version" at the top of register, strategy and dataset
// documents; a document without it is read as this version.
inline constexpr int kSchemaVersion = 3;

// Decoding stops adding errors after this many (hostile input could
// otherwise produce one per key) and then adds "validation.too_many_errors".
inline constexpr std::size_t kMaxDecodeErrors = 100;

template <class T>
struct Decoded {
    T value{};                // complete only when ok()
    ValidationErrors errors;

    bool ok() const { return errors.empty(); }
};

// {"date", "by", "subject", "source_text"}: a decision of the register, a
// moment of the council calendar.
nlohmann::json encode_dated_event(const DatedEvent& e);
nlohmann::json encode_organisation(const Organisation& o);
nlohmann::json encode_partnership(const Partnership& p);
nlohmann::json encode_strategy(const Strategy& s);
// Everything but the strategy: the shape of assets/data/register-2014.json.
nlohmann::json encode_register(const Dataset& d);
// The register with the strategy under "strategy": export, import, API.
nlohmann::json encode_dataset(const Dataset& d);
// Filter as JSON with the query parameter names as keys.
nlohmann::json encode_filter(const PartnershipFilter& f);
nlohmann::json encode_analysis(const Analysis& a);
// With the explanation in Dutch and English.
nlohmann::json encode_reconciliation(const LegalFormReconciliation& r);
// GET /api/analysis: the filtered register's analysis, with the whole
// register's reconciliation with the 2014 overview and the partnerships whose
// partners do not cluster on the map.
nlohmann::json encode_analysis_answer(const Analysis& a, const Dataset& whole);

// GET /api/partnerships: {"partnerships": [...], "peildatum", "shown", "total"}.
nlohmann::json encode_partnership_list(const std::vector<Partnership>& shown, const Dataset& whole);
// The same text from records already encoded and joined by ',' (the host
// keeps each record's bytes, so a list of thousands is not built twice).
std::string encode_partnership_list(std::string_view joined_records, std::size_t shown, const Dataset& whole);

// The answer to a write: {"<kind>": the record as stored, "change_id"}, kind
// "partnership", "organisation", "view" or "input" (the council calendar).
nlohmann::json encode_write_answer(std::string_view kind, const nlohmann::json& record, long long change_id);
struct WriteAnswer {
    nlohmann::json record;  // decoded by the caller with its kind's decoder
    long long change_id = 0;
};
// nullopt for a body not of this shape (an error body, another kind).
std::optional<WriteAnswer> decode_write_answer(std::string_view kind, const nlohmann::json& j);
// [{"field", "key", "detail", "message": {"nl", "en"}}]
nlohmann::json encode_errors(const ValidationErrors& errors);

Decoded<DatedEvent> decode_dated_event(const nlohmann::json& j);
Decoded<Organisation> decode_organisation(const nlohmann::json& j);
Decoded<Partnership> decode_partnership(const nlohmann::json& j);
Decoded<Strategy> decode_strategy(const nlohmann::json& j);
Decoded<Dataset> decode_dataset(const nlohmann::json& j);
// The two default data files: register-2014.json and strategy.json. Errors
// in the strategy file have paths starting with "strategy".
Decoded<Dataset> decode_dataset_files(const nlohmann::json& register_json, const nlohmann::json& strategy_json);
Decoded<PartnershipFilter> decode_filter(const nlohmann::json& j);

// History: one entry, and a list as {"changes": [...]}.
nlohmann::json encode_change(const ChangeEntry& c);
nlohmann::json encode_changes(const std::vector<ChangeEntry>& changes);
Decoded<ChangeEntry> decode_change(const nlohmann::json& j);
Decoded<std::vector<ChangeEntry>> decode_changes(const nlohmann::json& j);

// Snapshots: one, and the list as {"snapshots": [...]}; a request to make one.
nlohmann::json encode_snapshot_info(const SnapshotInfo& s);
nlohmann::json encode_snapshot_list(const std::vector<SnapshotInfo>& list);
Decoded<SnapshotInfo> decode_snapshot_info(const nlohmann::json& j);
Decoded<std::vector<SnapshotInfo>> decode_snapshot_list(const nlohmann::json& j);
Decoded<SnapshotRequest> decode_snapshot_request(const nlohmann::json& j);
// {"name", "peildatum"}: what the UI sends to POST /api/snapshots.
nlohmann::json encode_snapshot_request(const SnapshotRequest& r);

// A request to merge organisation `source` (named by the URL):
// {"into": id, "end_date": date or null, "revision": n}.
Decoded<OrganisationMerge> decode_organisation_merge(const nlohmann::json& j, const std::string& source);
// {"into", "end_date", "revision"}; the source is in the request's path.
nlohmann::json encode_organisation_merge(const OrganisationMerge& m);

// Saved views and decks: one, and the list as {"views": [...]}. Decoding
// checks the shape only; validate_saved_view checks the state.
nlohmann::json encode_saved_view(const SavedView& v);
nlohmann::json encode_saved_view_list(const std::vector<SavedView>& views);
Decoded<SavedView> decode_saved_view(const nlohmann::json& j);
Decoded<std::vector<SavedView>> decode_saved_view_list(const nlohmann::json& j);

// The comparison of two registers as encode_comparison writes it.
Decoded<DatasetComparison> decode_comparison(const nlohmann::json& j);

// Nesting deeper than this is refused by parse_json: the contract needs
// six levels, and copying or dumping a nlohmann value recurses per level, so
// a hostile "[[[[...]]]]" would otherwise overflow the stack later.
inline constexpr int kMaxJsonDepth = 64;

// Parses text without exceptions; a syntax error becomes
// "validation.json_syntax" with the parser's position, too deep nesting
// "validation.json_too_deep".
Decoded<nlohmann::json> parse_json(std::string_view text);

} // namespace swm
