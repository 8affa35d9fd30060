#pragma once

// Holds the upload queue while the service's upload component is under maintenance or in a
// major outage, and releases it by itself when the component is back. The decision is a pure
// function of the status document (table-tested); UploadGate applies it to an UploadManager
// whenever the watcher's document changes. A stale page (the status page cannot be read)
// changes nothing: the last decision stands.

#include "core/status/statusmodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Upload {
class UploadManager;
}

namespace Status {

class StatusWatcher;

// Which component carries uploads. Our server names its built-in one "Upload endpoint" (its
// id is random per server); an id, when given, wins over the name.
struct UploadComponent
{
    QString id;
    QString name = QStringLiteral("Upload endpoint");
};

enum class HoldCause
{
    None = 1,
    Maintenance, // the component is under maintenance
    MajorOutage, // the component is in a major outage
};

struct GateDecision
{
    HoldCause cause = HoldCause::None;
    QString componentName;
    QString title;   // the running maintenance's or open incident's name, when known
    QDateTime until; // the maintenance's scheduled end, when known
    [[nodiscard]] bool hold() const { return cause != HoldCause::None; }
    // English, for logs and for UploadManager::hold(); the GUI translates from the fields.
    [[nodiscard]] QString reason() const;
    bool operator==(const GateDecision&) const = default;
};

// The component named by which, or nullptr when the document has none.
[[nodiscard]] const Component* findComponent(const StatusDocument& document,
                                             const UploadComponent& which);

[[nodiscard]] GateDecision decideUploadGate(const StatusDocument& document,
                                            const UploadComponent& which);

class UploadGate : public QObject
{
    Q_OBJECT
public:
    UploadGate(StatusWatcher& watcher, Upload::UploadManager& uploads, UploadComponent which = {},
               QObject* parent = nullptr);

    [[nodiscard]] const GateDecision& decision() const { return m_decision; }

    // Re-reads the watcher's last good document (also runs on every document change).
    void apply();

signals:
    void decisionChanged(const Status::GateDecision& decision);

private:
    StatusWatcher& m_watcher;
    QPointer<Upload::UploadManager> m_uploads;
    UploadComponent m_which;
    GateDecision m_decision;
};

} // namespace Status
