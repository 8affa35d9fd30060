#pragma once

// Turns text from a status page (incident bodies may carry HTML, entities, \r\n line ends,
// terminal escapes or bidi overrides) into safe plain text for a terminal, a tray tooltip or
// a label.

#include <QString>

namespace Status {

// Removes tags (script/style with their content), turns <br>, </p>, </li>, </div> into line
// breaks, decodes HTML entities, normalises \r\n and \r to \n, drops control and bidi
// formatting characters except \n and \t, collapses runs of blank lines and trims.
[[nodiscard]] QString toSafePlainText(const QString& input);

} // namespace Status
