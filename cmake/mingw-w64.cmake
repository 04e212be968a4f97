# Toolchain file for the Windows executable: Debian's MinGW-w64 cross
# compiler, posix thread flavour (std::thread and std::mutex, which
# cpp-httplib needs). Libraries and headers come only from the MinGW root,
# never from the Linux system.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(SWM_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${SWM_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${SWM_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${SWM_MINGW_TRIPLE}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${SWM_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
