#include "ui/admin/adminsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QStringList>
#include <QThreadPool>

namespace Gui::AdminText {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Gui::AdminText", text);
}

} // namespace

QString failure(int httpStatus, const QString& detail)
{
    QString text;
    switch (httpStatus) {
    case 0:
        text = QCoreApplication::translate("Gui::AdminText", "Cannot reach the server.");
        break;
    case 401:
        text = QCoreApplication::translate("Gui::AdminText", "Your session ended; sign in again.");
        break;
    case 403:
        text = QCoreApplication::translate("Gui::AdminText", "Your role does not allow this.");
        break;
    case 404:
        text =
            QCoreApplication::translate("Gui::AdminText", "Not found; it may have been removed.");
        break;
    case 409:
        text = QCoreApplication::translate("Gui::AdminText", "Not possible in the current state.");
        break;
    case 422:
    case 400:
        text = QCoreApplication::translate("Gui::AdminText", "The server refused the input.");
        break;
    default:
        text = QCoreApplication::translate("Gui::AdminText", "The server could not do this.");
        break;
    }
    return detail.isEmpty() ? text : text + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString failure(const Core::Result<Api::ApiResponse>& reply)
{
    if (!reply)
        return failure(0, reply.error().detail);
    return failure(reply->status, reply->problemSummary());
}

QString role(const QString& role)
{
    static const char* const names[][2] = {
        {"operator", QT_TRANSLATE_NOOP("Gui::AdminText", "Operator")},
        {"auditor", QT_TRANSLATE_NOOP("Gui::AdminText", "Auditor")},
        {"owner", QT_TRANSLATE_NOOP("Gui::AdminText", "Owner")},
        {"admin", QT_TRANSLATE_NOOP("Gui::AdminText", "Admin")},
        {"editor", QT_TRANSLATE_NOOP("Gui::AdminText", "Editor")},
        {"uploader", QT_TRANSLATE_NOOP("Gui::AdminText", "Uploader")},
        {"viewer", QT_TRANSLATE_NOOP("Gui::AdminText", "Viewer")},
    };
    for (const auto& name : names) {
        if (role == QLatin1String(name[0]))
            return tr(name[1]);
    }
    return role;
}

QString roles(const QString& roles)
{
    QStringList names;
    for (const QString& one : roles.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        names.append(role(one));
    return names.join(QStringLiteral(", "));
}

QString status(const QString& status)
{
    static const char* const names[][2] = {
        {"active", QT_TRANSLATE_NOOP("Gui::AdminText", "Active")},
        {"invited", QT_TRANSLATE_NOOP("Gui::AdminText", "Invited")},
        {"disabled", QT_TRANSLATE_NOOP("Gui::AdminText", "Disabled")},
        {"terminated", QT_TRANSLATE_NOOP("Gui::AdminText", "Terminated")},
        {"pending", QT_TRANSLATE_NOOP("Gui::AdminText", "Pending")},
        {"approved", QT_TRANSLATE_NOOP("Gui::AdminText", "Approved")},
        {"rejected", QT_TRANSLATE_NOOP("Gui::AdminText", "Rejected")},
        {"lapsed", QT_TRANSLATE_NOOP("Gui::AdminText", "Lapsed")},
        {"success", QT_TRANSLATE_NOOP("Gui::AdminText", "Success")},
        {"denied", QT_TRANSLATE_NOOP("Gui::AdminText", "Denied")},
        {"failure", QT_TRANSLATE_NOOP("Gui::AdminText", "Failure")},
    };
    for (const auto& name : names) {
        if (status == QLatin1String(name[0]))
            return tr(name[1]);
    }
    return status;
}

QString time(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Gui::AdminText

namespace Gui {

void writeFileAsync(const QString& path, const QByteArray& bytes, QObject* guard,
                    std::function<void(QString error)> done)
{
    QPointer<QObject> owner(guard);
    QThreadPool::globalInstance()->start([path, bytes, owner, done = std::move(done)]() mutable {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [owner, done = std::move(done), error]() {
                if (owner)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Gui
