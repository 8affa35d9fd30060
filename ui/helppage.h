#pragma once

// Help: the support desk's hours with "open now" / "opens at ..." computed in Japan time,
// the contact channels and the service's security and data-handling facts. The clock is
// injected so tests can stand at any instant.

#include "core/support/servicefacts.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;
class QTimer;

namespace Gui {

class HelpPage : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // clock defaults to the system clock (UTC).
    explicit HelpPage(Support::ServiceFacts facts, Clock clock = {}, QWidget* parent = nullptr);

    [[nodiscard]] QString supportStatusText() const;
    [[nodiscard]] bool supportOpen() const { return m_open; }

public slots:
    // Recomputes the open/closed line (also runs every 30 s).
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* addLabel(QWidget* parent, const QString& objectName);

    Support::ServiceFacts m_facts;
    Clock m_clock;
    bool m_open = false;
    QLabel* m_heading;
    QGroupBox* m_hoursBox;
    QLabel* m_hours;
    QLabel* m_status;
    QGroupBox* m_contactBox;
    QLabel* m_contacts;
    QGroupBox* m_securityBox;
    QLabel* m_security;
    QLabel* m_certifications;
    QTimer* m_timer;
};

} // namespace Gui
