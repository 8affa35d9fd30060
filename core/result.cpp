#include "core/result.h"

namespace Core {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return "invalid";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::BadInput:
        return "bad-input";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Tls:
        return "tls";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Http:
        return "http";
    case ErrorCode::Protocol:
        return "protocol";
    case ErrorCode::Database:
        return "database";
    case ErrorCode::Media:
        return "media";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

QString Error::toString() const
{
    QString text = QString::fromLatin1(errorCodeName(code));
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    if (native != 0)
        text += QStringLiteral(" (%1)").arg(native);
    return text;
}

} // namespace Core
