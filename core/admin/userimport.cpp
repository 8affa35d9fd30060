#include "core/admin/userimport.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>

namespace Admin {

namespace {

using Core::csvCells;

QByteArray quoted(const QString& value)
{
    QByteArray cell = value.toUtf8();
    cell.replace('"', "\"\"");
    return '"' + cell + '"';
}

} // namespace

QList<ImportRow> parseUserCsv(const QByteArray& text)
{
    QList<ImportRow> rows;
    const QList<QByteArray> lines = text.split('\n');
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        if (first) {
            first = false;
            if (line.startsWith(QLatin1String("email"), Qt::CaseInsensitive) &&
                !line.contains(QLatin1Char('@'))) {
                continue; // the header
            }
        }
        const QStringList cells = csvCells(line);
        rows.append(
            ImportRow{static_cast<int>(i + 1), cells.value(0), cells.value(1), cells.value(2), {}});
    }
    return rows;
}

QByteArray userCsv(const QList<ImportRow>& rows, qsizetype first, qsizetype count)
{
    QByteArray csv = "email,role,display_name\n";
    const qsizetype end = std::min(rows.size(), first + count);
    for (qsizetype i = first; i < end; ++i) {
        const ImportRow& row = rows.at(i);
        csv += quoted(row.email) + ',' + quoted(row.role) + ',' + quoted(row.displayName) + '\n';
    }
    return csv;
}

void readUserCsvAsync(const QString& path, QObject* guard,
                      std::function<void(Core::Result<QList<ImportRow>>)> done)
{
    QPointer<QObject> owner(guard);
    QThreadPool::globalInstance()->start([path, owner, done = std::move(done)]() mutable {
        QFile file(path);
        Core::Result<QList<ImportRow>> result =
            file.open(QIODevice::ReadOnly)
                ? Core::Result<QList<ImportRow>>(parseUserCsv(file.readAll()))
                : Core::Result<QList<ImportRow>>(Core::makeError(
                      Core::ErrorCode::Io,
                      QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        // Back to the GUI thread; the guard is checked there, where it lives.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [owner, done = std::move(done), result = std::move(result)]() mutable {
                if (owner)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

UserImporter::UserImporter(AdminClient& client, QString tenantId, QList<ImportRow> rows,
                           int chunkRows, QObject* parent)
    : QObject(parent), m_client(client), m_tenantId(std::move(tenantId)), m_rows(std::move(rows)),
      m_chunkRows(std::max(1, chunkRows))
{}

int UserImporter::problemCount() const
{
    return static_cast<int>(
               std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ImportRow& r) { return !r.problem.isEmpty(); })) +
           static_cast<int>(m_fileProblems.size());
}

void UserImporter::dryRun()
{
    if (m_running)
        return;
    for (ImportRow& row : m_rows)
        row.problem.clear();
    m_fileProblems.clear();
    m_alreadyPresent = 0;
    m_dryRun = true;
    m_running = true;
    runChunk(0);
}

void UserImporter::commit()
{
    if (m_running)
        return;
    m_dryRun = false;
    m_running = true;
    m_created = 0;
    m_alreadyPresent = 0;
    runChunk(0);
}

void UserImporter::runChunk(qsizetype first)
{
    const qsizetype total = m_rows.size();
    emit progress(static_cast<int>(first), static_cast<int>(total));
    if (first >= total) {
        m_running = false;
        if (m_dryRun) {
            markDuplicates();
            emit dryRunFinished(problemCount());
        } else {
            emit committed(m_created, m_alreadyPresent);
        }
        return;
    }
    const qsizetype count = std::min<qsizetype>(m_chunkRows, total - first);
    m_client.importUsers(m_tenantId, userCsv(m_rows, first, count), m_dryRun, this,
                         [this, first, count](Core::Result<Api::ApiResponse> reply) {
                             chunkAnswered(first, count, std::move(reply));
                         });
}

void UserImporter::chunkAnswered(qsizetype first, qsizetype count,
                                 Core::Result<Api::ApiResponse> reply)
{
    if (!reply) {
        m_running = false;
        emit failed(0, reply.error().detail);
        return;
    }
    const QJsonObject report = reply->json();
    const bool problemsReport = reply->status == 422 && report.contains(QStringLiteral("problems"));
    if (!reply->ok() && !problemsReport) {
        m_running = false;
        emit failed(reply->status, reply->problemSummary());
        return;
    }
    bool anyProblem = false;
    for (const QJsonValue& value : report.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject problem = value.toObject();
        const int line = problem.value(QStringLiteral("line")).toInt();
        const QString text = problem.value(QStringLiteral("problem")).toString();
        anyProblem = true;
        // Line 1 of a chunk is its header; line 2 is rows[first].
        const qsizetype index = first + line - 2;
        if (line >= 2 && index < first + count)
            m_rows[index].problem = text;
        else if (!m_fileProblems.contains(text))
            m_fileProblems.append(text);
    }
    if (m_dryRun) {
        m_alreadyPresent += report.value(QStringLiteral("already_present")).toInt();
    } else if (problemsReport || anyProblem) {
        m_running = false;
        emit failed(reply->status, reply->problemSummary());
        return;
    } else {
        m_created += static_cast<int>(report.value(QStringLiteral("created")).toArray().size());
        m_alreadyPresent += report.value(QStringLiteral("already_present")).toInt();
    }
    runChunk(first + count);
}

void UserImporter::markDuplicates()
{
    QHash<QString, int> firstLine;
    for (ImportRow& row : m_rows) {
        const QString key = row.email.trimmed().toLower();
        if (key.isEmpty())
            continue;
        auto seen = firstLine.constFind(key);
        if (seen == firstLine.cend()) {
            firstLine.insert(key, row.line);
        } else if (row.problem.isEmpty()) {
            row.problem = QStringLiteral("listed twice in this file (line %1)").arg(*seen);
        }
    }
}

} // namespace Admin
