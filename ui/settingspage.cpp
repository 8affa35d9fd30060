#include "ui/settingspage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Gui {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit languageRequested(m_language->itemData(index).toString()); });
    retranslate();
}

void SettingsPage::setCurrentLanguage(const QString& code)
{
    const QSignalBlocker blocker(m_language);
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Display language"));
    m_language->setToolTip(tr("Applies at once, without restarting"));
}

} // namespace Gui
