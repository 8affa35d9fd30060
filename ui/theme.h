#pragma once

// Light or dark, following the system. Qt 6.5+ reports the system's colour scheme
// (QStyleHints::colorScheme) and announces changes; on Qt 6.4 the platform palette's window
// lightness decides, checked again whenever the platform changes the palette or theme.

#include <QPalette>

class QApplication;

namespace Gui {

// Pure: whether a palette is dark (its window colour is darker than mid-grey).
[[nodiscard]] bool isDarkPalette(const QPalette& palette);
// A complete dark palette for the Fusion style.
[[nodiscard]] QPalette darkPalette();
// Applies the system's scheme now and whenever it changes.
void followSystemColorScheme(QApplication& app);

} // namespace Gui
