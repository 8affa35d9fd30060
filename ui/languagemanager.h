#pragma once

// Installs the Japanese or English translation at run time (no restart) and remembers the
// choice. Widgets retranslate on QEvent::LanguageChange.

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Gui {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "ja" or "en". The system locale decides when nothing was chosen.
    [[nodiscard]] static QString systemLanguage();
    [[nodiscard]] static QStringList supportedLanguages();

    // Installs the translators for code; returns false (and keeps the current language) when
    // code is not supported.
    bool apply(const QString& code);
    [[nodiscard]] QString current() const { return m_current; }

signals:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace Gui
