#include "app/cli/output.h"

#include <cstdio>

namespace Cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonDocument& document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

int fail(const QString& command, const QString& message, int code)
{
    err() << "onestream " << command << ": " << message << Qt::endl;
    return code;
}

} // namespace Cli
