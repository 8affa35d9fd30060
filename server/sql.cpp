#include "server/sql.h"

#include <QDateTime>

namespace Server {

Core::Result<Statement> sqlQuery(Database& db, std::string_view sql,
                                 std::initializer_list<SqlValue> values)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    int index = 1;
    for (const SqlValue& value : values) {
        if (const auto* text = std::get_if<std::string>(&value))
            statement->bind(index, std::string_view{*text});
        else if (const auto* number = std::get_if<long long>(&value))
            statement->bind(index, *number);
        else
            statement->bindNull(index);
        ++index;
    }
    return statement;
}

Core::Status sqlExec(Database& db, std::string_view sql, std::initializer_list<SqlValue> values)
{
    auto statement = sqlQuery(db, sql, values);
    if (!statement)
        return statement.error();
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
    }
}

Core::Result<long long> sqlScalar(Database& db, std::string_view sql,
                                  std::initializer_list<SqlValue> values, long long fallback)
{
    auto statement = sqlQuery(db, sql, values);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return row.value() ? statement->columnInt(0) : fallback;
}

std::int64_t epochNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::string isoTime(std::int64_t epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate).toStdString();
}

} // namespace Server
