# Instrumented builds, each a preset of CMakePresets.json:
#   TIEOUT_SANITIZE=address  ASan and UBSan, any undefined behaviour fatal
#                            (preset asan; scripts/sanitize)
#   TIEOUT_SANITIZE=thread   ThreadSanitizer, for the analysis's threads
#                            (preset tsan; scripts/sanitize tsan)
#   TIEOUT_FUZZ=ON           clang, instrumented for libFuzzer as well as
#                            ASan and UBSan; tests/fuzz links the fuzzer
#                            (preset fuzz; scripts/fuzz)
# Otherwise optimised builds are hardened as Debian builds its packages.
set(TIEOUT_SANITIZE "" CACHE STRING "Sanitizers to build with: address (ASan and UBSan), thread (TSan), or empty")
set_property(CACHE TIEOUT_SANITIZE PROPERTY STRINGS "" address thread)
# Before presets the option was a boolean: ON still means ASan and UBSan.
if(TIEOUT_SANITIZE STREQUAL "ON")
    set(TIEOUT_SANITIZE address CACHE STRING "" FORCE)
elseif(TIEOUT_SANITIZE STREQUAL "OFF")
    set(TIEOUT_SANITIZE "" CACHE STRING "" FORCE)
endif()
option(TIEOUT_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(TIEOUT_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TIEOUT_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ or the fuzz preset")
endif()

set(_sanitizers "")
if(TIEOUT_SANITIZE STREQUAL "address" OR TIEOUT_FUZZ)
    set(_sanitizers address,undefined)
elseif(TIEOUT_SANITIZE STREQUAL "thread")
    set(_sanitizers thread)
elseif(NOT TIEOUT_SANITIZE STREQUAL "")
    message(FATAL_ERROR "TIEOUT_SANITIZE is address, thread or empty, not '${TIEOUT_SANITIZE}'")
endif()
if(TIEOUT_FUZZ)
    set(_sanitizers fuzzer-no-link,${_sanitizers})
endif()

if(_sanitizers)
    target_compile_options(tieout_options INTERFACE
        -fsanitize=${_sanitizers} -fno-omit-frame-pointer
        $<$<NOT:$<STREQUAL:${TIEOUT_SANITIZE},thread>>:-fno-sanitize-recover=undefined>)
    target_link_options(tieout_options INTERFACE -fsanitize=${_sanitizers})
    set(TIEOUT_INSTRUMENTED ON)
else()
    # Hardened as dpkg-buildflags would: stack protector, fortified libc
    # calls, and a read-only GOT resolved at start-up. Optimised builds only:
    # _FORTIFY_SOURCE needs optimisation.
    set(_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    target_compile_options(tieout_options INTERFACE
        $<${_optimised}:-fstack-protector-strong -fstack-clash-protection -D_FORTIFY_SOURCE=2>)
    target_link_options(tieout_options INTERFACE $<${_optimised}:LINKER:-z,relro,-z,now>)
    set(TIEOUT_INSTRUMENTED OFF)
endif()
