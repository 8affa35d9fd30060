// docs/api/openapi.yaml is the contract (DESIGN.md §2): every route the server registers is
// described there, and every operation described there is served.
#include "server/serverapp.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>
#include <string>

namespace {

std::set<std::string> documentedOperations()
{
    // tests/unit/<this file> -> repository root.
    const QString root = QStringLiteral(__FILE__).section(QLatin1Char('/'), 0, -4);
    QFile file(root + QStringLiteral("/docs/api/openapi.yaml"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    static const QRegularExpression kPath(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression kMethod(
        QStringLiteral("^    (get|put|post|delete|patch|options|head):"));
    std::set<std::string> operations;
    bool inPaths = false;
    QString path;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line == QLatin1String("paths:")) {
            inPaths = true;
            continue;
        }
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty() &&
            !line.startsWith(QLatin1Char('#')))
            inPaths = false;
        if (!inPaths)
            continue;
        if (const auto match = kPath.match(line); match.hasMatch())
            path = match.captured(1);
        else if (const auto method = kMethod.match(line); method.hasMatch() && !path.isEmpty())
            operations.insert(method.captured(1).toUpper().toStdString() + " " +
                              path.toStdString());
    }
    return operations;
}

TEST(OpenApiRoutes, ServerRoutesAndDocument_DescribeTheSameOperations)
{
    QTemporaryDir data;
    Server::ServerConfig config;
    config.dataDir = data.path().toStdString();
    auto app = Server::ServerApp::create(config);
    ASSERT_TRUE(app) << app.error().detail.toStdString();
    std::set<std::string> served;
    for (const auto& [verb, pattern] : app.value()->router().routes()) {
        served.insert(std::string(Server::http::to_string(verb)) + " " + pattern);
        // The router answers HEAD with every GET handler (minus the body).
        if (verb == Server::http::verb::get)
            served.insert("HEAD " + pattern);
    }
    const std::set<std::string> documented = documentedOperations();
    ASSERT_FALSE(documented.empty());
    for (const std::string& operation : served) {
        if (operation.starts_with("HEAD ") && !documented.contains(operation))
            continue; // implied by GET; documented only where HEAD has its own meaning (tus)
        EXPECT_TRUE(documented.contains(operation)) << "not in openapi.yaml: " << operation;
    }
    for (const std::string& operation : documented)
        EXPECT_TRUE(served.contains(operation)) << "documented but not served: " << operation;
}

} // namespace
