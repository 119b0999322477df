// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <algorithm>
#include <cmath>

namespace cdr {

double TimelineScale::spanS() const
{
    const double span = endS - startS;
    return span > 0.0 && std::isfinite(span) ? span : 1.0;
}

double TimelineScale::pixelsPerSecond() const
{
    return std::max(width, 0.0) / spanS();
}

double TimelineScale::xForSeconds(double s) const
{
    return left + (s - startS) * pixelsPerSecond();
}

double TimelineScale::secondsForX(double x) const
{
    const double pps = pixelsPerSecond();
    if (pps <= 0.0)
        return startS;
    return startS + (x - left) / pps;
}

double TimelineScale::clampedX(double s) const
{
    return std::clamp(xForSeconds(s), left, left + std::max(width, 0.0));
}

double TimelineScale::tickStep(double minPixels) const
{
    const double pps = pixelsPerSecond();
    if (pps <= 0.0 || minPixels <= 0.0)
        return spanS();
    const double raw = minPixels / pps; // smallest step in seconds that keeps ticks apart
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw - 1e-12)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

QList<double> TimelineScale::ticks(double minPixels) const
{
    QList<double> result;
    const double step = tickStep(minPixels);
    if (!(step > 0.0) || !std::isfinite(step))
        return result;
    const double end = startS + spanS();
    // Start at the first multiple of step at or after startS; the epsilon keeps a tick that
    // sits exactly on startS from being skipped through rounding.
    // Multiply instead of accumulating so rounding errors do not drift along the axis.
    const double first = std::ceil(startS / step - 1e-9);
    for (int i = 0; i < 10000; ++i) {
        const double t = (first + i) * step;
        if (t > end + step * 1e-9)
            break;
        result.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return result;
}

} // namespace cdr
