// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorlogmetrics.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cdr {

namespace {

struct Span
{
    qint64 startMs;
    qint64 stopMs;
    int flaws;
};

} // namespace

ErrorLogMetrics ErrorLogMetrics::compute(const Call &call)
{
    ErrorLogMetrics m;
    std::vector<Span> spans;
    spans.reserve(size_t(call.errorLog.size()));
    for (const ErrorInterval &e : call.errorLog) {
        if (!e.start.isValid() || e.flaws <= 0)
            continue;
        const qint64 s = e.start.toMSecsSinceEpoch();
        qint64 stop = s;
        if (e.stop.isValid())
            stop = e.stop.toMSecsSinceEpoch();
        else if (e.durationS)
            stop = s + qint64(std::llround(*e.durationS * 1000));
        spans.push_back({s, std::max(s, stop), e.flaws});
    }
    if (spans.empty())
        return m;
    m.hasLog = true;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.startMs < b.startMs; });

    // Union length: sweep the sorted spans, merging overlaps.
    qint64 impairedMs = 0;
    qint64 curS = spans.front().startMs, curE = spans.front().stopMs;
    for (const Span &sp : spans) {
        if (sp.startMs > curE) {
            impairedMs += curE - curS;
            curS = sp.startMs;
            curE = sp.stopMs;
        } else {
            curE = std::max(curE, sp.stopMs);
        }
    }
    impairedMs += curE - curS;
    m.impairedS = impairedMs / 1000.0;

    // Worst window: for each start, the flaws of the spans starting before start + window
    // (j only moves forward, and always past i since span i is in its own window).
    const qint64 windowMs = qint64(kWindowS) * 1000;
    int sum = 0;
    size_t j = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
        while (j < spans.size() && spans[j].startMs < spans[i].startMs + windowMs)
            sum += spans[j++].flaws;
        if (sum > m.worstWindowFlaws) {
            m.worstWindowFlaws = sum;
            m.worstWindowStart = QDateTime::fromMSecsSinceEpoch(spans[i].startMs, QTimeZone::utc());
        }
        sum -= spans[i].flaws;
    }

    const QDateTime origin = call.answerTime.isValid() ? call.answerTime : call.startTime;
    if (origin.isValid())
        m.timeToFirstFlawS = std::max<qint64>(0, spans.front().startMs - origin.toMSecsSinceEpoch()) / 1000.0;

    // Sustained degradation over fixed slots from the origin (or the first flaw).
    const qint64 originMs = origin.isValid() ? std::min(origin.toMSecsSinceEpoch(), spans.front().startMs)
                                             : spans.front().startMs;
    qint64 lastMs = 0;
    for (const Span &sp : spans)
        lastMs = std::max(lastMs, sp.stopMs);
    const qint64 slotCount = (lastMs - originMs) / windowMs + 1;
    std::vector<char> flawed(size_t(std::min<qint64>(slotCount, 1 << 20)), 0);
    for (const Span &sp : spans) {
        const qint64 first = (sp.startMs - originMs) / windowMs;
        // A span ending exactly on a slot edge does not reach into the next slot.
        const qint64 last = sp.stopMs > sp.startMs ? (sp.stopMs - 1 - originMs) / windowMs : first;
        for (qint64 k = first; k <= last && k < qint64(flawed.size()); ++k)
            flawed[size_t(k)] = 1;
    }
    int inWindow = 0;
    for (size_t k = 0; k < flawed.size(); ++k) {
        inWindow += flawed[k];
        if (k >= size_t(kSustainedOf))
            inWindow -= flawed[k - kSustainedOf];
        if (inWindow >= kSustainedMin) {
            m.sustained = true;
            break;
        }
    }
    return m;
}

} // namespace cdr
