#pragma once

// The signed-in person's notices inbox (GET /v1/inbox): notices and incident updates sent to
// the organisation's owners and admins, unread ones in bold.

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace Gui {

struct InboxItem
{
    QString id;
    QString kind; // general, sla_change, service_end, incident
    QString title;
    QString body;
    QDateTime createdAt;
    bool read = false;
};

class InboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReadRole,
        BodyRole,
    };

    explicit InboxModel(QObject* parent = nullptr);

    // The "items" array of GET /v1/inbox.
    void setItems(const QJsonArray& items);
    void markRead(const QString& id);
    [[nodiscard]] int unreadCount() const;
    [[nodiscard]] const InboxItem* item(const QModelIndex& index) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

signals:
    void unreadCountChanged(int unread);

private:
    QList<InboxItem> m_items;
};

} // namespace Gui
