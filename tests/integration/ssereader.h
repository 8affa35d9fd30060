#pragma once

// Reads a Server-Sent Events stream with QNetworkAccessManager and splits it into events, for
// the status integration tests.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace TestSupport {

// Reads an SSE stream with QNetworkAccessManager and splits it into events.
class SseReader
{
public:
    struct Event
    {
        QByteArray id;
        QByteArray type;
        QByteArray data;
    };

    void open(const QUrl& url, const QByteArray& lastEventId = {}, const QString& token = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Accept", "text/event-stream");
        if (!lastEventId.isEmpty())
            request.setRawHeader("Last-Event-ID", lastEventId);
        m_reply = m_network.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead,
                         [this] { m_raw += m_reply->readAll(); });
    }
    void close()
    {
        if (m_reply) {
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }
    ~SseReader() { close(); }

    [[nodiscard]] QList<Event> events() const
    {
        QList<Event> result;
        const QList<QByteArray> messages = QByteArray(m_raw).replace("\r\n", "\n").split('\n');
        Event current;
        for (const QByteArray& line : messages) {
            if (line.isEmpty()) {
                if (!current.type.isEmpty())
                    result.append(current);
                current = Event{};
            } else if (line.startsWith("id: ")) {
                current.id = line.mid(4);
            } else if (line.startsWith("event: ")) {
                current.type = line.mid(7);
            } else if (line.startsWith("data: ")) {
                current.data = line.mid(6);
            }
        }
        return result;
    }
    [[nodiscard]] const QByteArray& raw() const { return m_raw; }
    [[nodiscard]] int status() const
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }

private:
    QNetworkAccessManager m_network;
    QNetworkReply* m_reply = nullptr;
    QByteArray m_raw;
};

} // namespace TestSupport
