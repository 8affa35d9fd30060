#include "ui/passwordchecklist.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Gui {

PasswordChecklist::PasswordChecklist(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordChecklist"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const Security::PasswordCheck& check : Security::checkPassword(QString())) {
        auto* label = new QLabel(this);
        label->setObjectName(
            QStringLiteral("rule-%1").arg(QLatin1String(Security::passwordRuleName(check.rule))));
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        m_rows.append(Row{check.rule, check.passed, label});
    }
    retranslate();
}

void PasswordChecklist::attach(QLineEdit* edit)
{
    connect(edit, &QLineEdit::textChanged, this, &PasswordChecklist::check);
    check(edit->text());
}

void PasswordChecklist::check(const QString& password)
{
    const QList<Security::PasswordCheck> checks = Security::checkPassword(password);
    bool all = true;
    for (Row& row : m_rows) {
        for (const Security::PasswordCheck& result : checks) {
            if (result.rule == row.rule)
                row.passed = result.passed;
        }
        all = all && row.passed;
    }
    retranslate();
    if (all != m_acceptable) {
        m_acceptable = all;
        emit acceptableChanged(all);
    }
}

bool PasswordChecklist::passed(Security::PasswordRule rule) const
{
    for (const Row& row : m_rows) {
        if (row.rule == rule)
            return row.passed;
    }
    return false;
}

QString PasswordChecklist::ruleText(Security::PasswordRule rule) const
{
    for (const Row& row : m_rows) {
        if (row.rule == rule)
            return row.label->text();
    }
    return {};
}

void PasswordChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordChecklist::retranslate()
{
    setAccessibleName(tr("Password requirements"));
    for (const Row& row : m_rows) {
        QString rule;
        switch (row.rule) {
        case Security::PasswordRule::MinLength:
            rule = tr("At least %n character(s)", nullptr, Security::kPasswordMinLength);
            break;
        case Security::PasswordRule::Lowercase:
            rule = tr("A lower-case letter");
            break;
        case Security::PasswordRule::Uppercase:
            rule = tr("An upper-case letter");
            break;
        case Security::PasswordRule::Digit:
            rule = tr("A digit");
            break;
        }
        // The mark is for the eye; the accessible name says it in words.
        row.label->setText((row.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + rule);
        row.label->setAccessibleName(row.passed ? tr("%1: met").arg(rule)
                                                : tr("%1: not met yet").arg(rule));
        row.label->setForegroundRole(row.passed ? QPalette::Text : QPalette::PlaceholderText);
    }
}

} // namespace Gui
