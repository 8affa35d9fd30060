#include "ui/helppage.h"

#include "core/support/supporthours.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace Gui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

HelpPage::HelpPage(Support::ServiceFacts facts, Clock clock, QWidget* parent)
    : QWidget(parent), m_facts(std::move(facts)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_heading(new QLabel(this)), m_hoursBox(new QGroupBox(this)),
      m_hours(addLabel(m_hoursBox, QStringLiteral("supportHours"))),
      m_status(addLabel(m_hoursBox, QStringLiteral("supportStatus"))),
      m_contactBox(new QGroupBox(this)),
      m_contacts(addLabel(m_contactBox, QStringLiteral("contactChannels"))),
      m_securityBox(new QGroupBox(this)),
      m_security(addLabel(m_securityBox, QStringLiteral("securityFacts"))),
      m_certifications(addLabel(m_securityBox, QStringLiteral("certifications"))),
      m_timer(new QTimer(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    m_contacts->setTextFormat(Qt::RichText);
    m_contacts->setOpenExternalLinks(true);
    m_contacts->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* hoursLayout = new QVBoxLayout(m_hoursBox);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addWidget(m_status);
    auto* contactLayout = new QVBoxLayout(m_contactBox);
    contactLayout->addWidget(m_contacts);
    auto* securityLayout = new QVBoxLayout(m_securityBox);
    securityLayout->addWidget(m_security);
    securityLayout->addWidget(m_certifications);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hoursBox);
    layout->addWidget(m_contactBox);
    layout->addWidget(m_securityBox);
    layout->addStretch(1);

    m_timer->setInterval(std::chrono::seconds(30));
    connect(m_timer, &QTimer::timeout, this, &HelpPage::refresh);
    m_timer->start();
    retranslate();
}

QLabel* HelpPage::addLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Keyboard users can reach and select the text (and screen readers read it).
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

QString HelpPage::supportStatusText() const
{
    return m_status->text();
}

void HelpPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpPage::refresh()
{
    const QDateTime now = m_clock();
    const Support::SupportState state = Support::supportState(now);
    m_open = state.open;
    const QLocale locale;
    const QString japanTime = locale.toString(state.nextChange, QStringLiteral("HH:mm"));
    QString text;
    if (state.open) {
        text = tr("Open now. Closes at %1 Japan time.").arg(japanTime);
    } else {
        QString reason;
        switch (state.reason) {
        case Support::ClosedReason::Weekend:
            reason = tr("weekend");
            break;
        case Support::ClosedReason::PublicHoliday:
            reason = tr("Japanese public holiday");
            break;
        case Support::ClosedReason::NewYearBreak:
            reason = tr("new-year break");
            break;
        case Support::ClosedReason::OutsideHours:
        case Support::ClosedReason::NotClosed:
            reason = tr("outside support hours");
            break;
        }
        const QString day = locale.toString(state.nextChange.date(), QLocale::LongFormat);
        const QDateTime yours = state.nextChange.toLocalTime();
        text = tr("Closed now (%1). Opens %2 at %3 Japan time (%4 your time).")
                   .arg(reason, day, japanTime, locale.toString(yours, QLocale::ShortFormat));
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);

    QStringList certificationLines;
    for (const Support::Certification& certification : m_facts.certifications) {
        const QString date = locale.toString(certification.expiresOn, QLocale::LongFormat);
        certificationLines << (Support::isExpired(certification,
                                                  now.toTimeZone(Support::japanTime()).date())
                                   ? tr("%1: EXPIRED on %2").arg(certification.name, date)
                                   : tr("%1: valid until %2").arg(certification.name, date));
    }
    m_certifications->setText(certificationLines.join(QLatin1Char('\n')));
    m_certifications->setAccessibleName(m_certifications->text());
}

void HelpPage::retranslate()
{
    m_heading->setText(tr("Help"));
    m_heading->setAccessibleName(m_heading->text());
    setAccessibleName(tr("Help"));

    m_hoursBox->setTitle(tr("Support hours"));
    m_hours->setText(tr("Weekdays 10:00–17:30 Japan time (UTC+9), except Japanese public "
                        "holidays and the new-year break (29 December to 3 January)."));
    m_hours->setAccessibleName(m_hours->text());

    m_contactBox->setTitle(tr("Contact"));
    QStringList lines;
    for (const Support::ContactChannel& channel : m_facts.contacts) {
        const QString address = escaped(channel.address);
        switch (channel.kind) {
        case Support::ContactKind::WebForm:
            lines << tr("Web form: %1").arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(address));
            break;
        case Support::ContactKind::Email:
            lines << tr("E-mail: %1")
                         .arg(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(address));
            break;
        case Support::ContactKind::Phone:
            lines << tr("Phone (during support hours): %1").arg(address);
            break;
        }
    }
    m_contacts->setText(lines.join(QStringLiteral("<br>")));
    m_contacts->setAccessibleName(tr("Contact channels"));

    m_securityBox->setTitle(tr("Security and data handling"));
    // The region is data; the one the service publishes has a translated name.
    const QString region = m_facts.region == QLatin1String("Tokyo") ? tr("Tokyo") : m_facts.region;
    const QStringList facts{
        tr("• Data is stored in the %1 region, in Japan.").arg(region),
        tr("• Connections are encrypted (%1, CRYPTREC-listed cipher suites only); certificates "
           "are always verified.")
            .arg(m_facts.transportSecurity),
        tr("• Daily online backups, encrypted with %1, kept for %n day(s).", nullptr,
           m_facts.backupRetentionDays)
            .arg(m_facts.backupCipher),
        tr("• Every video is stored twice and verified by checksum."),
        tr("• Passwords are stored with a slow salted hash; sign-in supports TOTP two-step "
           "verification."),
        tr("• A terminated organisation's data is erased 30 days after its contract ends."),
    };
    m_security->setText(facts.join(QLatin1Char('\n')));
    m_security->setAccessibleName(tr("Security facts"));
    refresh();
}

} // namespace Gui
