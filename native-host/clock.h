// The time of day as the history, snapshots and backup names write it.
#pragma once
#include <string>

namespace swm {

// Now in UTC as ISO 8601 ("2026-11-23T10:45:00Z"): texts sort in time order
// and read the same in every time zone.
std::string utc_now();

// Now in UTC for file names: "20261123-104500".
std::string utc_stamp();

// Now in this computer's time zone, written by strftime's `format` (the log's
// time, the report's date). Safe from any server thread: std::localtime's one
// shared buffer is not.
std::string local_now(const char* format);

} // namespace swm
