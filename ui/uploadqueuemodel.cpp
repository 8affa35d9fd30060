#include "ui/uploadqueuemodel.h"

#include <QFileInfo>
#include <QLocale>

namespace Gui {

UploadQueueModel::UploadQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

int UploadQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int UploadQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UploadQueueModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString UploadQueueModel::stageText(const UploadItem& item) const
{
    QString text;
    switch (item.stage) {
    case UploadStage::Invalid:
        break;
    case UploadStage::Probing:
        text = tr("Checking the file…");
        break;
    case UploadStage::Refused:
        text = tr("Refused: %1").arg(item.refusal);
        break;
    case UploadStage::Ready:
        text = tr("Ready");
        break;
    case UploadStage::Encoding:
        text = tr("Encoding");
        break;
    case UploadStage::Uploading:
        text = tr("Uploading");
        break;
    case UploadStage::Verifying:
        text = tr("Verifying");
        break;
    case UploadStage::Done:
        text = tr("Done");
        break;
    case UploadStage::Failed:
        text = tr("Failed: %1").arg(item.error);
        break;
    case UploadStage::Cancelled:
        text = tr("Cancelled");
        break;
    }
    if (item.paused && isActive(item.stage))
        text = tr("%1 (paused)").arg(text);
    return text;
}

QString UploadQueueModel::mediaText(const UploadItem& item) const
{
    if (item.stage == UploadStage::Probing || item.stage == UploadStage::Refused)
        return QString();
    QStringList parts{formatDuration(item.durationMs / 1000)};
    if (item.width > 0)
        parts.append(QStringLiteral("%1×%2").arg(item.width).arg(item.height));
    parts.append(item.audioCodec.isEmpty() ? item.videoCodec
                                           : item.videoCodec + QLatin1Char('/') + item.audioCodec);
    parts.append(item.conforms ? tr("conforms") : tr("needs encoding"));
    return parts.join(QStringLiteral(" · "));
}

QVariant UploadQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UploadItem& item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == StageRole)
        return static_cast<int>(item.stage);
    if (role == PercentRole) {
        if (index.column() != ProgressColumn)
            return {};
        return isActive(item.stage) ? item.percent
                                    : (item.stage == UploadStage::Done ? 100.0 : -1.0);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return item.source;
        if (index.column() == EncoderColumn && !item.notices.isEmpty())
            return item.notices.join(QLatin1Char('\n'));
        if (index.column() == StageColumn)
            return stageText(item);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case FileColumn:
        return QFileInfo(item.source).fileName();
    case StageColumn:
        return stageText(item);
    case ProgressColumn:
        if (isActive(item.stage) || item.stage == UploadStage::Done) {
            const double shown = item.stage == UploadStage::Done ? 100.0 : item.percent;
            return tr("%1%").arg(QLocale().toString(shown, 'f', 0));
        }
        return QString();
    case SpeedColumn:
        if (!isActive(item.stage) || item.paused || item.bytesPerSecond <= 0)
            return QString();
        if (item.stage == UploadStage::Encoding)
            return tr("%1×").arg(QLocale().toString(item.bytesPerSecond, 'f', 1));
        return tr("%1/s").arg(
            QLocale().formattedDataSize(static_cast<qint64>(item.bytesPerSecond), 1));
    case TimeLeftColumn:
        return isActive(item.stage) && !item.paused ? formatDuration(item.secondsLeft) : QString();
    case EncoderColumn:
        if (item.stage == UploadStage::Refused || item.stage == UploadStage::Probing)
            return QString();
        if (item.preset == UploadPreset::AsIs)
            return tr("none (as is)");
        return item.encoderUsed.isEmpty() ? item.encoder : item.encoderUsed;
    case MediaColumn:
        return mediaText(item);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UploadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case FileColumn:
        return tr("File");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case EncoderColumn:
        return tr("Encoder");
    case MediaColumn:
        return tr("Media");
    case ColumnCount:
        break;
    }
    return {};
}

void UploadQueueModel::add(const UploadItem& item)
{
    const int row = static_cast<int>(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
}

void UploadQueueModel::update(const UploadItem& item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UploadQueueModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

const UploadItem* UploadQueueModel::item(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items.at(row);
}

qint64 UploadQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

int UploadQueueModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void UploadQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Gui
