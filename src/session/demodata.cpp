// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

namespace cdr {

QDateTime DemoData::rangeStart()
{
    return QDateTime(QDate(2026, 1, 12), QTime(0, 0), QTimeZone::utc());
}

QDateTime DemoData::rangeEnd()
{
    return QDateTime(QDate(2026, 1, 19), QTime(0, 0), QTimeZone::utc());
}

QList<Call> DemoData::calls(int callsPerProvider)
{
    const TrafficGenerator gen(20260116, rangeStart(), rangeEnd(), callsPerProvider);
    QList<Call> out;
    out.reserve(4 * callsPerProvider);
    for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro}) {
        ParseOptions options;
        options.provider = p;
        options.account = QStringLiteral("demo-") + providerName(p);
        for (int i = 0; i < callsPerProvider; ++i)
            out.append(RecordParser::normalize(p, gen.record(p, i), options));
    }
    return out;
}

} // namespace cdr
