// The register's rules, shared by host (before storing) and UI (while
// editing) so both refuse the same input with the same messages. Codes that
// do not exist are caught earlier, by the JSON codec, with the same error
// type; these functions check typed values.
#pragma once
#include "core/dataset.h"
#include "core/snapshot_info.h"
#include "core/validation_error.h"

#include <cstddef>
#include <optional>
#include <string>

namespace swm {

// Limits in characters (code points).
inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxTextLength = 4000;
inline constexpr std::size_t kMaxIdLength = 64;

// Checks `p` as a create (replacing == nullopt) or as an update of the
// partnership now numbered `*replacing`, against the organisations and
// numbers of `dataset`. Fields are named relative to the partnership
// ("name", "partners[2]").
ValidationErrors validate_partnership(const Partnership& p, const Dataset& dataset,
                                      std::optional<int> replacing = std::nullopt);

// The organisation's own rules: id, name, kind and CBS code, regions,
// texts, end date.
ValidationErrors validate_organisation(const Organisation& o);
// Checks `o` as a create (replacing == nullopt) or as an update of the
// organisation `*replacing`, against the register: the id is new (create)
// or unchanged (update), "merged_into" is left to a merge
// (organisation_merge.h), and a verbonden partij links to partnerships that
// exist.
ValidationErrors validate_organisation(const Organisation& o, const Dataset& dataset,
                                       const std::optional<std::string>& replacing);

// Every rule for every record, with fields as paths from the dataset root
// ("partnerships[3].name").
ValidationErrors validate_dataset(const Dataset& dataset);

// A name (1 to kMaxNameLength characters) and a peildatum (a date as the
// register writes them, "YYYY", "YYYY-MM" or "YYYY-MM-DD").
ValidationErrors validate_snapshot_request(const SnapshotRequest& r);

} // namespace swm
