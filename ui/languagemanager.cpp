#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "onestream.gui.language")

namespace Gui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

bool LanguageManager::apply(const QString& code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_current)
        return true;
    removeTranslators();
    auto app = std::make_unique<QTranslator>();
    // Source strings are English; only Japanese needs a catalogue, but en is loaded too so
    // that later English wording fixes (plural forms) live in one place.
    if (app->load(QStringLiteral(":/i18n/onestream_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcLanguage) << "no translation catalogue for" << code;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = code;
    QLocale::setDefault(
        QLocale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    emit languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

} // namespace Gui
