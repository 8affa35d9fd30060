#pragma once

// Translated names and colours for status values, shared by the Status page, its models, the
// tray icon and the notifications. Colours come in pairs with text so that the state never
// depends on colour alone (the text says it too).

#include "core/status/statusmodel.h"
#include "core/status/uploadgate.h"

#include <QColor>
#include <QString>

namespace Gui::StatusText {

[[nodiscard]] QString indicatorText(Status::Indicator indicator);
[[nodiscard]] QString componentStatusText(const Status::Tagged<Status::ComponentStatus>& status);
[[nodiscard]] QString incidentStatusText(const Status::Tagged<Status::IncidentStatus>& status);
[[nodiscard]] QString impactText(const Status::Tagged<Status::Impact>& impact);
[[nodiscard]] QString noticeKindText(const QString& kind);
// "under maintenance (Storage upgrade) until 14:00" for the upload queue's hold.
[[nodiscard]] QString holdText(const Status::GateDecision& decision);

[[nodiscard]] QColor indicatorColor(Status::Indicator indicator);
[[nodiscard]] QColor componentColor(Status::ComponentStatus status);
// For a day's availability (0..1); an invalid colour means no data.
[[nodiscard]] QColor availabilityColor(double ratio);
// Name of the tray icon resource for the indicator (":/icons/tray-major.svg").
[[nodiscard]] QString trayIconPath(Status::Indicator indicator);

// "42 min", "1 h 05 min", "2 d 3 h".
[[nodiscard]] QString duration(qint64 seconds);
// Local date and time in the current language's format.
[[nodiscard]] QString dateTime(const QDateTime& utc);

} // namespace Gui::StatusText
