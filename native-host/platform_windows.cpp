// The platform layer on Windows: wide ("W") API calls with UTF-8 converted at
// this boundary, so paths with 'ë', spaces, drive letters and UNC names work.
#include "native-host/platform.h"
#include "native-host/stop_request.h"

// winsock2.h before windows.h (which wide_string.h brings), and windows.h
// before the other Windows headers, which need its types.
#include <winsock2.h>

#include "native-host/windows/wide_string.h"

#include <bcrypt.h>
#include <fcntl.h>
#include <io.h>
#include <knownfolders.h>
#include <objbase.h>
#include <shellapi.h>
#include <shlobj.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>

namespace swm::platform {
namespace {

using windows::to_utf8;
using windows::to_wide;

bool is_separator(wchar_t c) { return c == L'\\' || c == L'/'; }

// The system's description of the last error, in the user's language.
std::string last_error_text() {
    const DWORD code = GetLastError();
    wchar_t* text = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string out = n ? to_utf8(text, n) : "Windows-fout " + std::to_string(code);
    LocalFree(text);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ')) out.pop_back();
    return out;
}

// Length of the part of `path` that is not a folder to create: "C:\",
// "\\server\share\", "\\?\C:\" or "\\?\UNC\server\share\".
size_t root_length(const std::wstring& p) {
    size_t i = 0;
    bool unc = false;
    if (p.compare(0, 4, L"\\\\?\\") == 0) {
        i = 4;
        unc = p.compare(4, 4, L"UNC\\") == 0;
        if (unc) i = 8;
    } else if (p.size() >= 2 && is_separator(p[0]) && is_separator(p[1])) {
        i = 2;
        unc = true;
    }
    if (unc) {
        for (int name = 0; name < 2 && i < p.size(); ++name) {
            while (i < p.size() && !is_separator(p[i])) ++i;
            if (i < p.size()) ++i;
        }
        return i;
    }
    if (p.size() >= i + 2 && p[i + 1] == L':') i += 2;
    if (i < p.size() && is_separator(p[i])) ++i;
    return i;
}

bool is_dir(const std::wstring& path) {
    const DWORD a = GetFileAttributesW(path.c_str());
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY);
}

// Windows ends the process once a console handler for closing the window or
// logging off returns, or a window has answered WM_ENDSESSION: stop the
// server, then wait here; the main thread ends the process after closing
// the database.
BOOL WINAPI on_console_event(DWORD type) {
    deliver_stop_request();
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT) return TRUE;
    Sleep(INFINITE);
    return TRUE;
}

LRESULT CALLBACK on_session_message(HWND window, UINT message, WPARAM wparam, LPARAM lparam) {
    if (message == WM_QUERYENDSESSION) return TRUE;
    if (message == WM_ENDSESSION && wparam) {
        deliver_stop_request();
        Sleep(INFINITE);
    }
    return DefWindowProcW(window, message, wparam, lparam);
}

// A program that uses user32 (ShellExecuteW does) no longer gets the console
// events for logging off and shutting down; a hidden top-level window gets
// WM_ENDSESSION instead. Runs its message loop on its own thread.
void watch_session_end() {
    WNDCLASSW wc{};
    wc.lpfnWndProc = on_session_message;
    wc.hInstance = GetModuleHandleW(nullptr);
    wc.lpszClassName = L"SamenwerkingsmonitorSession";
    if (!RegisterClassW(&wc)) return;
    HWND window = CreateWindowW(wc.lpszClassName, L"Samenwerkingsmonitor", 0, 0, 0, 0, 0, nullptr, nullptr, wc.hInstance, nullptr);
    if (!window) return;
    MSG msg;
    while (GetMessageW(&msg, nullptr, 0, 0) > 0) DispatchMessageW(&msg);
}

} // namespace

std::string env(const char* name) {
    const std::wstring wname = to_wide(name);
    const DWORD n = GetEnvironmentVariableW(wname.c_str(), nullptr, 0);
    if (n == 0) return {};
    std::wstring value(n, L'\0');
    const DWORD got = GetEnvironmentVariableW(wname.c_str(), value.data(), n);
    value.resize(got);
    return to_utf8(value);
}

std::string default_data_dir() {
    std::string base;
    wchar_t* folder = nullptr;
    if (SHGetKnownFolderPath(FOLDERID_LocalAppData, 0, nullptr, &folder) == S_OK) base = to_utf8(folder);
    CoTaskMemFree(folder);
    if (base.empty()) base = env("LOCALAPPDATA");
    return join_path(base, "Samenwerkingsmonitor");
}

