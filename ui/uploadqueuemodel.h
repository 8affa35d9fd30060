#pragma once

// The Uploads page's queue table: one row per UploadItem with its stage, a progress value for
// the progress-bar delegate, speed, time left, the encoder used and what the probe found.
// Holds the items; UploadController changes them through add/update/remove.

#include "ui/uploaditem.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gui {

class UploadQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn = 0,
        StageColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        EncoderColumn,
        MediaColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PercentRole, // double 0..100 of the current stage; -1 when no bar is shown
        StageRole,   // UploadStage as int
    };

    explicit UploadQueueModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void add(const UploadItem& item);
    void update(const UploadItem& item);
    void remove(qint64 id);
    [[nodiscard]] const UploadItem* item(qint64 id) const;
    [[nodiscard]] const QList<UploadItem>& items() const { return m_items; }
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;

    // Texts depend on the language: call after a language change.
    void retranslate();

    // "1:05", "1:02:03"
    [[nodiscard]] static QString formatDuration(qint64 seconds);
    [[nodiscard]] QString stageText(const UploadItem& item) const;
    [[nodiscard]] QString mediaText(const UploadItem& item) const;

private:
    QList<UploadItem> m_items;
};

} // namespace Gui
