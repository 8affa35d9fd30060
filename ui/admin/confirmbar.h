#pragma once

// An inline confirmation strip for the Admin pages: a question, an optional reason field and
// Confirm / Cancel. It never opens a nested event loop (STYLE.md §3): the action runs when
// Confirm is pressed (or Enter), nothing happens on Cancel (or Escape).

#include <QFrame>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

class ConfirmBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConfirmBar(QWidget* parent = nullptr);

    // Shows question; with needsReason the reason field must be filled before Confirm works.
    void ask(const QString& question, bool needsReason, std::function<void(QString)> onConfirm);
    [[nodiscard]] QString question() const;

public slots:
    void confirm();
    void cancel();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void updateButton();

    QLabel* m_question;
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    bool m_needsReason = false;
    std::function<void(QString)> m_onConfirm;
};

} // namespace Gui
