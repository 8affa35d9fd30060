#include "core/admin/pagedlistmodel.h"

#include <QJsonArray>

namespace Admin {

namespace {

QString cellText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts.append(part.toVariant().toString());
        return parts.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toVariant().toString();
}

} // namespace

PagedListModel::PagedListModel(QStringList keys, int visibleColumns, QObject* parent)
    : QAbstractTableModel(parent), m_keys(std::move(keys)),
      m_visible(std::min<int>(visibleColumns, static_cast<int>(m_keys.size())))
{}

void PagedListModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    if (m_visible > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_visible - 1);
}

void PagedListModel::clear()
{
    ++m_generation; // replies still in flight are dropped
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_nextCursor.clear();
    m_pages = 0;
    endResetModel();
    setLoading(false);
}

void PagedListModel::reload()
{
    clear();
    m_lastError.clear();
    request({});
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& raw = m_rows[static_cast<std::size_t>(index.row())].at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_format ? m_format(index.column(), raw) : raw;
    case Qt::ToolTipRole:
        return raw;
    case Qt::UserRole:
        return raw;
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_visible)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    return section < m_headers.size() ? m_headers.at(section) : m_keys.at(section);
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty();
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(m_nextCursor);
}

QJsonObject PagedListModel::item(int row) const
{
    QJsonObject object;
    if (row < 0 || row >= rowCount())
        return object;
    const QStringList& cells = m_rows[static_cast<std::size_t>(row)];
    for (int i = 0; i < m_keys.size(); ++i)
        object.insert(m_keys.at(i), cells.at(i));
    return object;
}

QString PagedListModel::value(int row, const QString& key) const
{
    const qsizetype column = m_keys.indexOf(key);
    if (row < 0 || row >= rowCount() || column < 0)
        return {};
    return m_rows[static_cast<std::size_t>(row)].at(column);
}

int PagedListModel::findRow(const QString& key, const QString& value) const
{
    const qsizetype column = m_keys.indexOf(key);
    if (column < 0)
        return -1;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].at(column) == value)
            return static_cast<int>(row);
    }
    return -1;
}

void PagedListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedListModel::request(const QString& cursor)
{
    if (!m_fetch)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_fetch(cursor, this, [this, generation](Core::Result<Api::ApiResponse> reply) {
        received(generation, std::move(reply));
    });
}

void PagedListModel::received(quint64 generation, Core::Result<Api::ApiResponse> reply)
{
    if (generation != m_generation)
        return; // an answer for a list that reload() replaced
    setLoading(false);
    if (!reply) {
        m_lastError = reply.error().detail;
        emit failed(0, m_lastError);
        return;
    }
    if (!reply->ok()) {
        m_lastError = reply->problemSummary();
        emit failed(reply->status, m_lastError);
        return;
    }
    const QJsonObject page = reply->json();
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    m_nextCursor = cellText(page.value(QStringLiteral("next_cursor")));
    ++m_pages;
    if (!items.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
        m_rows.reserve(m_rows.size() + static_cast<std::size_t>(items.size()));
        for (const QJsonValue& entry : items) {
            QJsonObject object = entry.toObject();
            if (m_derive)
                m_derive(object);
            QStringList cells;
            cells.reserve(m_keys.size());
            for (const QString& key : m_keys)
                cells.append(cellText(object.value(key)));
            m_rows.push_back(std::move(cells));
        }
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(items.size()));
}

} // namespace Admin
