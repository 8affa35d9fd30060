#include "ui/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Gui {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_body(new QLabel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_body->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("pageBody"));
    m_body->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(1);
}

void PlaceholderPage::setTexts(const QString& heading, const QString& body)
{
    m_heading->setText(heading);
    m_body->setText(body);
    m_heading->setAccessibleName(heading);
    setAccessibleName(heading);
}

QString PlaceholderPage::heading() const
{
    return m_heading->text();
}

} // namespace Gui
