# The allocator of the programs that import and analyse (tieout and its
# benchmarks), through the interface target Tieout::allocator. With
# TIEOUT_JEMALLOC on, jemalloc and its settings (app/AllocatorSettings.cpp);
# off (the default), glibc's malloc. On, it needs libjemalloc-dev, which is not
# in packaging/debian-packages.txt: it paid 4% on the 1 MB and 7% on the 10 MB
# synthetic release once the analysis was plain data (docs/PERFORMANCE.md),
# under the 10% a second allocator in every install has to buy. The tests keep
# glibc's allocator, and instrumented builds their sanitizer's own.
option(TIEOUT_JEMALLOC "Link jemalloc (libjemalloc-dev) into tieout and its benchmarks" OFF)

add_library(tieout_allocator INTERFACE)
add_library(Tieout::allocator ALIAS tieout_allocator)
if(TIEOUT_JEMALLOC AND NOT TIEOUT_INSTRUMENTED)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
    target_link_libraries(tieout_allocator INTERFACE PkgConfig::JEMALLOC)
    target_sources(tieout_allocator INTERFACE ${PROJECT_SOURCE_DIR}/app/AllocatorSettings.cpp)
endif()
