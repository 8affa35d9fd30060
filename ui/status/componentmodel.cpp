#include "ui/status/componentmodel.h"

#include "ui/status/statustext.h"

#include <QLocale>

namespace Gui {

ComponentModel::ComponentModel(QObject* parent) : QAbstractItemModel(parent) {}

void ComponentModel::setComponents(const QList<Status::Component>& components)
{
    beginResetModel();
    m_nodes.clear();
    QHash<QString, size_t> groups;
    for (const Status::Component& component : components) {
        if (component.isGroup) {
            groups.insert(component.id, m_nodes.size());
            m_nodes.push_back(Node{component, {}});
        }
    }
    for (const Status::Component& component : components) {
        if (component.isGroup)
            continue;
        const auto group = groups.find(component.groupId);
        if (!component.groupId.isEmpty() && group != groups.end())
            m_nodes[group.value()].children.push_back(component);
        else
            m_nodes.push_back(Node{component, {}});
    }
    std::stable_sort(m_nodes.begin(), m_nodes.end(), [](const Node& a, const Node& b) {
        return a.component.position < b.component.position;
    });
    endResetModel();
}

void ComponentModel::setUptime(const QHash<QString, QList<double>>& days)
{
    m_uptime = days;
    for (int row = 0; row < static_cast<int>(m_nodes.size()); ++row) {
        const QModelIndex top = index(row, UptimeColumn);
        emit dataChanged(top, top, {UptimeRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        const int children = static_cast<int>(m_nodes[static_cast<size_t>(row)].children.size());
        if (children > 0) {
            emit dataChanged(index(0, UptimeColumn, index(row, 0)),
                             index(children - 1, UptimeColumn, index(row, 0)),
                             {UptimeRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }
}

QModelIndex ComponentModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ComponentModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ComponentModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_nodes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<size_t>(parent.row())].children.size());
}

int ComponentModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Status::Component* ComponentModel::componentAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return &m_nodes[static_cast<size_t>(index.row())].component;
    const Node& node = m_nodes[static_cast<size_t>(index.internalId() - 1)];
    return &node.children[static_cast<size_t>(index.row())];
}

QVariant ComponentModel::data(const QModelIndex& index, int role) const
{
    const Status::Component* component = componentAt(index);
    if (!component)
        return {};
    const QList<double> uptime = m_uptime.value(component->id);
    switch (role) {
    case ComponentIdRole:
        return component->id;
    case StatusRole:
        return static_cast<int>(component->status.value);
    case UptimeRole:
        // A group has no history of its own (it is as bad as its worst child): no bars.
        return index.column() == UptimeColumn && !component->isGroup ? QVariant::fromValue(uptime)
                                                                     : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusText::componentColor(component->status.value);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return component->description;
        return component->name;
    case StatusColumn:
        return StatusText::componentStatusText(component->status);
    case UptimeColumn: {
        if (role == Qt::DisplayRole || component->isGroup)
            return {}; // painted by the delegate
        double sum = 0;
        int count = 0;
        for (double day : uptime) {
            if (day >= 0) {
                sum += day;
                ++count;
            }
        }
        if (count == 0)
            return tr("No uptime data");
        return tr("%1% uptime over the last %n day(s) with data", nullptr, count)
            .arg(QLocale().toString(100.0 * sum / count, 'f', 3));
    }
    default:
        return {};
    }
}

QVariant ComponentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Component");
    case StatusColumn:
        return tr("Status");
    case UptimeColumn:
        return tr("Uptime, last 90 days");
    default:
        return {};
    }
}

} // namespace Gui
