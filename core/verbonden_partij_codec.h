// The JSON of a verbonden partij, under "verbonden_partij" of an organisation
// (docs/data-format.md). Every key is written; amounts are integer euros.
#pragma once
#include "core/dataset.h"
#include "core/verbonden_partij.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

namespace swm {

nlohmann::json encode_verbonden_partij(const VerbondenPartij& v);
// null when the organisation holds none.
nlohmann::json encode_verbonden_partij(const std::optional<VerbondenPartij>& v);
// Form only (types, keys, codes); errors have paths under `path`.
ValidationErrors decode_verbonden_partij(const nlohmann::json& j, const std::string& path, VerbondenPartij& out);

// PUT /api/organisations/{id}/verbonden_partij: {"before": the value as the
// client last read it (null: none), "verbonden_partij": the new value (null:
// none)}. The host checks the new value within its organisation, with paths.
struct VerbondenPartijUpdate {
    nlohmann::json before;
    nlohmann::json value;
};
nlohmann::json encode_verbonden_partij_update(const nlohmann::json& before, const std::optional<VerbondenPartij>& value);
// nullopt when either key is missing (the host answers 428: a write must say
// what it was based on).
std::optional<VerbondenPartijUpdate> decode_verbonden_partij_update(const nlohmann::json& j);

// The dataset without personal data (the contacts of verbonden partijen):
// what the offline snapshot and an export for others carry.
Dataset without_personal_data(Dataset d);
// The same for a dataset (or {"organisations": [...]}) in its JSON form.
nlohmann::json without_personal_data(nlohmann::json dataset);

} // namespace swm
