// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchipsbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cdr {

FilterChipsBar::FilterChipsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterChipsBar"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(4);
    m_label = new QLabel(this);
    m_layout->addWidget(m_label);
    m_layout->addStretch(1);
    m_clearAll = new QToolButton(this);
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterChipsBar::clearAllRequested);
    m_layout->addWidget(m_clearAll);
    setVisible(false);
    retranslate();
}

void FilterChipsBar::retranslate()
{
    m_label->setText(tr("Filtered by:"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Remove every filter (Ctrl+Shift+Backspace)"));
    for (QWidget *chip : std::as_const(m_chipWidgets))
        chip->setToolTip(tr("Remove this filter"));
}

void FilterChipsBar::setChips(const QString &owner, const QList<Chip> &chips)
{
    auto it = std::find_if(m_owners.begin(), m_owners.end(), [&owner](const auto &o) { return o.first == owner; });
    if (it == m_owners.end())
        m_owners.append({owner, chips});
    else if (it->second.size() == chips.size()
             && std::equal(chips.cbegin(), chips.cend(), it->second.cbegin(),
                           [](const Chip &a, const Chip &b) { return a.key == b.key && a.label == b.label; }))
        return;
    else
        it->second = chips;
    rebuild();
}

QList<FilterChipsBar::Chip> FilterChipsBar::chips() const
{
    QList<Chip> all;
    for (const auto &o : m_owners)
        all += o.second;
    return all;
}

void FilterChipsBar::rebuild()
{
    qDeleteAll(m_chipWidgets);
    m_chipWidgets.clear();
    int position = 1; // after "Filtered by:"
    for (const auto &[owner, chips] : std::as_const(m_owners)) {
        for (const Chip &c : chips) {
            auto *chip = new QToolButton(this);
            chip->setText(c.label + QStringLiteral("  ×"));
            chip->setToolTip(tr("Remove this filter"));
            chip->setAccessibleName(tr("Remove filter %1").arg(c.label));
            chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                               " padding: 1px 8px; background: palette(alternate-base); }"));
            const QString o = owner, key = c.key;
            connect(chip, &QToolButton::clicked, this, [this, o, key] { Q_EMIT removeRequested(o, key); });
            m_layout->insertWidget(position++, chip);
            chip->show(); // now, not on the layout's queued show: the bar is read at once
            m_chipWidgets << chip;
        }
    }
    setVisible(!m_chipWidgets.isEmpty());
}

void FilterChipsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cdr
