// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsummary.h"

#include <algorithm>
#include <cmath>

namespace cdr {

CallSummary CallSummary::compute(const CallStore &store, const std::vector<quint32> &rows)
{
    CallSummary s;
    s.count = qint64(rows.size());
    qint64 withDuration = 0;
    std::vector<double> mos;
    std::vector<double> costs(store.currencies().size(), 0.0);
    std::vector<char> hasCost(costs.size(), 0);
    std::vector<qint64> causes(store.causes().size(), 0);
    double mosSum = 0;
    for (quint32 r : rows) {
        if (store.status(r) == CallStatus::Answered)
            ++s.answered;
        const float d = store.durationS(r);
        if (!std::isnan(d)) {
            s.totalDurationS += d;
            ++withDuration;
        }
        const double c = store.cost(r);
        if (!std::isnan(c)) {
            const quint32 cur = store.currencyIx(r);
            if (cur >= costs.size()) {
                costs.resize(cur + 1, 0.0);
                hasCost.resize(cur + 1, 0);
            }
            costs[cur] += c;
            hasCost[cur] = 1;
        }
        const double m = store.mos(r);
        if (!std::isnan(m)) {
            mos.push_back(m);
            mosSum += m;
        }
        const quint32 cause = store.causeIx(r);
        if (cause >= causes.size())
            causes.resize(cause + 1, 0);
        if (cause)
            ++causes[cause];
    }
    s.answerRate = s.count ? double(s.answered) / double(s.count) : 0;
    s.averageDurationS = withDuration ? s.totalDurationS / double(withDuration) : 0;
    for (size_t i = 0; i < costs.size(); ++i) {
        if (hasCost[i])
            s.costByCurrency.insert(store.currencies().at(quint32(i)), costs[i]);
    }
    if (!mos.empty()) {
        s.meanMos = mosSum / double(mos.size());
        // Nearest rank: the smallest value with at least 5 % of the values at or below it.
        const size_t k = size_t(std::ceil(0.05 * double(mos.size()))) - (mos.size() ? 1 : 0);
        std::nth_element(mos.begin(), mos.begin() + qsizetype(k), mos.end());
        s.p5Mos = mos[k];
    }
    std::vector<quint32> order;
    for (quint32 i = 1; i < causes.size(); ++i) {
        if (causes[i])
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return causes[a] != causes[b] ? causes[a] > causes[b] : a < b;
    });
    for (size_t i = 0; i < order.size() && i < 5; ++i)
        s.topCauses.append({ store.causes().at(order[i]), causes[order[i]] });
    return s;
}

} // namespace cdr
