# Warning and sanitizer flags shared by every target of the project.
add_library(onestream_warnings INTERFACE)
target_compile_options(onestream_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(ONESTREAM_WERROR)
    target_compile_options(onestream_warnings INTERFACE -Werror)
endif()
# Qt must not convert const char* to QString behind our back: every user-visible string goes
# through tr() and every other one is explicit (QStringLiteral / QString::fromUtf8).
target_compile_definitions(onestream_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BOOST_ASIO_NO_DEPRECATED)

if(ONESTREAM_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# onestream_add_library(NAME DIR): one static library per folder, sources globbed so that
# adding a file never means editing a shared list.
function(onestream_glob_sources out dir)
    file(GLOB_RECURSE _src CONFIGURE_DEPENDS
        ${dir}/*.cpp ${dir}/*.h)
    set(${out} ${_src} PARENT_SCOPE)
endfunction()
