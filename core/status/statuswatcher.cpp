#include "core/status/statuswatcher.h"

#include "core/status/statuspageparser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStatus, "onestream.status")

namespace Status {

namespace {

QUrl withPath(QUrl base, const QString& suffix)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + suffix);
    base.setQuery(QString());
    return base;
}

int ms(std::chrono::milliseconds value)
{
    return static_cast<int>(std::min<long long>(value.count(), 1LL << 30));
}

} // namespace

StatusWatcher::StatusWatcher(QNetworkAccessManager& network, WatcherOptions options,
                             QObject* parent)
    : QObject(parent), m_network(network), m_options(std::move(options)),
      m_seen(m_options.seenStorePath)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &StatusWatcher::fetch);
    m_sseRetryTimer.setSingleShot(true);
    connect(&m_sseRetryTimer, &QTimer::timeout, this, &StatusWatcher::connectSse);
}

StatusWatcher::~StatusWatcher()
{
    stop();
}

void StatusWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    if (auto loaded = m_seen.load(); !loaded)
        qCWarning(lcStatus) << "seen events not loaded:" << loaded.error().detail;
    fetch();
    if (m_options.trySse)
        connectSse();
}

void StatusWatcher::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_sseRetryTimer.stop();
    if (m_fetchReply)
        m_fetchReply->abort();
    if (m_sseReply)
        m_sseReply->abort();
}

void StatusWatcher::fetch()
{
    if (!m_running)
        return;
    if (m_fetchReply) {
        m_fetchPending = true;
        return;
    }
    m_pollTimer.stop();
    QNetworkRequest request(withPath(m_options.pageBase, QStringLiteral("/api/v2/summary.json")));
    request.setTransferTimeout(ms(m_options.requestTimeout));
    request.setRawHeader("Accept", "application/json");
    if (!m_etag.isEmpty())
        request.setRawHeader("If-None-Match", m_etag);
    QNetworkReply* reply = m_network.get(request);
    m_fetchReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFetched(reply); });
}

void StatusWatcher::onFetched(QNetworkReply* reply)
{
    reply->deleteLater();
    m_fetchReply = nullptr;
    if (!m_running)
        return;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool ok = false;
    if (httpStatus == 304) {
        ok = true;
    } else if (reply->error() != QNetworkReply::NoError) {
        setStale(true, QStringLiteral("cannot read %1: %2")
                           .arg(reply->url().toString(), reply->errorString()));
    } else {
        auto parsed = parseStatusDocument(reply->readAll());
        if (!parsed) {
            setStale(true, parsed.error().detail);
        } else {
            ok = true;
            m_etag = reply->rawHeader("ETag");
            m_lastGood = std::move(parsed).value();
            const auto events = takeNewEvents(*m_lastGood, m_seen, QDateTime::currentDateTimeUtc());
            if (auto saved = m_seen.save(); !saved)
                qCWarning(lcStatus) << "seen events not saved:" << saved.error().detail;
            emit documentChanged();
            for (const StatusEvent& event : events)
                emit eventArrived(event);
        }
    }
    if (ok) {
        setStale(false, {});
        m_backoff = std::chrono::milliseconds(0);
    } else {
        m_backoff = m_backoff.count() == 0 ? m_options.minBackoff
                                           : std::min(m_backoff * 2, m_options.maxBackoff);
    }
    if (m_fetchPending) {
        m_fetchPending = false;
        if (ok) {
            fetch();
            return;
        }
    }
    scheduleFetch(!ok              ? m_backoff
                  : m_sseConnected ? m_options.ssePollInterval
                                   : m_options.pollInterval);
}

void StatusWatcher::scheduleFetch(std::chrono::milliseconds delay)
{
    if (m_running)
        m_pollTimer.start(ms(delay));
}

void StatusWatcher::setStale(bool stale, const QString& error)
{
    if (stale) {
        m_lastError = error;
        qCInfo(lcStatus) << "status stale:" << error;
    }
    if (stale != m_stale) {
        m_stale = stale;
        emit staleChanged(stale);
    }
}

