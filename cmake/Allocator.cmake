# The allocator of the programs that import and analyse (tieout and its
# benchmarks), through the interface target Tieout::allocator. With
# TIEOUT_JEMALLOC on, jemalloc and its settings (app/AllocatorSettings.cpp);
# off, glibc's malloc. docs/PERFORMANCE.md has what each measured. The tests
# keep glibc's allocator, and instrumented builds their sanitizer's own.
option(TIEOUT_JEMALLOC "Link jemalloc into tieout and its benchmarks" ON)

add_library(tieout_allocator INTERFACE)
add_library(Tieout::allocator ALIAS tieout_allocator)
if(TIEOUT_JEMALLOC AND NOT TIEOUT_INSTRUMENTED)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
    target_link_libraries(tieout_allocator INTERFACE PkgConfig::JEMALLOC)
    target_sources(tieout_allocator INTERFACE ${PROJECT_SOURCE_DIR}/app/AllocatorSettings.cpp)
endif()
