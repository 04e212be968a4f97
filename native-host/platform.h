// Everything that differs between Linux and Windows, behind one interface,
// implemented once per platform (platform_posix.cpp, platform_windows.cpp).
// All strings are UTF-8; the Windows side converts at this boundary.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace swm::platform {

// Default data folder: $XDG_DATA_HOME/samenwerkingsmonitor (Linux),
// %LOCALAPPDATA%\Samenwerkingsmonitor (Windows).
std::string default_data_dir();

// Creates the folder and its parents; false with `error` set on failure.
bool make_dirs(const std::string& path, std::string& error);

// Reads a whole file; false with `error` set on failure. Paths are UTF-8
// on every platform (Windows converts to wide paths here).
bool read_file(const std::string& path, std::string& out, std::string& error);

// Writes a whole file so that a crash leaves either the old or the new file,
// never half of one: a temporary file, flushed to disk, then renamed.
bool write_file_atomic(const std::string& path, const std::string& data, std::string& error);

// As write_file_atomic, for a file only this OS user may read (mode 0600 on
// POSIX; on Windows the user's own data folder already keeps others out).
bool write_private_file(const std::string& path, const std::string& data, std::string& error);

// Whether a file or folder exists at `path`.
bool file_exists(const std::string& path);

// Deletes a file; false if it could not be deleted (or was not there).
bool remove_file(const std::string& path);

// Joins a folder and a file name with the platform's separator.
std::string join_path(const std::string& dir, const std::string& name);

// Whether a graphical desktop is there to open a browser on.
bool has_desktop();

// Opens `url` in the user's default browser, without waiting for it.
bool open_browser(const std::string& url);

// Starts watching for the user's requests to stop (Ctrl-C, SIGTERM, closing
// the console window, logging off) and passes each to
// deliver_stop_request() from a normal thread (stop_request.h).
void watch_stop_requests();

// The name of the logged-in user, for the history of changes.
std::string user_name();

// An environment variable as UTF-8; empty when unset.
std::string env(const char* name);

// Prepares the console: UTF-8 output on Windows, SIGPIPE ignored on POSIX.
void init_console();

// Options for the listening socket: the address may be reused after a
// restart (TIME_WAIT), but never shared with a second running monitor,
// so a taken port is reported instead of silently split.
void set_listen_socket_options(std::uintptr_t socket);

// Process id, to tell a live monitor from a stale lock file.
long process_id();

// Bytes from the operating system's secure random source.
bool random_bytes(unsigned char* out, size_t n);

// --- Memory ---

// Sets the allocator up for a server whose threads come and go: few arenas,
// and large blocks (encoded bodies) straight from and back to the system,
// so memory a request used does not stay with the process (glibc's
// defaults keep an arena per thread and raise the mmap threshold).
void tune_allocator();

// Returns memory freed inside the process to the system (glibc keeps it).
void release_free_memory();

// --- Storage checks (faults): where the data folder lives ---

// Whether new files can be written in folder `dir`: false on a read-only
// mount or share, whatever the user's rights on the folder itself.
bool folder_writable(const std::string& dir);

// The network file system that holds `path` ("NFS", "SMB/CIFS", ...), or
// empty when it is local or the platform does not say. SQLite's WAL needs
// shared memory that network file systems do not share safely.
std::string network_file_system(const std::string& path);

// The classifications behind network_file_system, one per platform, built
// on both so tests can give them any file system: Linux's statfs f_type,
// and Windows' GetDriveType answer with the volume's file system name.
std::string network_fs_from_statfs_type(int64_t f_type);
std::string network_fs_from_windows_volume(unsigned drive_type, const std::string& fs_name);

} // namespace swm::platform
