// What a failed SQLite call means for the person saving: a full disk, a
// read-only or failing data folder, a damaged database. Mapped once, so every
// route answers the same status, code and Dutch message (docs: README, Fouten).
#pragma once
#include <string>

namespace swm {

struct StorageFault {
    int status = 0;    // 0: not a storage fault (a bug: the caller answers 500)
    std::string code;  // stable, for programs
    std::string message;
};

// Classifies an (extended) SQLite result code.
StorageFault storage_fault(int sqlite_code);

} // namespace swm
