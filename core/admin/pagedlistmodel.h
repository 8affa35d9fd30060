#pragma once

// A table model over a JSON list endpoint of the control API that pages with cursors
// (`{"items": [...], "next_cursor": "..."}`; lists without next_cursor are one page). Views
// pull pages through canFetchMore()/fetchMore() as they scroll, so a tenant with 100,000 users
// costs one small request to show and memory only for the rows scrolled past
// (docs/gui.md, "Measured"). Requests are asynchronous; a reply that arrives after reload()
// (a new filter) is dropped.
//
// Rows keep only the string fields named by keys() (not whole JSON objects): 100,000 users
// then stay in tens of megabytes.

#include "core/api/apiclient.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace Admin {

class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Asks for the page after cursor (empty: the first page).
    using Fetch =
        std::function<void(const QString& cursor, QObject* guard, Api::ApiClient::Callback done)>;
    // Turns a stored cell into display text (translation of states, dates); may be empty.
    using Format = std::function<QString(int column, const QString& value)>;

    // keys: the JSON fields kept per row; the first `visibleColumns` are the table's columns.
    // An array field ("roles") is kept joined with ", ".
    PagedListModel(QStringList keys, int visibleColumns, QObject* parent = nullptr);

    // Adds computed fields to each received item before it is stored (a purge date).
    using Derive = std::function<void(QJsonObject& item)>;

    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }
    void setDerive(Derive derive) { m_derive = std::move(derive); }
    void setFormat(Format format) { m_format = std::move(format); }
    void setHeaders(const QStringList& headers);

    // Drops every row and asks for the first page.
    void reload();
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The stored fields of a row as JSON strings (arrays joined).
    [[nodiscard]] QJsonObject item(int row) const;
    [[nodiscard]] QString value(int row, const QString& key) const;
    // -1 when no row has this value for key.
    [[nodiscard]] int findRow(const QString& key, const QString& value) const;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool hasMore() const { return !m_nextCursor.isEmpty(); }
    [[nodiscard]] int pagesLoaded() const { return m_pages; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    // After each page (rowsAdded may be 0).
    void pageLoaded(int rowsAdded);
    // A page could not be loaded: the English detail (the UI translates by status).
    void failed(int httpStatus, const QString& detail);

private:
    void request(const QString& cursor);
    void received(quint64 generation, Core::Result<Api::ApiResponse> reply);
    void setLoading(bool loading);

    QStringList m_keys;
    int m_visible;
    QStringList m_headers;
    Fetch m_fetch;
    Format m_format;
    Derive m_derive;
    std::vector<QStringList> m_rows;
    QString m_nextCursor;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_pages = 0;
    QString m_lastError;
};

} // namespace Admin
