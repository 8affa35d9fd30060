#pragma once

// Console output helpers for the CLI: UTF-8 stdout/stderr that scripts can parse.

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace Cli {

QTextStream& out();
QTextStream& err();
void printJson(const QJsonDocument& document);
// "onestream health: <message>" on stderr; returns code for `return fail(...)`.
int fail(const QString& command, const QString& message, int code = 1);

} // namespace Cli
