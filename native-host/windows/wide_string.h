// UTF-8 <-> UTF-16 at the Windows boundary: the program works in UTF-8, the
// wide ("W") Windows API takes UTF-16. Windows-only; included by the Windows
// files of native-host and nowhere else.
#pragma once
#include <windows.h>

#include <string>

namespace swm::windows {

inline std::wstring to_wide(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
    std::wstring out(size_t(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), out.data(), n);
    return out;
}

inline std::string to_utf8(const wchar_t* wide, size_t size) {
    if (size == 0) return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, wide, int(size), nullptr, 0, nullptr, nullptr);
    std::string out(size_t(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide, int(size), out.data(), n, nullptr, nullptr);
    return out;
}

inline std::string to_utf8(const std::wstring& wide) { return to_utf8(wide.data(), wide.size()); }

} // namespace swm::windows
