// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"


#include <session/callverdict.h>

#include <charts/callflowtimeline.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cdr {

CompareDialog::CompareDialog(const QList<Call> &calls, const QTimeZone &zone, const QualityThresholds &thresholds,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare %n call(s)", nullptr, int(calls.size())));
    auto *layout = new QVBoxLayout(this);
    double span = 1.0;
    for (const Call &c : calls) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b> %2 → %3 · %4<br>%5")
                                     .arg(providerDisplayName(c.provider), c.from.toHtmlEscaped(), c.to.toHtmlEscaped(),
                                          c.id.toHtmlEscaped(), CallVerdict::text(c, thresholds).toHtmlEscaped()),
                                 this);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(title);
        auto *timeline = new CallFlowTimeline(this);
        timeline->setAccessibleName(tr("Timeline of call %1").arg(c.id));
        timeline->setDisplayTimeZone(zone);
        timeline->setCall(c);
        span = std::max(span, timeline->data().spanS);
        layout->addWidget(timeline);
        m_timelines << timeline;
    }
    // One shared seconds axis: every timeline spans the longest call.
    for (CallFlowTimeline *t : std::as_const(m_timelines)) {
        TimelineData d = t->data();
        d.spanS = span;
        t->renderer().setData(d);
        t->update();
    }
    // Hovering one moves the cursor on all, at the same second from call start.
    for (CallFlowTimeline *t : std::as_const(m_timelines)) {
        connect(t, &CallFlowTimeline::cursorMoved, this, [this](std::optional<double> s) {
            for (CallFlowTimeline *other : std::as_const(m_timelines))
                other->setCursorSeconds(s);
        });
    }
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 170 * int(calls.size()) + 60);
}

} // namespace cdr
