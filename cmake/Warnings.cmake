# The project's warnings and Qt's strict defines, carried by two interface
# targets so every target of ours builds the same way:
#   Tieout::options  warnings (errors when TIEOUT_WERROR is on) and Qt's
#                    strict casts; every target links it.
#   Tieout::strict   adds QT_NO_KEYWORDS and QT_NO_FOREACH; everything but
#                    the ui library, whose qcustomplot.h uses `signals` and
#                    `foreach`.

# Warnings are errors in CI: decided here and nowhere else. CI sets CI=true;
# a developer may turn it on by hand.
option(TIEOUT_WERROR "Treat compiler warnings as errors" OFF)
if("$ENV{CI}" STREQUAL "true" AND NOT TIEOUT_WERROR)
    set(TIEOUT_WERROR ON CACHE BOOL "Treat compiler warnings as errors" FORCE)
endif()

add_library(tieout_options INTERFACE)
add_library(Tieout::options ALIAS tieout_options)
target_compile_options(tieout_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${TIEOUT_WERROR}>:-Werror>)
target_compile_definitions(tieout_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

add_library(tieout_strict INTERFACE)
add_library(Tieout::strict ALIAS tieout_strict)
target_link_libraries(tieout_strict INTERFACE tieout_options)
target_compile_definitions(tieout_strict INTERFACE QT_NO_KEYWORDS QT_NO_FOREACH)
