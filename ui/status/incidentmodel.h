#pragma once

// Incidents (or scheduled maintenances) as a tree: each one with its update timeline as
// children, newest update first. Columns: name / update text, status, when (incident: started;
// maintenance: its window; update: its time), time to first notice against the one-hour
// promise (incidents, when the signed-in person may see it: operators and auditors).

#include "core/status/statusmodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Gui {

struct FirstNotice
{
    std::optional<double> seconds; // none while no public notice has been given
    bool flagged = false;          // over one hour, or still silent an hour after detection
};

class IncidentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Incidents = 1,
        Maintenances,
    };
    enum Column
    {
        NameColumn = 0,
        StatusColumn,
        WhenColumn,
        FirstNoticeColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FlaggedRole, // bool: first notice over the promise
    };

    explicit IncidentModel(Kind kind, QObject* parent = nullptr);

    // Shows the open ones (closed incidents and completed maintenance are left out).
    void setIncidents(const QList<Status::Incident>& incidents);
    void setFirstNotices(const QHash<QString, FirstNotice>& notices);
    [[nodiscard]] Kind kind() const { return m_kind; }

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "12 min, within the one-hour promise" / "1 h 20 min: over the one-hour promise".
    [[nodiscard]] static QString firstNoticeText(const FirstNotice& notice);

private:
    [[nodiscard]] QVariant incidentData(const Status::Incident& incident, int column,
                                        int role) const;
    [[nodiscard]] static QVariant updateData(const Status::IncidentUpdate& update, int column,
                                             int role);

    Kind m_kind;
    QList<Status::Incident> m_incidents;
    QHash<QString, FirstNotice> m_firstNotices;
};

} // namespace Gui
