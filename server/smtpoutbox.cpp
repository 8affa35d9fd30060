#include "server/smtpoutbox.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcSmtp, "onestream.server.smtp")

namespace Server {

namespace {

class SmtpSession
{
public:
    explicit SmtpSession(const SmtpConfig& config) : m_config(config) {}

    Core::Status run(const std::string& to, const std::string& subject, const std::string& body)
    {
        m_socket.connectToHost(QString::fromStdString(m_config.host), m_config.port);
        if (!m_socket.waitForConnected(timeoutMs()))
            return fail(
                QStringLiteral("cannot connect to the relay: %1").arg(m_socket.errorString()));
        if (auto s = expect(220); !s)
            return s;
        if (auto s = command("EHLO onestream-server", 250); !s)
            return s;
        if (auto s = command("MAIL FROM:<" + m_config.from + ">", 250); !s)
            return s;
        if (auto s = command("RCPT TO:<" + to + ">", 250); !s)
            return s;
        if (auto s = command("DATA", 354); !s)
            return s;
        if (auto s = write(message(to, subject, body)); !s)
            return s;
        if (auto s = expect(250); !s)
            return s;
        (void)command("QUIT", 221);
        m_socket.disconnectFromHost();
        return {};
    }

private:
    int timeoutMs() const { return static_cast<int>(m_config.timeout.count()); }

    Core::Status fail(const QString& detail, int code = 0)
    {
        m_socket.abort();
        return Core::makeError(Core::ErrorCode::Network, detail, code);
    }

    Core::Status write(const std::string& line)
    {
        m_socket.write(line.data(), static_cast<qint64>(line.size()));
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(timeoutMs()))
                return fail(
                    QStringLiteral("write to the relay failed: %1").arg(m_socket.errorString()));
        }
        return {};
    }

    Core::Status command(const std::string& line, int wanted)
    {
        if (auto written = write(line + "\r\n"); !written)
            return written;
        return expect(wanted);
    }

    // Reads one (possibly multi-line) reply and checks its code.
    Core::Status expect(int wanted)
    {
        while (true) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(timeoutMs()))
                    return fail(
                        QStringLiteral("no reply from the relay: %1").arg(m_socket.errorString()));
            }
            const QByteArray line = m_socket.readLine().trimmed();
            if (line.size() < 3)
                return fail(QStringLiteral("malformed reply from the relay"));
            if (line.size() > 3 && line.at(3) == '-')
                continue; // continuation of a multi-line reply
            const int code = line.left(3).toInt();
            if (code != wanted) {
                return fail(
                    QStringLiteral("relay answered \"%1\"").arg(QString::fromUtf8(line.left(200))),
                    code);
            }
            return {};
        }
    }

    std::string message(const std::string& to, const std::string& subject,
                        const std::string& body) const
    {
        const QByteArray encodedSubject =
            "=?UTF-8?B?" + QByteArray::fromStdString(subject).toBase64() + "?=";
        std::string out;
        out += "From: OneStream status <" + m_config.from + ">\r\n";
        out += "To: <" + to + ">\r\n";
        out += "Subject: " + encodedSubject.toStdString() + "\r\n";
        out += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toStdString() +
               "\r\n";
        out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() +
               "@onestream-server>\r\n";
        out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n";
        // Normalise line ends to CRLF and dot-stuff (RFC 5321 §4.5.2).
        std::string line;
        const auto flush = [&] {
            if (!line.empty() && line.front() == '.')
                out += '.';
            out += line + "\r\n";
            line.clear();
        };
        for (const char c : body) {
            if (c == '\r')
                continue;
            if (c == '\n')
                flush();
            else
                line += c;
        }
        flush();
        out += ".\r\n";
        return out;
    }

    const SmtpConfig& m_config;
    QTcpSocket m_socket;
};

} // namespace

SmtpOutbox::SmtpOutbox(Database& db, SmtpConfig config) : m_db(db), m_config(std::move(config)) {}

SmtpOutbox::~SmtpOutbox()
{
    stop();
}

Core::Status SmtpOutbox::send(const SmtpConfig& config, const std::string& to,
                              const std::string& subject, const std::string& body)
{
    SmtpSession session(config);
    return session.run(to, subject, body);
}

void SmtpOutbox::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable() || m_config.host.empty())
        return;
    m_stopping = false;
    m_thread = std::thread([this] {
        std::unique_lock wait(m_mutex);
        while (!m_stopping) {
            m_woken = false;
            wait.unlock();
            sendDue();
            wait.lock();
            // Poll at least every retry base so that retries fall due without a wake-up.
            m_wake.wait_for(wait, std::min(m_config.retryBase, std::chrono::milliseconds(5000)),
                            [this] { return m_stopping || m_woken; });
        }
    });
}

void SmtpOutbox::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SmtpOutbox::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

int SmtpOutbox::sendDue()
{
    struct Mail
    {
        long long id;
        std::string to;
        std::string subject;
        std::string body;
        long long attempts;
    };
    const long long now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Mail> due = m_db.withLock([&](Database& db) {
        std::vector<Mail> rows;
        auto s = db.prepare("SELECT id, recipient, subject, body, attempts FROM status_outbox "
                            "WHERE sent_ms IS NULL AND next_attempt_ms <= ? ORDER BY id LIMIT 50");
        if (!s)
            return rows;
        s->bind(1, now);
        while (s->step().valueOr(false))
            rows.push_back({s->columnInt(0), s->columnText(1), s->columnText(2), s->columnText(3),
                            s->columnInt(4)});
        return rows;
    });
    int sent = 0;
    for (const Mail& mail : due) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        const Core::Status result = send(m_config, mail.to, mail.subject, mail.body);
        const long long attempts = mail.attempts + 1;
        const long long backoff =
            std::min<long long>(m_config.retryBase.count() << std::min<long long>(attempts - 1, 20),
                                m_config.maxRetry.count());
        m_db.withLock([&](Database& db) {
            auto u = db.prepare(
                result ? "UPDATE status_outbox SET attempts = ?, sent_ms = ?, last_error = NULL "
                         "WHERE id = ?"
                       : "UPDATE status_outbox SET attempts = ?, next_attempt_ms = ?, "
                         "last_error = ? WHERE id = ?");
            if (!u)
                return;
            const long long at = QDateTime::currentMSecsSinceEpoch();
            if (result) {
                u->bind(1, attempts).bind(2, at).bind(3, mail.id);
            } else {
                u->bind(1, attempts)
                    .bind(2, at + backoff)
                    .bind(3, result.error().detail.toStdString())
                    .bind(4, mail.id);
            }
            (void)u->step();
        });
        if (result) {
            ++sent;
        } else {
            // The recipient address is personal data: log the outbox id only.
            qCWarning(lcSmtp) << "mail" << mail.id << "attempt" << attempts
                              << "failed:" << result.error().detail << "- retrying in" << backoff
                              << "ms";
            if (result.error().code == Core::ErrorCode::Network && result.error().native == 0)
                break; // the relay is unreachable: the rest would fail the same way
        }
    }
    return sent;
}

} // namespace Server