bool make_dirs(const std::string& path, std::string& error) {
    const std::wstring w = to_wide(path);
    for (size_t i = root_length(w); i <= w.size(); ++i) {
        if (i != w.size() && !is_separator(w[i])) continue;
        const std::wstring part = w.substr(0, i);
        if (part.empty() || is_separator(part.back())) continue;  // doubled separators
        if (CreateDirectoryW(part.c_str(), nullptr) || is_dir(part)) continue;
        error = to_utf8(part) + ": " + last_error_text();
        return false;
    }
    if (!is_dir(w)) {
        error = path + ": geen map";
        return false;
    }
    return true;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
    HANDLE f = CreateFileW(to_wide(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE) {
        error = path + ": " + last_error_text();
        return false;
    }
    out.clear();
    char buf[65536];
    DWORD n = 0;
    BOOL ok = TRUE;
    while ((ok = ReadFile(f, buf, sizeof buf, &n, nullptr)) && n > 0) out.append(buf, n);
    if (!ok) error = path + ": " + last_error_text();
    CloseHandle(f);
    return ok;
}

bool write_file_atomic(const std::string& path, const std::string& data, std::string& error) {
    const std::wstring target = to_wide(path);
    const std::wstring tmp = target + L".tmp-" + std::to_wstring(GetCurrentProcessId());
    HANDLE f = CreateFileW(tmp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (f == INVALID_HANDLE_VALUE) {
        error = to_utf8(tmp) + ": " + last_error_text();
        return false;
    }
    size_t done = 0;
    bool ok = true;
    while (ok && done < data.size()) {
        DWORD n = 0;
        const DWORD chunk = DWORD(std::min<size_t>(data.size() - done, 1u << 30));
        ok = WriteFile(f, data.data() + done, chunk, &n, nullptr) && n > 0;
        done += n;
    }
    ok = ok && FlushFileBuffers(f);
    if (!ok) error = path + ": " + last_error_text();
    CloseHandle(f);
    if (ok && !MoveFileExW(tmp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        error = path + ": " + last_error_text();
        ok = false;
    }
    if (!ok) DeleteFileW(tmp.c_str());
    return ok;
}

bool write_private_file(const std::string& path, const std::string& data, std::string& error) {
    return write_file_atomic(path, data, error);
}

bool file_exists(const std::string& path) { return GetFileAttributesW(to_wide(path).c_str()) != INVALID_FILE_ATTRIBUTES; }

bool remove_file(const std::string& path) { return DeleteFileW(to_wide(path).c_str()) != 0; }

std::string join_path(const std::string& dir, const std::string& name) {
    if (dir.empty() || dir.back() == '\\' || dir.back() == '/' || dir.back() == ':') return dir + name;
    return dir + "\\" + name;
}

bool has_desktop() {
    // A service runs on an invisible window station: no one to show a browser to.
    USEROBJECTFLAGS flags{};
    HWINSTA station = GetProcessWindowStation();
    if (!station || !GetUserObjectInformationW(station, UOI_FLAGS, &flags, sizeof flags, nullptr)) return true;
    return (flags.dwFlags & WSF_VISIBLE) != 0;
}

bool open_browser(const std::string& url) {
    // ShellExecute may hand the URL to COM-based handlers (Microsoft's advice).
    const HRESULT com = CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
    const HINSTANCE rc = ShellExecuteW(nullptr, L"open", to_wide(url).c_str(), nullptr, nullptr, SW_SHOWNORMAL);
    if (SUCCEEDED(com)) CoUninitialize();
    return reinterpret_cast<INT_PTR>(rc) > 32;
}

void watch_stop_requests() {
    SetConsoleCtrlHandler(on_console_event, TRUE);
    std::thread(watch_session_end).detach();
}

std::string user_name() {
    wchar_t name[257];
    DWORD n = sizeof name / sizeof name[0];
    if (GetUserNameW(name, &n) && n > 0) return to_utf8(name, n - 1);
    return env("USERNAME");
}

void init_console() {
    // UTF-8 out, and bytes as written: without binary mode every "\n"
    // becomes "\r\n", and an exported CSV (CRLF already) would differ from
    // the Linux one.
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleTitleW(L"Samenwerkingsmonitor");
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

// The Windows heap has no per-thread arenas and gives large blocks back by itself.
void tune_allocator() {}
void release_free_memory() {}

void set_listen_socket_options(std::uintptr_t socket) {
    // SO_REUSEADDR on Windows would let a second program take over the port;
    // exclusive use makes a taken port an error instead.
    BOOL yes = TRUE;
    setsockopt(SOCKET(socket), SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&yes), sizeof yes);
}

long process_id() { return long(GetCurrentProcessId()); }

bool random_bytes(unsigned char* out, size_t n) {
    return BCryptGenRandom(nullptr, out, ULONG(n), BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}

} // namespace swm::platform

// --- Storage checks (faults) ---
namespace swm::platform {

bool folder_writable(const std::string& dir) {
    // Folder attributes say nothing about a read-only share or medium: try.
    const std::wstring probe = windows::to_wide(join_path(dir, ".swm-schrijftest-" + std::to_string(process_id())));
    const HANDLE h = CreateFileW(probe.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                 FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE) return GetLastError() == ERROR_FILE_EXISTS;
    CloseHandle(h);
    return true;
}

std::string network_file_system(const std::string& path) {
    wchar_t root[MAX_PATH + 1];
    if (!GetVolumePathNameW(windows::to_wide(path).c_str(), root, MAX_PATH + 1)) return {};
    wchar_t fs_name[MAX_PATH + 1] = L"";
    if (!GetVolumeInformationW(root, nullptr, 0, nullptr, nullptr, nullptr, fs_name, MAX_PATH + 1)) fs_name[0] = L'\0';
    return network_fs_from_windows_volume(GetDriveTypeW(root), windows::to_utf8(fs_name, wcslen(fs_name)));
}

} // namespace swm::platform
