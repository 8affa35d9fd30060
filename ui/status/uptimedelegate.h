#pragma once

// Paints ComponentModel::UptimeRole as one thin bar per day (oldest on the left), coloured by
// that day's availability; grey where there is no data. The tooltip and accessible text carry
// the same information as words.

#include <QStyledItemDelegate>

namespace Gui {

class UptimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;
};

} // namespace Gui
