# Sanitizer builds, each in its own tree (mk/sanitize.mk, mk/fuzz.mk):
#   SWM_SANITIZE=address  AddressSanitizer + UndefinedBehaviorSanitizer
#   SWM_SANITIZE=thread   ThreadSanitizer
#   SWM_FUZZ=ON           libFuzzer targets (clang) with ASan + UBSan
# Every finding stops the program (-fno-sanitize-recover), so a test that
# meets one fails instead of printing a warning nobody reads.
set(SWM_SANITIZE "" CACHE STRING "Sanitizer build: address (ASan+UBSan) or thread (TSan); empty for none")
option(SWM_FUZZ "Build core and the libFuzzer targets only (clang)" OFF)

set(swm_sanitize_flags "")
if(SWM_SANITIZE STREQUAL "address")
  set(swm_sanitize_flags -fsanitize=address,undefined)
elseif(SWM_SANITIZE STREQUAL "thread")
  set(swm_sanitize_flags -fsanitize=thread)
elseif(NOT SWM_SANITIZE STREQUAL "")
  message(FATAL_ERROR "SWM_SANITIZE must be address or thread, not '${SWM_SANITIZE}'")
endif()
if(SWM_FUZZ)
  # Code is instrumented for coverage; only the fuzz targets link libFuzzer.
  set(swm_sanitize_flags -fsanitize=fuzzer-no-link,address,undefined)
endif()
if(SWM_SANITIZE)
  # -O1 -g1 (after the build type's -O2 -g, so they win): cheaper to compile
  # than -O2 -g, and line tables are all a report needs.
  add_compile_options(-O1 -g1)
endif()
if(swm_sanitize_flags)
  add_compile_options(${swm_sanitize_flags} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(${swm_sanitize_flags} -fno-sanitize-recover=all)
endif()
