#include "core/status/plaintext.h"

#include <QRegularExpression>

namespace Status {

namespace {

QString decodeEntity(const QString& name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const struct
    {
        const char* name;
        char16_t value;
    } kNamed[] = {{"amp", u'&'},        {"lt", u'<'},         {"gt", u'>'},
                  {"quot", u'"'},       {"apos", u'\''},      {"nbsp", u' '},
                  {"ndash", u'\u2013'}, {"mdash", u'\u2014'}, {"hellip", u'\u2026'},
                  {"rsquo", u'\u2019'}, {"lsquo", u'\u2018'}, {"rdquo", u'\u201D'},
                  {"ldquo", u'\u201C'}, {"copy", u'\u00A9'}};
    for (const auto& entry : kNamed) {
        if (name == QLatin1String(entry.name))
            return QString(QChar(entry.value));
    }
    return QLatin1Char('&') + name + QLatin1Char(';');
}

bool isUnsafe(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true; // C0/C1 controls, ESC included: no terminal escapes
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
        c == 0x200F || c == 0xFEFF)
        return true; // bidi overrides and marks, BOM
    return false;
}

} // namespace

QString toSafePlainText(const QString& input)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    if (text.contains(QLatin1Char('<'))) {
        static const QRegularExpression kHidden(
            QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression kBreak(
            QStringLiteral("<br\\s*/?>|</(p|div|li|h[1-6]|tr|ul|ol)\\s*>"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression kItem(QStringLiteral("<li\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression kTag(QStringLiteral("</?[a-zA-Z!][^>]*>"));
        text.remove(kHidden);
        text.replace(kBreak, QStringLiteral("\n"));
        text.replace(kItem, QStringLiteral("- "));
        text.remove(kTag);
    }

    if (text.contains(QLatin1Char('&'))) {
        static const QRegularExpression kEntity(
            QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
        QString decoded;
        decoded.reserve(text.size());
        qsizetype last = 0;
        auto it = kEntity.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            decoded += QStringView(text).mid(last, match.capturedStart() - last);
            decoded += decodeEntity(match.captured(1));
            last = match.capturedEnd();
        }
        decoded += QStringView(text).mid(last);
        text = decoded;
    }

    QString safe;
    safe.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isUnsafe(c))
            continue;
        const char32_t ch = c;
        safe += QString::fromUcs4(&ch, 1);
    }

    // Trailing spaces on each line, then runs of blank lines.
    static const QRegularExpression kTrailing(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression kBlankRuns(QStringLiteral("\\n{3,}"));
    safe.replace(kTrailing, QStringLiteral("\n"));
    safe.replace(kBlankRuns, QStringLiteral("\n\n"));
    return safe.trimmed();
}

} // namespace Status
