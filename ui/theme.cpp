#include "ui/theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Gui {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(37, 37, 40);
    const QColor base(28, 28, 30);
    const QColor text(232, 232, 232);
    const QColor disabled(128, 128, 128);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(90, 160, 255));
    palette.setColor(QPalette::Highlight, QColor(42, 110, 200));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(60, 60, 64));
    palette.setColor(QPalette::Midlight, QColor(50, 50, 54));
    palette.setColor(QPalette::Mid, QColor(45, 45, 48));
    palette.setColor(QPalette::Dark, QColor(20, 20, 22));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

namespace {

bool systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4: the style's palette as the platform theme gives it.
    return isDarkPalette(QApplication::style()->standardPalette());
}

void apply(QApplication& app)
{
    if (systemIsDark()) {
        // The Fusion style draws every control from the palette, so dark is dark everywhere.
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    Q_UNUSED(app)
}

class ThemeWatcher : public QObject
{
public:
    explicit ThemeWatcher(QApplication& app) : QObject(&app), m_app(app) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_app && event->type() == QEvent::ThemeChange)
            apply(m_app);
        return QObject::eventFilter(watched, event);
    }

private:
    QApplication& m_app;
};

} // namespace

void followSystemColorScheme(QApplication& app)
{
    apply(app);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app,
                     [&app] { apply(app); });
#else
    app.installEventFilter(new ThemeWatcher(app));
#endif
}

} // namespace Gui
