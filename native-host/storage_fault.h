// What a failed SQLite call means for the person saving: a full disk, a
// read-only or failing data folder, a damaged database. Mapped once, so every
// route answers the same status, code and message (docs: README, Fouten).
#pragma once
#include "core/api_error.h"

namespace swm {

// Classifies an (extended) SQLite result code; status 0: not a storage fault
// (a bug: the caller answers 500).
ApiError storage_fault(int sqlite_code);

} // namespace swm
