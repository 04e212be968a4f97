// The name of the person making a change, as they give it in the UI: it is
// what the history shows, so it must be text a person can read. The host
// checks the X-SWM-User header with this rule and the UI checks what is
// typed with it, so both refuse the same names with the same message.
#pragma once
#include "core/change_entry.h"
#include "core/snapshot_info.h"
#include "core/validation_error.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace swm {

inline constexpr std::size_t kMaxEditorNameChars = 80;

// `name` without ASCII whitespace at either end: the form it is stored in.
std::string normalised_editor_name(std::string_view name);

// The problems of a name (after normalising): empty, longer than 80
// characters, not valid UTF-8, or holding a control character (C0, DEL, C1:
// a line break would forge a second line in the history). Each error has
// `field` as its field.
ValidationErrors validate_editor_name(std::string_view name, const std::string& field);

// Names of people are personal data: a document meant for others (the
// offline snapshot) carries the history and the list of snapshots with the
// editors' names left out, as an empty actor, which the UI shows as
// "(naam weggelaten)". Only the names go; when and what stay.
std::vector<ChangeEntry> without_editor_names(std::vector<ChangeEntry> changes);
std::vector<SnapshotInfo> without_editor_names(std::vector<SnapshotInfo> snapshots);

} // namespace swm
