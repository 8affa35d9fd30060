#include "core/support/supportbundle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Support {

namespace {

const QString kRemoved = QStringLiteral("[removed]");

const QRegularExpression& secretKeyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("token|password|passwd|secret|api[_-]?key|private[_-]?key|"
                       "stream[_-]?key|authorization|cookie|totp"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QJsonValue redactValue(const QString& key, const QVariant& value)
{
    if (isSecretKey(key))
        return kRemoved;
    if (value.typeId() == QMetaType::QVariantMap) {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), redactValue(it.key(), it.value()));
        return object;
    }
    if (value.typeId() == QMetaType::QString)
        return redactSecrets(value.toString());
    return QJsonValue::fromVariant(value);
}

} // namespace

bool isSecretKey(const QString& key)
{
    return secretKeyPattern().match(key).hasMatch();
}

QString redactSecrets(QString text)
{
    // "Authorization: Bearer abc", "Bearer abc"
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer|Basic)\\s+[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    // key=value, key: value, "key":"value" for secret-looking keys
    static const QRegularExpression pair(
        QStringLiteral(
            "(\"?[A-Za-z_-]*(?:token|password|passwd|secret|api[_-]?key|"
            "stream[_-]?key|cookie|totp)[A-Za-z_-]*\"?\\s*[:=]\\s*)(\"[^\"]*\"|[^\\s,;&}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1 ") + kRemoved);
    text.replace(pair, QStringLiteral("\\1") + kRemoved);
    return text;
}

Core::Result<int> writeSupportBundle(const SupportBundleInput& input, const QString& filePath)
{
    QJsonObject settings;
    for (auto it = input.settings.cbegin(); it != input.settings.cend(); ++it)
        settings.insert(it.key(), redactValue(it.key(), it.value()));

    QJsonArray logs;
    if (!input.logDir.isEmpty()) {
        const QDir dir(input.logDir);
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        for (const QFileInfo& info : files) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                return Core::Error{
                    Core::ErrorCode::Io,
                    QStringLiteral("cannot read %1: %2").arg(info.filePath(), file.errorString())};
            }
            const bool truncated = file.size() > kBundleMaxLogBytes;
            if (truncated)
                file.seek(file.size() - kBundleMaxLogBytes);
            const QString text = QString::fromUtf8(file.readAll());
            QStringList lines = text.split(QLatin1Char('\n'));
            for (QString& line : lines)
                line = redactSecrets(line);
            logs.append(QJsonObject{{QStringLiteral("name"), info.fileName()},
                                    {QStringLiteral("truncated"), truncated},
                                    {QStringLiteral("text"), lines.join(QLatin1Char('\n'))}});
        }
    }

    const QJsonObject bundle{
        {QStringLiteral("format"), QStringLiteral("onestream-support-bundle/1")},
        {QStringLiteral("appVersion"), input.appVersion},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("logs"), logs},
    };
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly)) {
        return Core::Error{Core::ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(filePath, out.errorString())};
    }
    out.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        return Core::Error{Core::ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(filePath, out.errorString())};
    }
    return static_cast<int>(logs.size());
}

} // namespace Support
