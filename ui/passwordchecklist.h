#pragma once

// The live password-policy checklist (DESIGN.md §4): one line per rule of
// core/security/passwordpolicy.h, ticked as the user types. Attach it to every field where a
// password is set (first owner in the local workspace, accept-invite, password change).

#include "core/security/passwordpolicy.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Gui {

class PasswordChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordChecklist(QWidget* parent = nullptr);

    // Follows edit's text from now on (edit must outlive this widget or be its sibling).
    void attach(QLineEdit* edit);
    void check(const QString& password);

    [[nodiscard]] bool acceptable() const { return m_acceptable; }
    [[nodiscard]] bool passed(Security::PasswordRule rule) const;
    [[nodiscard]] QString ruleText(Security::PasswordRule rule) const;

signals:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    struct Row
    {
        Security::PasswordRule rule;
        bool passed = false;
        QLabel* label = nullptr;
    };
    QList<Row> m_rows;
    bool m_acceptable = false;
};

} // namespace Gui
