#pragma once

// An independent TOTP (RFC 6238) for tests: QtCore's HMAC, not the server's code.

#include <QByteArray>
#include <QMessageAuthenticationCode>
#include <QString>

namespace TestSupport {

inline QByteArray base32Decode(const QString& text)
{
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    int buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        buffer = (buffer << 5) | static_cast<int>(alphabet.indexOf(c.toLatin1()));
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

inline QString totpCode(const QByteArray& secret, qint64 unixTime)
{
    QByteArray counter(8, '\0');
    qint64 step = unixTime / 30;
    for (int i = 7; i >= 0; --i, step >>= 8)
        counter[i] = static_cast<char>(step & 0xff);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.back() & 0x0f;
    const quint32 binary = ((static_cast<quint8>(mac[offset]) & 0x7f) << 24) |
                           (static_cast<quint8>(mac[offset + 1]) << 16) |
                           (static_cast<quint8>(mac[offset + 2]) << 8) |
                           static_cast<quint8>(mac[offset + 3]);
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace TestSupport