void StatusWatcher::connectSse()
{
    if (!m_running || m_sseUnsupported || m_sseReply)
        return;
    QNetworkRequest request(withPath(m_options.pageBase, QStringLiteral("/v1/events")));
    request.setTransferTimeout(ms(m_options.sseIdleTimeout));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId);
    QNetworkReply* reply = m_network.get(request);
    m_sseReply = reply;
    m_sseBuffer.clear();
    connect(reply, &QNetworkReply::readyRead, this, &StatusWatcher::onSseData);
    connect(reply, &QNetworkReply::finished, this, &StatusWatcher::onSseFinished);
}

void StatusWatcher::onSseData()
{
    QNetworkReply* reply = m_sseReply;
    if (!reply)
        return;
    if (!m_sseConnected) {
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (httpStatus != 200 || !type.startsWith("text/event-stream")) {
            // A page that answers something else (an HTML catch-all page, 404) has no stream.
            m_sseUnsupported = httpStatus != 503;
            reply->abort();
            return;
        }
        m_sseConnected = true;
        m_sseBackoff = std::chrono::milliseconds(0);
        emit sseStateChanged(true);
        fetch(); // catch up with what happened while disconnected
    }
    m_sseBuffer += reply->readAll();
    if (m_sseBuffer.size() > 1024 * 1024) { // a line that never ends: not a stream we follow
        reply->abort();
        return;
    }
    qsizetype newline = 0;
    while ((newline = m_sseBuffer.indexOf('\n')) >= 0) {
        QByteArray line = m_sseBuffer.left(newline);
        m_sseBuffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            dispatchSseMessage();
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment: heartbeat
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event") {
            m_msgType = value;
        } else if (field == "data") {
            if (!m_msgData.isEmpty())
                m_msgData += '\n';
            m_msgData += value;
        } else if (field == "id" && !value.contains('\0')) {
            m_msgId = value;
            m_msgHasId = true;
        }
    }
}

void StatusWatcher::dispatchSseMessage()
{
    if (m_msgHasId)
        m_lastEventId = m_msgId;
    const QByteArray type = m_msgType.isEmpty() ? QByteArrayLiteral("message") : m_msgType;
    const bool hasData = !m_msgData.isEmpty() || !m_msgType.isEmpty();
    const QByteArray data = m_msgData;
    const QByteArray id = m_msgId;
    m_msgType.clear();
    m_msgData.clear();
    m_msgHasId = false;
    if (!hasData)
        return;
    emit pushReceived(type, id, data);
    fetch(); // the summary (with its ETag) is the source of truth; the push says "look now"
}

void StatusWatcher::onSseFinished()
{
    QNetworkReply* reply = m_sseReply;
    m_sseReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool wasConnected = m_sseConnected;
    m_sseConnected = false;
    if (wasConnected)
        emit sseStateChanged(false);
    if (!m_running)
        return;
    if (m_sseUnsupported ||
        (!wasConnected && httpStatus != 0 && httpStatus != 200 && httpStatus != 503)) {
        // The page does not offer our stream (404 or HTML on a third-party page): poll only.
        m_sseUnsupported = true;
        qCInfo(lcStatus) << "no event stream offered; polling";
        return; // polling goes on at its own pace
    }
    m_sseBackoff = m_sseBackoff.count() == 0 ? m_options.minBackoff
                                             : std::min(m_sseBackoff * 2, m_options.maxBackoff);
    // Look at once (the drop may mean the server is gone: then the page turns stale), and poll
    // at the normal pace until the stream is back.
    if (wasConnected && !m_fetchReply)
        scheduleFetch(std::chrono::milliseconds(0));
    else if (!m_fetchReply && !m_pollTimer.isActive())
        scheduleFetch(m_options.pollInterval);
    m_sseRetryTimer.start(ms(m_sseBackoff));
}

} // namespace Status
