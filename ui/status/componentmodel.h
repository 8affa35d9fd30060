#pragma once

// The page's components as a tree: groups with their components, then ungrouped components,
// in the page's order. Columns: name, status (coloured), 90-day uptime (painted by
// UptimeDelegate from UptimeRole).

#include "core/status/statusmodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <vector>

namespace Gui {

class ComponentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        StatusColumn,
        UptimeColumn,
        ColumnCount,
    };
    enum Role
    {
        // QList<double>: one availability ratio per day, oldest first; < 0 means no data.
        UptimeRole = Qt::UserRole + 1,
        ComponentIdRole,
        StatusRole, // Status::ComponentStatus as int
    };
    static constexpr int kUptimeDays = 90;

    explicit ComponentModel(QObject* parent = nullptr);

    void setComponents(const QList<Status::Component>& components);
    // Per component id, kUptimeDays ratios (oldest first). Missing components show no data.
    void setUptime(const QHash<QString, QList<double>>& days);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Node
    {
        Status::Component component;
        std::vector<Status::Component> children;
    };
    [[nodiscard]] const Status::Component* componentAt(const QModelIndex& index) const;

    std::vector<Node> m_nodes;
    QHash<QString, QList<double>> m_uptime;
};

} // namespace Gui
