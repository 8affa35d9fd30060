#pragma once

// Draws a progress bar in cells whose PercentRole is 0..100 (the Uploads queue table).

#include <QStyledItemDelegate>

namespace Gui {

class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int percentRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_percentRole;
};

} // namespace Gui
