// What changed in the register between two moments (a snapshot and now, or
// two snapshots): partnerships added, no longer there, and changed field by
// field, each change with its label and both values in words (labels for
// codes, names for partners). The comparison screen and the printed report
// both show exactly this, so they cannot disagree.
#pragma once
#include "core/dataset.h"
#include "core/i18n.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace swm {

// A text in both languages of the monitor.
struct Localized {
    std::string nl;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::en ? en : nl; }
    friend bool operator==(const Localized& a, const Localized& b) { return a.nl == b.nl && a.en == b.en; }
};

struct FieldChange {
    std::string field;        // path in the partnership's JSON: "legal_form.category"; lists whole
    nlohmann::json before;    // as the codec writes it; null when absent
    nlohmann::json after;
    Localized label;          // "Rechtsvorm"
    Localized before_text;    // "Gemeenschappelijke regeling"; partners by name
    Localized after_text;
};

struct PartnershipChange {
    int number = 0;
    std::string name;  // as it is now
    std::vector<FieldChange> fields;
};

struct DatasetComparison {
    std::vector<Partnership> added;
    std::vector<Partnership> removed;
    std::vector<PartnershipChange> changed;

    bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// The revision is bookkeeping, not content: it is never a change.
DatasetComparison compare_datasets(const Dataset& from, const Dataset& to);
// The fields of one partnership that differ between two versions, labelled;
// partners are named from `from_names` and `to_names`.
std::vector<FieldChange> compare_partnerships(const Partnership& before, const Partnership& after,
                                              const Dataset& from_names, const Dataset& to_names);

// The field's label ("Rechtsvorm"); the path itself for a field without one.
std::string field_label(const std::string& field, Lang lang);
// A value in words: labels for codes, names for partners (looked up in
// `names`, then in `fallback`), "—" for nothing.
std::string field_value_text(const std::string& field, const nlohmann::json& value, const Dataset& names,
                             const Dataset& fallback, Lang lang);

// {"added": [partnership], "removed": [...], "changed": [{"number", "name",
//  "fields": [{"field", "before", "after", "label": {nl, en},
//              "before_text": {nl, en}, "after_text": {nl, en}}]}]}
nlohmann::json encode_comparison(const DatasetComparison& c);
// decode_comparison is in json_codec.h, with the other decoders.

} // namespace swm
