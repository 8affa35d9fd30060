#pragma once

// The rows of a CSV import (Admin::UserImporter) as a table: line, email, role, display name
// and the problem the dry run found, with bad rows marked (warning icon, tinted background).

#include "core/admin/userimport.h"

#include <QAbstractTableModel>

namespace Gui {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line = 0,
        Email,
        Role,
        Name,
        Problem,
        ColumnCount,
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(const QList<Admin::ImportRow>& rows);
    [[nodiscard]] int badRows() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<Admin::ImportRow> m_rows;
};

} // namespace Gui
