#include "ui/status/inboxmodel.h"

#include "ui/status/statustext.h"

#include <QFont>
#include <QJsonObject>

namespace Gui {

InboxModel::InboxModel(QObject* parent) : QAbstractListModel(parent) {}

void InboxModel::setItems(const QJsonArray& items)
{
    const int before = unreadCount();
    beginResetModel();
    m_items.clear();
    for (const QJsonValue& value : items) {
        const QJsonObject object = value.toObject();
        InboxItem item;
        item.id = object.value(QLatin1String("id")).toString();
        if (item.id.isEmpty())
            continue;
        item.kind = object.value(QLatin1String("kind")).toString();
        item.title = object.value(QLatin1String("title")).toString();
        item.body = object.value(QLatin1String("body")).toString();
        item.createdAt = QDateTime::fromString(object.value(QLatin1String("created_at")).toString(),
                                               Qt::ISODateWithMs);
        item.read = object.value(QLatin1String("read")).toBool();
        m_items.append(item);
    }
    endResetModel();
    if (unreadCount() != before)
        emit unreadCountChanged(unreadCount());
}

void InboxModel::markRead(const QString& id)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id && !m_items[row].read) {
            m_items[row].read = true;
            emit dataChanged(index(row), index(row));
            emit unreadCountChanged(unreadCount());
            return;
        }
    }
}

int InboxModel::unreadCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const InboxItem& item) { return !item.read; }));
}

const InboxItem* InboxModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return nullptr;
    return &m_items[index.row()];
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    const InboxItem* entry = item(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3")
            .arg(StatusText::noticeKindText(entry->kind), entry->title,
                 StatusText::dateTime(entry->createdAt));
    case Qt::AccessibleTextRole:
        return entry->read ? tr("%1: %2").arg(StatusText::noticeKindText(entry->kind), entry->title)
                           : tr("Unread. %1: %2")
                                 .arg(StatusText::noticeKindText(entry->kind), entry->title);
    case Qt::ToolTipRole:
    case BodyRole:
        return entry->body;
    case Qt::FontRole: {
        QFont font;
        font.setBold(!entry->read);
        return font;
    }
    case IdRole:
        return entry->id;
    case ReadRole:
        return entry->read;
    default:
        return {};
    }
}

} // namespace Gui
