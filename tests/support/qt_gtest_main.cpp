// GoogleTest main with a Qt application object, so that tests can use the event loop,
// QNetworkAccessManager and (for ui tests) widgets under QT_QPA_PLATFORM=offscreen.
#include <gtest/gtest.h>

#include <unistd.h>

#ifdef ONESTREAM_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
#ifdef ONESTREAM_TEST_WIDGETS
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Tests must not read or write the developer's real settings.
    qputenv("XDG_CONFIG_HOME", QByteArray("/tmp/onestream-test-config-") +
                                   QByteArray::number(static_cast<qint64>(::getpid())));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("OneStreamTests"));
    TestApplication::setApplicationName(QStringLiteral("onestream-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
