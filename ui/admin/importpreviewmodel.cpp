#include "ui/admin/importpreviewmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace Gui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(const QList<Admin::ImportRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::badRows() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const auto& row) { return !row.problem.isEmpty(); }));
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Admin::ImportRow& row = m_rows.at(index.row());
    const bool bad = !row.problem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Line:
            return row.line;
        case Email:
            return row.email;
        case Role:
            return row.role;
        case Name:
            return row.displayName;
        case Problem:
            return row.problem;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (bad && index.column() == Problem && qApp)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        return bad ? QVariant(QBrush(QColor(255, 224, 224))) : QVariant();
    case Qt::ForegroundRole:
        return bad ? QVariant(QBrush(QColor(96, 0, 0))) : QVariant();
    case Qt::UserRole:
        return bad;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Line:
        return tr("Line");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    default:
        return tr("Problem");
    }
}

} // namespace Gui
