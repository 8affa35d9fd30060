#include "ui/uploadspage.h"

#include "core/api/apiclient.h"
#include "core/media/encoders.h"
#include "ui/progressdelegate.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadqueuemodel.h"
#include "ui/videometadatadialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimeEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace Gui {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const qint64 kCaps[] = {0, 1 * kMiB, 5 * kMiB, 10 * kMiB, 50 * kMiB};

} // namespace

UploadsPage::UploadsPage(UploadController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_hint(new QLabel(this)), m_banner(new QWidget(this)), m_bannerText(new QLabel(m_banner)),
      m_continue(new QPushButton(m_banner)), m_discard(new QPushButton(m_banner)),
      m_toolbar(new QToolBar(this)), m_bandwidthLabel(new QLabel(this)),
      m_bandwidth(new QComboBox(this)), m_schedule(new QCheckBox(this)),
      m_scheduleFrom(new QTimeEdit(QTime(20, 0), this)),
      m_scheduleTo(new QTimeEdit(QTime(8, 0), this)), m_presetLabel(new QLabel(this)),
      m_preset(new QComboBox(this)), m_encoderLabel(new QLabel(this)),
      m_encoder(new QComboBox(this)), m_encoderInfo(new QLabel(this)),
      m_table(new QTableView(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadsPage"));
    setAcceptDrops(true);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_hint->setWordWrap(true);

    m_bannerText->setObjectName(QStringLiteral("resumeBanner"));
    m_bannerText->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_continue);
    bannerLayout->addWidget(m_discard);
    m_banner->hide();

    m_toolbar->setObjectName(QStringLiteral("uploadsToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addFiles = m_toolbar->addAction(QString(), this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, tr("Add video files")));
    });
    m_addFolder = m_toolbar->addAction(QString(), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder"));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    m_toolbar->addSeparator();
    m_start = m_toolbar->addAction(QString(), this, [this] { m_controller.start(targetIds()); });
    m_pause = m_toolbar->addAction(QString(), this, [this] { m_controller.pause(targetIds()); });
    m_resume = m_toolbar->addAction(QString(), this, [this] { m_controller.resume(targetIds()); });
    m_cancel = m_toolbar->addAction(QString(), this, [this] { m_controller.cancel(targetIds()); });
    m_retry = m_toolbar->addAction(QString(), this, [this] { m_controller.retry(targetIds()); });
    m_remove =
        m_toolbar->addAction(QString(), this, [this] { m_controller.remove(selectedIds()); });
    m_details = m_toolbar->addAction(QString(), this, [this] { editDetails(); });
    m_start->setObjectName(QStringLiteral("startAction"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_retry->setObjectName(QStringLiteral("retryAction"));
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_details->setObjectName(QStringLiteral("detailsAction"));
    // The cap and the schedule: a second toolbar row, so that neither hides behind the
    // overflow menu.
    auto* limits = new QToolBar(this);
    limits->setObjectName(QStringLiteral("limitsToolbar"));
    limits->addWidget(m_bandwidthLabel);
    limits->addWidget(m_bandwidth);
    limits->addSeparator();
    limits->addWidget(m_schedule);
    limits->addWidget(m_scheduleFrom);
    limits->addWidget(m_scheduleTo);
    m_bandwidth->setObjectName(QStringLiteral("bandwidthCombo"));
    for (qint64 cap : kCaps)
        m_bandwidth->addItem(QString(), cap);
    m_schedule->setObjectName(QStringLiteral("scheduleCheck"));
    m_scheduleFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_scheduleTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_bandwidthLabel->setBuddy(m_bandwidth);

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(QString(), static_cast<int>(UploadPreset::OneStream));
    m_preset->addItem(QString(), static_cast<int>(UploadPreset::Ladder));
    m_preset->addItem(QString(), static_cast<int>(UploadPreset::AsIs));
    m_encoder->setObjectName(QStringLiteral("encoderCombo"));
    m_encoder->addItem(QString(), QStringLiteral("auto"));
    for (const Media::EncoderDescriptor& descriptor : Media::builtinEncoders()) {
        if (descriptor.codec == Media::VideoCodec::H264)
            m_encoder->addItem(descriptor.displayName, descriptor.id);
    }
    m_encoderInfo->setObjectName(QStringLiteral("encoderInfo"));
    m_encoderInfo->setWordWrap(true);
    m_encoderInfo->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_presetLabel->setBuddy(m_preset);
    m_encoderLabel->setBuddy(m_encoder);
    auto* options = new QHBoxLayout;
    options->addWidget(m_presetLabel);
    options->addWidget(m_preset);
    options->addSpacing(12);
    options->addWidget(m_encoderLabel);
    options->addWidget(m_encoder);
    options->addWidget(m_encoderInfo, 1);

    m_table->setObjectName(QStringLiteral("uploadQueue"));
    m_table->setModel(m_controller.model());
    m_table->setItemDelegateForColumn(UploadQueueModel::ProgressColumn,
                                      new ProgressDelegate(UploadQueueModel::PercentRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(UploadQueueModel::FileColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(UploadQueueModel::FileColumn, 200);
    m_table->setColumnWidth(UploadQueueModel::StageColumn, 160);
    m_table->setColumnWidth(UploadQueueModel::ProgressColumn, 140);
    m_table->setAcceptDrops(false);
    m_message->setObjectName(QStringLiteral("uploadsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    m_hold = new QLabel(this);
    m_hold->setObjectName(QStringLiteral("uploadHold"));
    m_hold->setWordWrap(true);
    m_hold->setVisible(false);
    layout->addWidget(m_hold);
    layout->addWidget(m_toolbar);
    layout->addWidget(limits);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_controller.continueUnfinished();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_controller.discardUnfinished();
    });
    connect(m_preset, &QComboBox::activated, this, [this] {
        m_controller.setPreset(selectedIds(),
                               static_cast<UploadPreset>(m_preset->currentData().toInt()));
    });
    connect(m_encoder, &QComboBox::activated, this, [this] {
        m_controller.setEncoder(selectedIds(), m_encoder->currentData().toString());
        updateEncoderSummary();
    });
    connect(&m_controller, &UploadController::encodersProbed, this,
            [this] { updateEncoderSummary(); });
    connect(&m_controller, &UploadController::message, this, &UploadsPage::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_controller.model(), &QAbstractItemModel::dataChanged, this,
            [this] { updateActions(); });
    connect(m_controller.model(), &QAbstractItemModel::rowsInserted, this,
            [this] { updateActions(); });
    connect(m_controller.model(), &QAbstractItemModel::rowsRemoved, this,
            [this] { updateActions(); });

    // Cap and schedule persist between runs.
    QSettings settings;
    const qint64 cap = settings.value(kBandwidthKey, 0).toLongLong();
    m_bandwidth->setCurrentIndex(std::max(0, m_bandwidth->findData(cap)));
    const auto window = Upload::ScheduleWindow::parse(settings.value(kScheduleKey).toString());
    if (window) {
        m_schedule->setChecked(true);
        m_scheduleFrom->setTime(window->from);
        m_scheduleTo->setTime(window->to);
    }
    connect(m_bandwidth, &QComboBox::currentIndexChanged, this, [this] { applyBandwidth(); });
    connect(m_schedule, &QCheckBox::toggled, this, [this] { applySchedule(); });
    connect(m_scheduleFrom, &QTimeEdit::timeChanged, this, [this] { applySchedule(); });
    connect(m_scheduleTo, &QTimeEdit::timeChanged, this, [this] { applySchedule(); });
    applyBandwidth();
    applySchedule();

    retranslate();
    // The defaults new files get (Settings → encoder preference).
    m_encoder->setCurrentIndex(std::max(0, m_encoder->findData(m_controller.defaultEncoder())));
    m_preset->setCurrentIndex(
        std::max(0, m_preset->findData(static_cast<int>(m_controller.defaultPreset()))));
    updateEncoderSummary();
    updateActions();
}

void UploadsPage::setClient(Api::ApiClient* client)
{
    m_client = client;
    m_controller.setClient(client);
}

void UploadsPage::offerToContinue(int unfinished)
{
    m_unfinished = unfinished;
    m_banner->setVisible(unfinished > 0);
    retranslate();
}

QString UploadsPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_bannerText->text() : QString();
}

void UploadsPage::setHoldText(const QString& text)
{
    m_hold->setText(text);
    m_hold->setAccessibleName(text);
    m_hold->setVisible(!text.isEmpty());
}

QString UploadsPage::holdText() const
{
    return m_hold->text();
}

QString UploadsPage::messageText() const
{
    return m_message->text();
}

void UploadsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void UploadsPage::addPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_controller.addPaths(paths);
}

void UploadsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void UploadsPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

QList<qint64> UploadsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_controller.model()->idAt(index.row()));
    return ids;
}

QList<qint64> UploadsPage::targetIds() const
{
    const QList<qint64> selected = selectedIds();
    return selected.isEmpty() ? m_controller.allIds() : selected;
}

void UploadsPage::updateActions()
{
    bool ready = false, active = false, paused = false, retryable = false, any = false;
    const UploadQueueModel* model = m_controller.model();
    for (qint64 id : targetIds()) {
        const UploadItem* item = model->item(id);
        if (!item)
            continue;
        any = true;
        ready = ready || item->stage == UploadStage::Ready;
        active = active || (isActive(item->stage) && !item->paused);
        paused = paused || (isActive(item->stage) && item->paused);
        retryable = retryable || item->stage == UploadStage::Failed ||
                    item->stage == UploadStage::Cancelled;
    }
    m_start->setEnabled(ready);
    m_pause->setEnabled(active);
    m_resume->setEnabled(paused);
    m_cancel->setEnabled(active || paused || ready);
    m_retry->setEnabled(retryable);
    m_remove->setEnabled(!selectedIds().isEmpty());
    m_details->setEnabled(any);
    m_hint->setVisible(model->rowCount() == 0);
}

void UploadsPage::editDetails()
{
    const QList<qint64> ids = targetIds();
    if (ids.isEmpty())
        return;
    const UploadItem* first = m_controller.model()->item(ids.constFirst());
    auto* dialog = new VideoMetadataDialog(first->metadata, {}, this);
    dialog->showThumbnailChoice();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { m_controller.setMetadata(ids, dialog->metadata()); });
    dialog->open();
    // The tenant's categories fill in when the server answers.
    if (m_client) {
        QPointer<VideoMetadataDialog> guard(dialog);
        m_client->send("GET", QStringLiteral("/v1/categories"), {}, dialog,
                       [guard, first = first->metadata](Core::Result<Api::ApiResponse> reply) {
                           Q_UNUSED(first)
                           if (!guard || !reply || !reply->ok())
                               return;
                           auto* combo =
                               guard->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
                           for (const QJsonValue& name :
                                reply->json().value(QStringLiteral("items")).toArray()) {
                               if (combo->findData(name.toString()) < 0)
                                   combo->addItem(name.toString(), name.toString());
                           }
                       });
    }
}

void UploadsPage::applyBandwidth()
{
    const qint64 cap = m_bandwidth->currentData().toLongLong();
    m_controller.setBandwidthLimit(cap);
    QSettings().setValue(kBandwidthKey, cap);
}

void UploadsPage::applySchedule()
{
    m_scheduleFrom->setEnabled(m_schedule->isChecked());
    m_scheduleTo->setEnabled(m_schedule->isChecked());
    QSettings settings;
    if (!m_schedule->isChecked()) {
        m_controller.setSchedule(std::nullopt);
        settings.remove(kScheduleKey);
        return;
    }
    const Upload::ScheduleWindow window{m_scheduleFrom->time(), m_scheduleTo->time()};
    m_controller.setSchedule(window);
    settings.setValue(kScheduleKey, m_scheduleFrom->time().toString(QStringLiteral("HH:mm")) +
                                        QLatin1Char('-') +
                                        m_scheduleTo->time().toString(QStringLiteral("HH:mm")));
}

QString UploadsPage::encoderSummary() const
{
    return m_encoderInfo->text();
}

void UploadsPage::updateEncoderSummary()
{
    const QList<Media::EncoderAvailability>& availability = m_controller.encoderAvailability();
    if (availability.isEmpty()) {
        m_encoderInfo->setText(tr("Testing which encoders work on this computer…"));
        return;
    }
    QList<Media::EncoderDescriptor> h264;
    for (const Media::EncoderDescriptor& descriptor : Media::builtinEncoders()) {
        if (descriptor.codec == Media::VideoCodec::H264)
            h264.append(descriptor);
    }
    auto nameOf = [&h264](const QString& id) {
        for (const Media::EncoderDescriptor& descriptor : h264) {
            if (descriptor.id == id)
                return descriptor.displayName;
        }
        return id;
    };
    Media::EncoderRequest request;
    request.choice = m_encoder->currentData().toString();
    request.requiredCapabilities = Media::kCapBFrames | Media::kCapClosedGop | Media::kCapCabac;
    const auto plan = Media::chooseEncoder(h264, availability, request);
    QStringList unavailable;
    for (const Media::EncoderAvailability& entry : availability) {
        if (!entry.available)
            unavailable.append(tr("%1: %2").arg(nameOf(entry.id), entry.reason));
    }
    QString text = plan ? tr("Uses %1.").arg(nameOf(plan->primary))
                        : tr("Cannot encode with this choice: %1").arg(plan.error().detail);
    if (!unavailable.isEmpty())
        text += QLatin1Char(' ') +
                tr("Unavailable here: %1").arg(unavailable.join(QStringLiteral("; ")));
    m_encoderInfo->setText(text);
    m_encoderInfo->setAccessibleName(text);
}

void UploadsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UploadsPage::retranslate()
{
    m_heading->setText(tr("Uploads"));
    setAccessibleName(tr("Uploads"));
    m_hint->setText(tr("Drop video files or folders here, or add them with the buttons below. "
                       "Each file is checked at once; press Start to encode and upload. "
                       "Interrupted uploads continue where they stopped."));
    m_bannerText->setText(tr("%n upload(s) did not finish last time.", nullptr, m_unfinished));
    m_continue->setText(tr("&Continue them"));
    m_discard->setText(tr("&Discard"));
    m_addFiles->setText(tr("Add files…"));
    m_addFolder->setText(tr("Add folder…"));
    m_start->setText(tr("Start"));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry"));
    m_remove->setText(tr("Remove"));
    m_details->setText(tr("Details…"));
    m_toolbar->setAccessibleName(tr("Upload actions"));
    m_bandwidthLabel->setText(tr("&Limit:"));
    m_bandwidth->setAccessibleName(tr("Upload bandwidth limit"));
    m_bandwidth->setItemText(0, tr("Unlimited"));
    for (int i = 1; i < m_bandwidth->count(); ++i)
        m_bandwidth->setItemText(i, tr("%1 MB/s").arg(kCaps[i] / kMiB));
    m_schedule->setText(tr("Upload only between"));
    m_scheduleFrom->setAccessibleName(tr("Uploads start at"));
    m_scheduleTo->setAccessibleName(tr("Uploads stop at"));
    m_presetLabel->setText(tr("&Preset:"));
    m_preset->setItemText(0, tr("OneStream conformance (MP4)"));
    m_preset->setItemText(1, tr("Adaptive ladder (HLS)"));
    m_preset->setItemText(2, tr("Upload as is"));
    m_preset->setAccessibleName(tr("Preset"));
    m_encoderLabel->setText(tr("&Encoder:"));
    m_encoder->setItemText(0, tr("Auto"));
    m_encoder->setAccessibleName(tr("Encoder"));
    m_table->setAccessibleName(tr("Upload queue"));
    m_controller.model()->retranslate();
    updateEncoderSummary();
}

} // namespace Gui
