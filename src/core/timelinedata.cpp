// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/timelinedata.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cdr {

namespace {

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

// Builds one lane from the times a call or a leg has. Times win over durations; durations
// fill in when a provider sends only those (Vobiz ring_time/billsec, CarrierX duration).
TimelineLane makeLane(const TimelineData &d, const QString &label, const QDateTime &start,
                      const QDateTime &answer, const QDateTime &end, std::optional<double> ringS,
                      std::optional<double> talkS, std::optional<double> durationS, bool answeredHint)
{
    TimelineLane lane;
    lane.label = label;
    const double s0 = d.secondsOf(start).value_or(0.0);
    std::optional<double> a = d.secondsOf(answer);
    std::optional<double> e = d.secondsOf(end);
    if (!a && answeredHint && ringS)
        a = s0 + *ringS;
    if (!e) {
        if (durationS)
            e = s0 + *durationS;
        else if (a && talkS)
            e = *a + *talkS;
        else if (ringS && !answeredHint)
            e = s0 + *ringS;
    }
    lane.answered = a.has_value();
    lane.answerS = a;
    lane.endS = e;
    if (a) {
        if (*a > s0)
            lane.segments.append({SegmentKind::Ringing, s0, *a});
        if (e && *e > *a)
            lane.segments.append({SegmentKind::Talking, *a, *e});
    } else if (e && *e > s0) {
        lane.segments.append({SegmentKind::Ringing, s0, *e});
    }
    return lane;
}

} // namespace

QString segmentKindName(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Ringing: return QStringLiteral("ringing");
    case SegmentKind::Talking: return QStringLiteral("talking");
    case SegmentKind::Holding: return QStringLiteral("holding");
    }
    return QString();
}

std::optional<double> TimelineData::secondsOf(const QDateTime &t) const
{
    if (!t.isValid() || !origin.isValid())
        return std::nullopt;
    return origin.msecsTo(t) / 1000.0;
}

QDateTime TimelineData::timeAt(double seconds) const
{
    if (!origin.isValid())
        return QDateTime();
    return origin.addMSecs(qint64(std::llround(seconds * 1000.0)));
}

TimelineData TimelineData::fromCall(const Call &call)
{
    TimelineData d;
    // The origin is the earliest known time, so legs that start before the call record's
    // own start (clock skew between legs) still land on the positive axis.
    QDateTime origin = call.startTime;
    for (const CallLeg &leg : call.legs)
        origin = earliest(origin, leg.startTime);
    if (!origin.isValid())
        origin = call.answerTime.isValid() && call.ringS
                     ? call.answerTime.addMSecs(-qint64(*call.ringS * 1000.0))
                     : earliest(call.answerTime, call.errorLog.isEmpty() ? QDateTime() : call.errorLog.first().start);
    d.origin = origin;

    const bool callAnswered = call.status == CallStatus::Answered || call.answerTime.isValid()
                              || (call.talkS && *call.talkS > 0.0);
    if (call.legs.isEmpty()) {
        QString label = call.to.isEmpty() ? QCoreApplication::translate("cdr::TimelineData", "Call") : call.to;
        d.lanes.append(makeLane(d, label, call.startTime.isValid() ? call.startTime : origin, call.answerTime,
                                call.endTime, call.ringS, call.talkS, call.durationS, callAnswered));
        // A live call's duration is "so far": it has not ended, so it gets no end marker.
        d.lanes.last().ongoing = call.status == CallStatus::InProgress && !call.endTime.isValid();
    } else {
        for (const CallLeg &leg : call.legs) {
            const QString label = leg.destination.isEmpty()
                                      ? QCoreApplication::translate("cdr::TimelineData", "Leg %1").arg(d.lanes.size() + 1)
                                      : leg.destination;
            TimelineLane lane = makeLane(d, label, leg.startTime.isValid() ? leg.startTime : origin, leg.answerTime,
                                         leg.endTime, leg.ringS, leg.talkS, leg.durationS,
                                         leg.answerTime.isValid() || (leg.talkS && *leg.talkS > 0.0));
            lane.forwarding = leg.forwarding;
            // Hold: from last_hold_time for hold_duration, clipped to the leg's end.
            if (const auto h = d.secondsOf(leg.holdTime); h && leg.holdS && *leg.holdS > 0.0) {
                double holdEnd = *h + *leg.holdS;
                if (lane.endS)
                    holdEnd = std::min(holdEnd, *lane.endS);
                if (holdEnd > *h)
                    lane.segments.append({SegmentKind::Holding, *h, holdEnd});
            }
            d.lanes.append(lane);
        }
    }

    double span = 0.0;
    for (const TimelineLane &lane : std::as_const(d.lanes)) {
        for (const TimelineSegment &s : lane.segments)
            span = std::max(span, s.endS);
        if (lane.endS)
            span = std::max(span, *lane.endS);
    }
    d.bands.reserve(call.errorLog.size());
    for (const ErrorInterval &e : call.errorLog) {
        const auto a = d.secondsOf(e.start);
        if (!a)
            continue;
        double b = d.secondsOf(e.stop).value_or(*a + e.durationS.value_or(0.0));
        if (b < *a)
            b = *a;
        d.bands.append({*a, b, e.flaws});
        d.maxFlaws = std::max(d.maxFlaws, e.flaws);
        d.totalFlaws += e.flaws;
        span = std::max(span, b);
    }
    if (const auto e = d.secondsOf(call.endTime))
        span = std::max(span, *e);
    if (call.durationS)
        span = std::max(span, *call.durationS);
    d.spanS = std::max(1.0, span);
    return d;
}

} // namespace cdr
