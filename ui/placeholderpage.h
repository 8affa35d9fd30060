#pragma once

#include <QWidget>

class QLabel;

namespace Gui {

// A page that later issues replace: a heading and a paragraph saying what will live here.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget* parent = nullptr);
    void setTexts(const QString& heading, const QString& body);
    [[nodiscard]] QString heading() const;

private:
    QLabel* m_heading;
    QLabel* m_body;
};

} // namespace Gui
