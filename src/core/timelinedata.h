// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the call-flow timeline draws, in seconds from call start: one lane per leg of
// `call_flow` (or a single lane for providers without legs) with ringing, talking and
// holding segments, and the error_log intervals as bands. Pure data computed from a Call,
// no Gui, so lane and band counts are testable without painting. Any thread.

#include <core/call.h>

#include <QList>
#include <QString>

#include <optional>

namespace cdr {

enum class SegmentKind : quint8 { Ringing, Talking, Holding };

struct TimelineSegment
{
    SegmentKind kind = SegmentKind::Ringing;
    double startS = 0.0;
    double endS = 0.0;
};

struct TimelineLane
{
    QString label;
    QList<TimelineSegment> segments;
    std::optional<double> answerS; ///< answer marker
    std::optional<double> endS;    ///< end marker
    bool ongoing = false;          ///< still in progress: the bar ends "so far", with no end marker
    bool forwarding = false;
    bool answered = false;
};

struct TimelineBand
{
    double startS = 0.0;
    double stopS = 0.0;
    int flaws = 0;
};

struct TimelineData
{
    QDateTime origin;          ///< call start (UTC); invalid when the call has no times at all
    double spanS = 1.0;        ///< seconds covered by the axis, at least 1
    QList<TimelineLane> lanes; ///< never empty for a call
    QList<TimelineBand> bands; ///< error_log intervals, in order
    int maxFlaws = 0;
    int totalFlaws = 0;

    static TimelineData fromCall(const Call &call);
    /// Seconds from origin; nullopt for an invalid time or origin.
    std::optional<double> secondsOf(const QDateTime &t) const;
    /// Wall-clock time of a second on the axis (invalid when origin is).
    QDateTime timeAt(double seconds) const;
};

QString segmentKindName(SegmentKind kind); ///< "ringing", "talking", "holding"

} // namespace cdr
