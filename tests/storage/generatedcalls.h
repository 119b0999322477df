// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real-shaped provider records from the traffic generator (the four providers in turn, spread
// over the first week of March 2026 by index), parsed as an import parses them, for the team
// archive tests. Plain functions; any thread.

#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>

inline QList<cdr::Call> generatedCalls(int n, int offset, const QString &account, quint64 seed)
{
    const cdr::TrafficGenerator gen(seed, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                    QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), 1000000);
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(gen.record(cdr::Provider(1 + (offset + i) % 4), offset + i));
    cdr::ParseOptions o;
    o.account = account;
    return cdr::RecordParser::parse(QJsonDocument(a).toJson(), o).calls;
}
