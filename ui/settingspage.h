#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Gui {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    // Shows code ("ja" / "en") as selected without emitting languageRequested.
    void setCurrentLanguage(const QString& code);

signals:
    void languageRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

} // namespace Gui
