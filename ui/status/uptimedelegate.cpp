#include "ui/status/uptimedelegate.h"

#include "ui/status/componentmodel.h"
#include "ui/status/statustext.h"

#include <QApplication>
#include <QPainter>

namespace Gui {

void UptimeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const QVariant value = index.data(ComponentModel::UptimeRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const QList<double> days = value.value<QList<double>>();
    const int count = ComponentModel::kUptimeDays;
    const QRectF area = QRectF(option.rect).adjusted(4, 5, -4, -5);
    const qreal step = area.width() / count;
    const qreal bar = std::max<qreal>(1.0, step * 0.7);
    const QColor noData = option.palette.color(QPalette::Mid);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (int day = 0; day < count; ++day) {
        const qsizetype at = days.size() - count + day; // right-aligned: today is last
        const double ratio = at >= 0 && at < days.size() ? days[at] : -1.0;
        const QColor color = StatusText::availabilityColor(ratio);
        painter->setBrush(color.isValid() ? color : noData);
        painter->drawRect(QRectF(area.left() + day * step, area.top(), bar, area.height()));
    }
    painter->restore();
}

QSize UptimeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ComponentModel::UptimeRole).isValid())
        size.setWidth(std::max(size.width(), ComponentModel::kUptimeDays * 3 + 8));
    size.setHeight(std::max(size.height(), 22));
    return size;
}

} // namespace Gui
