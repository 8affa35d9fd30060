#pragma once

// CSV import of users (POST /v1/tenants/{tid}/users/import, docs/identity.md "Bulk import"):
// the file is read and split into rows off the GUI thread, checked with a dry run and then
// committed, both in chunks so that progress shows and no request nears the server's body
// limit. Problems come back per file line; addresses listed twice in different chunks are
// caught here, since the server sees one chunk at a time. The server skips addresses that are
// already users of the tenant, so committing again after an interruption resumes.

#include "core/admin/adminclient.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Admin {

struct ImportRow
{
    int line = 0; // 1-based line of the file
    QString email;
    QString role;
    QString displayName;
    QString problem; // empty: the row is fine (after a dry run)
};

// Splits CSV text ("email,role,display_name", header optional, RFC 4180 quotes) into rows;
// blank lines are skipped.
[[nodiscard]] QList<ImportRow> parseUserCsv(const QByteArray& text);
// The CSV of rows [first, first + count), with a header line.
[[nodiscard]] QByteArray userCsv(const QList<ImportRow>& rows, qsizetype first, qsizetype count);

// Reads and parses path on a worker thread; done runs on guard's thread (unless guard is gone).
void readUserCsvAsync(const QString& path, QObject* guard,
                      std::function<void(Core::Result<QList<ImportRow>>)> done);

class UserImporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultChunkRows = 1000;

    UserImporter(AdminClient& client, QString tenantId, QList<ImportRow> rows,
                 int chunkRows = kDefaultChunkRows, QObject* parent = nullptr);

    // Checks every chunk without changing anything; fills each row's problem.
    void dryRun();
    // Invites the rows, chunk by chunk.
    void commit();

    [[nodiscard]] const QList<ImportRow>& rows() const { return m_rows; }
    [[nodiscard]] int problemCount() const;
    // Problems of the whole file (the seat limit), not of one row.
    [[nodiscard]] const QStringList& fileProblems() const { return m_fileProblems; }
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] int created() const { return m_created; }
    [[nodiscard]] int alreadyPresent() const { return m_alreadyPresent; }

signals:
    void progress(int rowsDone, int rowsTotal);
    void dryRunFinished(int problems);
    void committed(int created, int alreadyPresent);
    // Stopped: httpStatus 0 for a network error; detail in English.
    void failed(int httpStatus, const QString& detail);

private:
    void runChunk(qsizetype first);
    void chunkAnswered(qsizetype first, qsizetype count, Core::Result<Api::ApiResponse> reply);
    void markDuplicates();

    AdminClient& m_client;
    QString m_tenantId;
    QList<ImportRow> m_rows;
    int m_chunkRows;
    bool m_dryRun = true;
    bool m_running = false;
    int m_created = 0;
    int m_alreadyPresent = 0;
    QStringList m_fileProblems;
};

} // namespace Admin
