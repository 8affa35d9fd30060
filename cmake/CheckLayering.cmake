# The layering rule of STYLE.md §2 as a test: core (and platform) never reach QtGui/QtWidgets,
# by a header include or by a link dependency. Run as
#   cmake -DSOURCE_DIR=<tree> [-DLINKS_FILE=<file>] [-DCLI_BINARY=<path>] -P CheckLayering.cmake
# LINKS_FILE lists core's and platform's link libraries (written at generate time);
# CLI_BINARY is the onestream CLI, which links only core + platform, so its NEEDED entries
# show the whole closure.
set(_problems "")

# 1. Includes: GUI headers, or reaching into ui/, app/ or server/ from core.
file(GLOB_RECURSE _core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/core/*.hpp")
set(_gui_regex "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtSvg|QtMultimediaWidgets|QtQuick|QtQml)(/|[>\"])|#[ \t]*include[ \t]*[<\"](QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPixmap|QImage|QIcon|QPainter|QColor|QFont|QWindow|QScreen|QClipboard)[>\"]|#[ \t]*include[ \t]*\"(ui|app|server)/")
foreach(_file IN LISTS _core_files)
    file(STRINGS "${_file}" _hits REGEX "${_gui_regex}")
    if(_hits)
        list(APPEND _problems "${_file}: ${_hits}")
    endif()
endforeach()

# 2. Link dependencies declared for core and platform.
if(DEFINED LINKS_FILE)
    file(READ "${LINKS_FILE}" _links)
    if(_links MATCHES "Qt6?::(Gui|Widgets|Svg|OpenGL|Multimedia|Quick)|onestream_ui|Qt6(Gui|Widgets)")
        list(APPEND _problems "core/platform link a GUI library: ${_links}")
    endif()
endif()

# 3. What the CLI binary really loads.
if(DEFINED CLI_BINARY)
    execute_process(COMMAND readelf -d "${CLI_BINARY}" OUTPUT_VARIABLE _dynamic
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        list(APPEND _problems "readelf failed on ${CLI_BINARY}")
    elseif(_dynamic MATCHES "libQt6(Gui|Widgets|Svg|OpenGL)")
        list(APPEND _problems "the CLI (core + platform only) loads a GUI library: ${CMAKE_MATCH_0}")
    endif()
endif()

if(_problems)
    list(JOIN _problems "\n  " _text)
    message(FATAL_ERROR "Layering violated (core must stay GUI-free, STYLE.md §2):\n  ${_text}")
endif()
list(LENGTH _core_files _count)
message(STATUS "layering ok: ${_count} core files checked")
