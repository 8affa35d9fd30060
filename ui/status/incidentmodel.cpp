#include "ui/status/incidentmodel.h"

#include "ui/status/statustext.h"

#include <QFont>

namespace Gui {

namespace {
constexpr double kPromiseSeconds = 3600.0;
}

IncidentModel::IncidentModel(Kind kind, QObject* parent) : QAbstractItemModel(parent), m_kind(kind)
{}

void IncidentModel::setIncidents(const QList<Status::Incident>& incidents)
{
    beginResetModel();
    m_incidents.clear();
    for (const Status::Incident& incident : incidents) {
        if (!incident.closed())
            m_incidents.append(incident);
    }
    if (m_kind == Kind::Maintenances) {
        std::stable_sort(m_incidents.begin(), m_incidents.end(),
                         [](const Status::Incident& a, const Status::Incident& b) {
                             return a.scheduledFor < b.scheduledFor;
                         });
    }
    endResetModel();
}

void IncidentModel::setFirstNotices(const QHash<QString, FirstNotice>& notices)
{
    m_firstNotices = notices;
    if (!m_incidents.isEmpty()) {
        emit dataChanged(index(0, FirstNoticeColumn),
                         index(static_cast<int>(m_incidents.size()) - 1, FirstNoticeColumn));
    }
}

QModelIndex IncidentModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex IncidentModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int IncidentModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_incidents.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_incidents[parent.row()].updates.size());
}

int IncidentModel::columnCount(const QModelIndex&) const
{
    return m_kind == Kind::Incidents ? ColumnCount : FirstNoticeColumn;
}

QVariant IncidentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return incidentData(m_incidents[index.row()], index.column(), role);
    const Status::Incident& incident = m_incidents[static_cast<qsizetype>(index.internalId() - 1)];
    return updateData(incident.updates[index.row()], index.column(), role);
}

QString IncidentModel::firstNoticeText(const FirstNotice& notice)
{
    if (!notice.seconds) {
        return notice.flagged ? tr("No notice yet: over the one-hour promise")
                              : tr("No notice yet");
    }
    const QString elapsed = StatusText::duration(static_cast<qint64>(*notice.seconds));
    return notice.flagged || *notice.seconds > kPromiseSeconds
               ? tr("%1: over the one-hour promise").arg(elapsed)
               : tr("%1, within the one-hour promise").arg(elapsed);
}

QVariant IncidentModel::incidentData(const Status::Incident& incident, int column, int role) const
{
    const auto notice = m_firstNotices.constFind(incident.id);
    switch (role) {
    case IdRole:
        return incident.id;
    case FlaggedRole:
        return notice != m_firstNotices.constEnd() && notice->flagged;
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn && m_kind == Kind::Incidents) {
            const auto impact = incident.impact.value;
            return StatusText::indicatorColor(
                impact == Status::Impact::Critical ? Status::Indicator::Critical
                : impact == Status::Impact::Major  ? Status::Indicator::Major
                : impact == Status::Impact::Minor  ? Status::Indicator::Minor
                                                   : Status::Indicator::None);
        }
        if (column == StatusColumn)
            return StatusText::indicatorColor(Status::Indicator::Maintenance);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return incident.name;
    case StatusColumn:
        if (m_kind == Kind::Incidents) {
            return tr("%1 (%2)").arg(StatusText::incidentStatusText(incident.status),
                                     StatusText::impactText(incident.impact));
        }
        return StatusText::incidentStatusText(incident.status);
    case WhenColumn:
        if (m_kind == Kind::Maintenances) {
            return tr("%1 – %2").arg(StatusText::dateTime(incident.scheduledFor),
                                     StatusText::dateTime(incident.scheduledUntil));
        }
        return StatusText::dateTime(incident.startedAt.isValid() ? incident.startedAt
                                                                 : incident.createdAt);
    case FirstNoticeColumn:
        if (notice == m_firstNotices.constEnd())
            return role == Qt::DisplayRole ? QStringLiteral("—") : tr("Not available");
        return firstNoticeText(*notice);
    default:
        return {};
    }
}

QVariant IncidentModel::updateData(const Status::IncidentUpdate& update, int column, int role)
{
    switch (role) {
    case IdRole:
        return update.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return role == Qt::DisplayRole ? update.body.section(QLatin1Char('\n'), 0, 0) : update.body;
    case StatusColumn:
        return StatusText::incidentStatusText(update.status);
    case WhenColumn:
        return StatusText::dateTime(update.displayAt.isValid() ? update.displayAt
                                                               : update.createdAt);
    default:
        return {};
    }
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_kind == Kind::Incidents ? tr("Incident and updates")
                                         : tr("Maintenance and updates");
    case StatusColumn:
        return tr("Status");
    case WhenColumn:
        return m_kind == Kind::Incidents ? tr("Started") : tr("Window");
    case FirstNoticeColumn:
        return tr("Time to first notice");
    default:
        return {};
    }
}

} // namespace Gui
