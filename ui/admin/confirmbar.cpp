#include "ui/admin/confirmbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Gui {

ConfirmBar::ConfirmBar(QWidget* parent)
    : QFrame(parent), m_question(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_confirm(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("confirmBar"));
    setFrameShape(QFrame::StyledPanel);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("confirmReason"));
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_cancel);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmBar::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &ConfirmBar::cancel);
    connect(m_reason, &QLineEdit::textChanged, this, &ConfirmBar::updateButton);
    connect(m_reason, &QLineEdit::returnPressed, this, &ConfirmBar::confirm);
    retranslate();
    hide();
}

void ConfirmBar::ask(const QString& question, bool needsReason,
                     std::function<void(QString)> onConfirm)
{
    m_question->setText(question);
    m_needsReason = needsReason;
    m_onConfirm = std::move(onConfirm);
    m_reason->clear();
    m_reason->setVisible(needsReason);
    updateButton();
    show();
    if (needsReason)
        m_reason->setFocus();
    else
        m_confirm->setFocus();
}

QString ConfirmBar::question() const
{
    return isVisible() || !isHidden() ? m_question->text() : QString();
}

void ConfirmBar::confirm()
{
    if (isHidden() || !m_confirm->isEnabled())
        return;
    auto action = std::move(m_onConfirm);
    m_onConfirm = nullptr;
    const QString reason = m_reason->text().trimmed();
    hide();
    if (action)
        action(reason);
}

void ConfirmBar::cancel()
{
    m_onConfirm = nullptr;
    hide();
}

void ConfirmBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ConfirmBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ConfirmBar::retranslate()
{
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_confirm->setText(tr("&Confirm"));
    m_cancel->setText(tr("Cancel"));
    setAccessibleName(tr("Confirmation"));
}

void ConfirmBar::updateButton()
{
    m_confirm->setEnabled(!m_needsReason || !m_reason->text().trimmed().isEmpty());
}

} // namespace Gui
