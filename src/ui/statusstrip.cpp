// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstrip.h"

#include <core/displayformat.h>

#include <models/callsummary.h>

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace cdr {

StatusStrip::StatusStrip(QStatusBar *bar)
    : QObject(bar)
    , m_count(new QLabel(bar))
    , m_summary(new QLabel(bar))
    , m_message(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMinimumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_count->setObjectName(QStringLiteral("statusCount"));
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_message->setObjectName(QStringLiteral("statusMessage"));
    // Long texts are cut at their own edge instead of pushing into the neighbour: a label's
    // minimum width is otherwise its whole text, and at 1024 px the two texts overlapped.
    for (QLabel *l : {m_summary, m_message}) {
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->setMinimumWidth(60);
    }
    const auto separator = [bar] {
        auto *line = new QFrame(bar);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    bar->addWidget(m_count);
    bar->addWidget(separator());
    bar->addWidget(m_summary, 3);
    bar->addPermanentWidget(separator());
    bar->addPermanentWidget(m_message, 2);
    bar->addPermanentWidget(m_progress);
}

void StatusStrip::setCounts(int shown, qint64 total)
{
    m_count->setText(shown == total ? tr("%Ln call(s)", nullptr, shown) : tr("%1 of %2 calls").arg(DisplayFormat::integer(shown), DisplayFormat::integer(total)));
}

void StatusStrip::setBusy()
{
    m_count->setText(tr("sorting/filtering..."));
}

void StatusStrip::setSummary(const CallSummary &s)
{
    QStringList parts;
    if (s.count > 0) {
        parts << tr("answered %1%").arg(DisplayFormat::fixed(s.answerRate * 100, 1));
        parts << tr("avg %1 s").arg(DisplayFormat::fixed(s.averageDurationS, 0));
        for (auto it = s.costByCurrency.cbegin(); it != s.costByCurrency.cend(); ++it)
            parts << tr("cost %1 %2").arg(DisplayFormat::fixed(it.value(), 2), it.key().isEmpty() ? tr("(no currency)") : it.key());
        if (s.meanMos)
            parts << tr("MOS mean %1, 5th pct %2").arg(DisplayFormat::fixed(*s.meanMos, 2), DisplayFormat::fixed(s.p5Mos.value_or(0), 2));
        if (!s.topCauses.isEmpty())
            parts << tr("top cause: %1 (%2)").arg(s.topCauses.first().first).arg(s.topCauses.first().second);
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(m_summary->text()); // cut at narrow widths: the whole text stays reachable
}

void StatusStrip::showMessage(const QString &text, bool error)
{
    m_words = nullptr;
    setMessage(text, error);
}

void StatusStrip::showMessage(std::function<QString()> words, bool error)
{
    m_words = std::move(words);
    setMessage(m_words(), error);
}

bool StatusStrip::event(QEvent *event)
{
    // Not a widget: the status bar passes LanguageChange on to its children, this one among them.
    if (event->type() == QEvent::LanguageChange && m_words)
        setMessage(m_words(), m_error);
    return QObject::event(event);
}

void StatusStrip::setMessage(const QString &text, bool error)
{
    m_error = error;
    // Inline, not a modal box: an error stays readable until the next message.
    m_message->setText(error ? tr("Error: %1").arg(text) : text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("font-weight: bold") : QString());
}

void StatusStrip::showProgress(const QString &text, int percent)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_progress->setValue(percent);
    m_progress->setFormat(text);
    m_progress->setToolTip(text);
}

void StatusStrip::hideProgress()
{
    m_progress->setVisible(false);
}

QString StatusStrip::text() const
{
    return m_count->text() + QLatin1Char(' ') + m_summary->text();
}

QString StatusStrip::message() const
{
    return m_message->text();
}

} // namespace cdr
