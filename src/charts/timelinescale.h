// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Maps seconds from call start to pixels and back for the call-flow timeline and the
// charts that share its axis. A plain value type with no Gui dependency so it can be unit
// tested on its own (as hotspot tests its timeline delegate's mapping). Any thread.

#include <QList>

namespace cdr {

struct TimelineScale
{
    double startS = 0.0; ///< first visible second (from call start)
    double endS = 1.0;   ///< last visible second
    double left = 0.0;   ///< pixel x of startS
    double width = 1.0;  ///< pixels from startS to endS

    /// A span of zero or less is widened to one second so the mapping never divides by zero.
    double spanS() const;
    double pixelsPerSecond() const;
    double xForSeconds(double s) const;
    double secondsForX(double x) const;
    /// xForSeconds clamped into [left, left + width].
    double clampedX(double s) const;
    /// A "nice" step (1, 2, 5 x 10^n seconds) so ticks are at least minPixels apart.
    double tickStep(double minPixels) const;
    /// Tick positions in seconds, multiples of tickStep(minPixels), inside [startS, endS].
    QList<double> ticks(double minPixels) const;

    friend bool operator==(const TimelineScale &, const TimelineScale &) = default;
};

} // namespace cdr
