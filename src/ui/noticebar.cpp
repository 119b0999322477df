// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cdr {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this notice"));
    close->setAccessibleName(tr("Close this notice"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::clearNotice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttonRow);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(const QString &text, const QList<Action> &actions, bool warning)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->setText(text);
    for (const Action &a : actions) {
        auto *b = new QPushButton(a.text, this);
        // The action may replace this notice (and delete the button): run it after the click.
        connect(b, &QPushButton::clicked, this, [run = a.run] { run(); }, Qt::QueuedConnection);
        m_buttonRow->addWidget(b, 0, Qt::AlignTop);
        m_buttons << b;
    }
    // Palette roles, so that the light and dark themes both read.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint = warning ? QColor(220, 120, 0) : p.color(QPalette::Highlight);
    p.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                                                 base.greenF() * 0.8f + tint.greenF() * 0.2f,
                                                 base.blueF() * 0.8f + tint.blueF() * 0.2f));
    setPalette(p);
    show();
}

void NoticeBar::clearNotice()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->clear();
    hide();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace cdr
