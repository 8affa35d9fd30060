#include "ui/status/statuspage.h"

#include "core/api/apiclient.h"
#include "core/status/statuswatcher.h"
#include "ui/status/componentmodel.h"
#include "ui/status/inboxmodel.h"
#include "ui/status/incidentmodel.h"
#include "ui/status/operatorpanel.h"
#include "ui/status/statustext.h"
#include "ui/status/uptimedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gui {

namespace {

QTreeView* makeTree(QWidget* parent, const QString& name)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setUniformRowHeights(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    return view;
}

QString monthKey(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

StatusPage::StatusPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_banner(new QLabel(this)),
      m_freshness(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_componentsTab(new QWidget(m_tabs)), m_availability(new QLabel(m_componentsTab)),
      m_components(makeTree(m_componentsTab, QStringLiteral("components"))),
      m_incidents(makeTree(m_tabs, QStringLiteral("incidents"))),
      m_incidentsEmpty(new QLabel(m_incidents)),
      m_maintenances(makeTree(m_tabs, QStringLiteral("maintenances"))),
      m_maintenancesEmpty(new QLabel(m_maintenances)), m_noticesTab(new QWidget(m_tabs)),
      m_inboxHint(new QLabel(m_noticesTab)), m_inbox(new QListView(m_noticesTab)),
      m_inboxBody(new QLabel(m_noticesTab)), m_markRead(new QPushButton(m_noticesTab)),
      m_operatorPanel(new OperatorPanel(m_tabs)), m_componentModel(new ComponentModel(this)),
      m_incidentModel(new IncidentModel(IncidentModel::Kind::Incidents, this)),
      m_maintenanceModel(new IncidentModel(IncidentModel::Kind::Maintenances, this)),
      m_inboxModel(new InboxModel(this))
{
    setObjectName(QStringLiteral("statusPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    m_banner->setObjectName(QStringLiteral("statusBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(12);
    m_banner->setAutoFillBackground(true);
    m_banner->setFocusPolicy(Qt::TabFocus); // screen readers reach it first
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.25);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_freshness->setObjectName(QStringLiteral("statusFreshness"));
    m_freshness->setWordWrap(true);
    m_availability->setObjectName(QStringLiteral("availability"));
    m_availability->setWordWrap(true);

    m_components->setModel(m_componentModel);
    m_components->setItemDelegateForColumn(ComponentModel::UptimeColumn,
                                           new UptimeDelegate(m_components));
    m_components->header()->setStretchLastSection(true);
    m_components->setColumnWidth(ComponentModel::NameColumn, 220);
    m_components->setColumnWidth(ComponentModel::StatusColumn, 180);
    connect(m_componentModel, &QAbstractItemModel::modelReset, m_components, &QTreeView::expandAll);
    auto* componentsLayout = new QVBoxLayout(m_componentsTab);
    componentsLayout->addWidget(m_availability);
    componentsLayout->addWidget(m_components, 1);

    m_incidents->setModel(m_incidentModel);
    m_incidents->setColumnWidth(IncidentModel::NameColumn, 360);
    m_incidents->setColumnWidth(IncidentModel::StatusColumn, 200);
    m_incidents->setColumnWidth(IncidentModel::WhenColumn, 150);
    m_maintenances->setModel(m_maintenanceModel);
    m_maintenances->setColumnWidth(IncidentModel::NameColumn, 360);
    m_maintenances->setColumnWidth(IncidentModel::StatusColumn, 160);
    for (QTreeView* view : {m_incidents, m_maintenances}) {
        connect(view->model(), &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &StatusPage::updateTabTitles);
    }
    for (QLabel* empty : {m_incidentsEmpty, m_maintenancesEmpty}) {
        empty->setAlignment(Qt::AlignCenter);
        empty->setGeometry(0, 40, 600, 40);
    }

    m_inbox->setObjectName(QStringLiteral("inbox"));
    m_inbox->setModel(m_inboxModel);
    m_inbox->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inboxBody->setObjectName(QStringLiteral("inboxBody"));
    m_inboxBody->setWordWrap(true);
    m_inboxBody->setTextFormat(Qt::PlainText);
    m_inboxBody->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_inboxHint->setObjectName(QStringLiteral("inboxHint"));
    m_inboxHint->setWordWrap(true);
    m_markRead->setObjectName(QStringLiteral("markRead"));
    m_markRead->setEnabled(false);
    auto* noticesLayout = new QVBoxLayout(m_noticesTab);
    noticesLayout->addWidget(m_inboxHint);
    noticesLayout->addWidget(m_inbox, 2);
    noticesLayout->addWidget(m_inboxBody, 1);
    noticesLayout->addWidget(m_markRead, 0, Qt::AlignLeft);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const InboxItem* item = m_inboxModel->item(current);
                m_inboxBody->setText(item ? item->body : QString());
                m_markRead->setEnabled(item && !item->read);
            });
    connect(m_inbox, &QListView::activated, this, &StatusPage::markSelectedRead);
    connect(m_markRead, &QPushButton::clicked, this, &StatusPage::markSelectedRead);
    connect(m_inboxModel, &InboxModel::unreadCountChanged, this, [this](int unread) {
        updateTabTitles();
        emit unreadCountChanged(unread);
    });
    connect(m_operatorPanel, &OperatorPanel::posted, this, [this] {
        if (m_watcher && m_watcher->lastGood())
            return; // the watcher's push brings the change; signed-in parts follow it
        refreshSignedIn();
    });

    m_tabs->setObjectName(QStringLiteral("statusTabs"));
    m_tabs->addTab(m_componentsTab, QString());
    m_tabs->addTab(m_incidents, QString());
    m_tabs->addTab(m_maintenances, QString());
    m_tabs->addTab(m_noticesTab, QString());
    m_tabs->addTab(m_operatorPanel, QString());
    m_tabs->setTabVisible(static_cast<int>(Tab::Post), false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_freshness);
    layout->addWidget(m_tabs, 1);

    retranslate();
}

StatusPage::~StatusPage() = default;

void StatusPage::setWatcher(Status::StatusWatcher* watcher)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    if (m_watcher) {
        connect(m_watcher, &Status::StatusWatcher::documentChanged, this,
                &StatusPage::onDocumentChanged);
        connect(m_watcher, &Status::StatusWatcher::staleChanged, this,
                &StatusPage::updateFreshness);
        connect(m_watcher, &Status::StatusWatcher::sseStateChanged, this,
                &StatusPage::updateFreshness);
        if (m_watcher->lastGood())
            onDocumentChanged();
    }
    updateFreshness();
}

void StatusPage::setApiClient(Api::ApiClient* client)
{
    m_client = client;
    m_operatorPanel->setApiClient(client);
    m_roles.clear();
    m_meKnown = false;
    m_days.clear();
    m_monthsLoaded.clear();
    m_thisMonth = {};
    m_tabs->setTabVisible(static_cast<int>(Tab::Post), false);
    refreshSignedIn();
    retranslate();
}

void StatusPage::onDocumentChanged()
{
    if (!m_watcher || !m_watcher->lastGood())
        return;
    showDocument(*m_watcher->lastGood());
    refreshSignedIn();
}

void StatusPage::showDocument(const Status::StatusDocument& document)
{
    m_document = document;
    m_hasDocument = true;
    m_componentModel->setComponents(document.components);
    m_incidentModel->setIncidents(document.incidents);
    m_maintenanceModel->setIncidents(document.maintenances);
    m_operatorPanel->setDocument(document);
    updateBanner();
    updateUptime();
    updateFreshness();
    updateTabTitles();
}

void StatusPage::showAvailability(const QJsonObject& month)
{
    const QDate first = QDate::fromString(
        month.value(QLatin1String("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
    for (const QJsonValue& componentValue : month.value(QLatin1String("components")).toArray()) {
        const QJsonObject component = componentValue.toObject();
        const QString id = component.value(QLatin1String("id")).toString();
        for (const QJsonValue& dayValue : component.value(QLatin1String("days")).toArray()) {
            const QJsonObject day = dayValue.toObject();
            const QDate date =
                QDate::fromString(day.value(QLatin1String("date")).toString(), Qt::ISODate);
            if (date.isValid())
                m_days[date].insert(id, day.value(QLatin1String("availability")).toDouble());
        }
    }
    if (first.isValid() && month.value(QLatin1String("complete")).toBool())
        m_monthsLoaded.insert(monthKey(first));
    if (first.isValid() && monthKey(first) == monthKey(QDate::currentDate())) {
        m_thisMonth = month;
    } else if (m_thisMonth.isEmpty() && !month.value(QLatin1String("complete")).toBool()) {
        m_thisMonth = month;
    }
    updateUptime();
    retranslate();
}

QString StatusPage::bannerText() const
{
    return m_banner->text();
}

QString StatusPage::availabilityText() const
{
    return m_availability->text();
}

QString StatusPage::freshnessText() const
{
    return m_freshness->text();
}

int StatusPage::unreadCount() const
{
    return m_inboxModel->unreadCount();
}

bool StatusPage::operatorFormsShown() const
{
    return m_tabs->isTabVisible(static_cast<int>(Tab::Post));
}

void StatusPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void StatusPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusPage::retranslate()
{
    m_heading->setText(tr("Status"));
    m_banner->setAccessibleDescription(tr("Overall state of the service"));
    m_components->setAccessibleName(tr("Components"));
    m_incidents->setAccessibleName(tr("Open incidents and their updates"));
    m_maintenances->setAccessibleName(tr("Upcoming and running maintenance"));
    m_inbox->setAccessibleName(tr("Notices inbox"));
    m_inboxBody->setAccessibleName(tr("Selected notice"));
    m_markRead->setText(tr("&Mark as read"));
    m_incidentsEmpty->setText(tr("No open incidents."));
    m_maintenancesEmpty->setText(tr("No maintenance scheduled."));

    const bool staff =
        m_roles.contains(QLatin1String("operator")) || m_roles.contains(QLatin1String("auditor"));
    QString availability;
    if (!m_thisMonth.isEmpty()) {
        // The month's figure is the worst component's.
        const double ratio = m_thisMonth.value(QLatin1String("availability")).toDouble();
        QJsonObject worst;
        for (const QJsonValue& value : m_thisMonth.value(QLatin1String("components")).toArray()) {
            const QJsonObject component = value.toObject();
            if (component.value(QLatin1String("observed_minutes")).toDouble() <= 0)
                continue;
            if (worst.isEmpty() || component.value(QLatin1String("availability")).toDouble() <
                                       worst.value(QLatin1String("availability")).toDouble())
                worst = component;
        }
        const double left =
            m_thisMonth.value(QLatin1String("error_budget_left_minutes")).toDouble();
        const double budget = worst.value(QLatin1String("error_budget_minutes")).toDouble();
        const QLocale locale;
        availability =
            tr("This month: %1% available (target 99.9%). Error budget left: %2 of %3 minutes.")
                .arg(locale.toString(100.0 * ratio, 'f', 3), locale.toString(left, 'f', 1),
                     locale.toString(budget, 'f', 1));
        if (!m_thisMonth.value(QLatin1String("meets_target")).toBool())
            availability += QLatin1Char(' ') + tr("Below the target: the error budget is spent.");
    } else if (!m_client) {
        availability = tr("Sign in to see this month's availability and the uptime history.");
    } else if (m_meKnown && !staff) {
        availability = tr("Availability and uptime history are shown to platform operators and "
                          "auditors.");
    } else {
        availability = tr("Loading availability…");
    }
    m_availability->setText(availability);
    m_availability->setAccessibleName(availability);

    if (!m_client) {
        m_inboxHint->setText(tr("Sign in to see the notices sent to your organisation."));
    } else {
        m_inboxHint->setText(tr("Notices and incident updates sent to your organisation's owners "
                                "and admins. Select one and press Enter to mark it as read."));
    }
    updateBanner();
    updateFreshness();
    updateTabTitles();
}

void StatusPage::updateTabTitles()
{
    const int incidents = m_incidentModel->rowCount();
    const int maintenances = m_maintenanceModel->rowCount();
    const int unread = m_inboxModel->unreadCount();
    m_tabs->setTabText(static_cast<int>(Tab::Components), tr("&Components"));
    m_tabs->setTabText(static_cast<int>(Tab::Incidents),
                       incidents ? tr("&Incidents (%1)").arg(incidents) : tr("&Incidents"));
    m_tabs->setTabText(static_cast<int>(Tab::Maintenance),
                       maintenances ? tr("M&aintenance (%1)").arg(maintenances)
                                    : tr("M&aintenance"));
    m_tabs->setTabText(static_cast<int>(Tab::Notices),
                       unread ? tr("&Notices (%1 unread)").arg(unread) : tr("&Notices"));
    m_tabs->setTabText(static_cast<int>(Tab::Post), tr("&Post"));
    m_incidentsEmpty->setVisible(incidents == 0);
    m_maintenancesEmpty->setVisible(maintenances == 0);
}

void StatusPage::updateBanner()
{
    QString text;
    if (!m_hasDocument) {
        text = m_watcher ? tr("Reading the service status…") : tr("No status page chosen");
        m_indicator = Status::Indicator::Unknown;
    } else {
        const Status::Indicator indicator = m_document.indicator.value;
        text = StatusText::indicatorText(indicator);
        int open = 0;
        for (const Status::Incident& incident : m_document.incidents)
            open += incident.closed() ? 0 : 1;
        if (open > 0)
            text += QStringLiteral(" — ") + tr("%n open incident(s)", nullptr, open);
        const bool changed = m_indicator != indicator || m_banner->text() != text;
        m_indicator = indicator;
        if (changed)
            emit indicatorChanged(indicator, text);
    }
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, StatusText::indicatorColor(m_indicator));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(palette);
}

void StatusPage::updateFreshness()
{
    QString text;
    if (m_watcher) {
        if (m_watcher->stale()) {
            text = m_hasDocument
                       ? tr("Cannot reach the status page; showing what it said at %1. Retrying.")
                             .arg(StatusText::dateTime(m_document.page.updatedAt))
                       : tr("Cannot reach the status page. Retrying.");
        } else if (m_watcher->sseConnected()) {
            text = tr("Live: changes appear the moment they are published.");
        } else if (m_hasDocument) {
            text = tr("Connecting to the live stream; checking every minute meanwhile.");
        }
    }
    m_freshness->setText(text);
    m_freshness->setAccessibleName(text);
}

void StatusPage::updateUptime()
{
    QHash<QString, QList<double>> uptime;
    if (m_days.isEmpty()) {
        m_componentModel->setUptime(uptime);
        return;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const Status::Component& component : m_document.components) {
        QList<double> days;
        days.reserve(ComponentModel::kUptimeDays);
        for (int back = ComponentModel::kUptimeDays - 1; back >= 0; --back) {
            const auto day = m_days.constFind(today.addDays(-back));
            days.append(day == m_days.constEnd() ? -1.0 : day->value(component.id, -1.0));
        }
        uptime.insert(component.id, days);
    }
    m_componentModel->setUptime(uptime);
}

void StatusPage::refreshSignedIn()
{
    if (!m_client)
        return;
    if (!m_meKnown) {
        loadMe();
        return;
    }
    loadInbox();
    const bool staff =
        m_roles.contains(QLatin1String("operator")) || m_roles.contains(QLatin1String("auditor"));
    if (!staff)
        return;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate oldest = today.addDays(-(ComponentModel::kUptimeDays - 1));
    for (QDate month(oldest.year(), oldest.month(), 1); month <= today;
         month = month.addMonths(1)) {
        if (!m_monthsLoaded.contains(monthKey(month)))
            loadAvailability(month);
    }
    loadFirstNotices();
}

void StatusPage::loadMe()
{
    QPointer<Api::ApiClient> client = m_client;
    m_client->send("GET", QStringLiteral("/v1/me"), {}, this,
                   [this, client](Core::Result<Api::ApiResponse> reply) {
                       if (client != m_client || !reply || !reply->ok())
                           return;
                       m_roles.clear();
                       for (const QJsonValue& role :
                            reply->json().value(QLatin1String("roles")).toArray())
                           m_roles.append(role.toString());
                       m_meKnown = true;
                       m_tabs->setTabVisible(static_cast<int>(Tab::Post),
                                             m_roles.contains(QLatin1String("operator")));
                       retranslate();
                       refreshSignedIn();
                   });
}

void StatusPage::loadAvailability(const QDate& month)
{
    QPointer<Api::ApiClient> client = m_client;
    m_client->send("GET", QStringLiteral("/v1/status/availability?month=%1").arg(monthKey(month)),
                   {}, this, [this, client](Core::Result<Api::ApiResponse> reply) {
                       if (client != m_client || !reply || !reply->ok())
                           return;
                       showAvailability(reply->json());
                   });
}

void StatusPage::loadFirstNotices()
{
    QPointer<Api::ApiClient> client = m_client;
    m_client->send("GET", QStringLiteral("/v1/status/incidents"), {}, this,
                   [this, client](Core::Result<Api::ApiResponse> reply) {
                       if (client != m_client || !reply || !reply->ok())
                           return;
                       QHash<QString, FirstNotice> notices;
                       for (const QJsonValue& value :
                            reply->json().value(QLatin1String("incidents")).toArray()) {
                           const QJsonObject incident = value.toObject();
                           FirstNotice notice;
                           const QJsonValue seconds =
                               incident.value(QLatin1String("time_to_first_notice_s"));
                           if (seconds.isDouble())
                               notice.seconds = seconds.toDouble();
                           notice.flagged =
                               incident.value(QLatin1String("first_notice_flagged")).toBool();
                           notices.insert(incident.value(QLatin1String("id")).toString(), notice);
                       }
                       m_incidentModel->setFirstNotices(notices);
                   });
}

void StatusPage::loadInbox()
{
    QPointer<Api::ApiClient> client = m_client;
    m_client->send(
        "GET", QStringLiteral("/v1/inbox"), {}, this,
        [this, client](Core::Result<Api::ApiResponse> reply) {
            if (client != m_client || !reply || !reply->ok())
                return;
            const QString selected = m_inbox->currentIndex().data(InboxModel::IdRole).toString();
            m_inboxModel->setItems(reply->json().value(QLatin1String("items")).toArray());
            for (int row = 0; row < m_inboxModel->rowCount(); ++row) {
                const QModelIndex index = m_inboxModel->index(row);
                if (index.data(InboxModel::IdRole).toString() == selected)
                    m_inbox->setCurrentIndex(index);
            }
            updateTabTitles();
        });
}

void StatusPage::markSelectedRead()
{
    const InboxItem* item = m_inboxModel->item(m_inbox->currentIndex());
    if (!item || item->read || !m_client)
        return;
    const QString id = item->id;
    m_client->send("POST", QStringLiteral("/v1/inbox/%1/read").arg(id), {}, this,
                   [this, id](Core::Result<Api::ApiResponse> reply) {
                       if (!reply || !reply->ok())
                           return;
                       m_inboxModel->markRead(id);
                       m_markRead->setEnabled(false);
                   });
}

} // namespace Gui
