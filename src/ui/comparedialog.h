// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two to four calls side by side: their call-flow timelines stacked on one shared seconds
// axis, with a one-line summary each, so an analyst can see which leg or interval differs. UI thread only.

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QDialog>
#include <QTimeZone>

namespace cdr {

class CallFlowTimeline;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QList<Call> &calls, const QTimeZone &zone, const QualityThresholds &thresholds,
                  QWidget *parent = nullptr);
    QList<CallFlowTimeline *> timelines() const { return m_timelines; }

private:
    QList<CallFlowTimeline *> m_timelines;
};

} // namespace cdr
