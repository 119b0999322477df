// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Calls for the charts and UI tests: the seed bodies from shared/seeds (the JSON after
// "Response"), the public fixtures, and synthetic extremes built directly as cdr::Call.

#include <core/call.h>
#include <core/recordparser.h>

#include "../core/seedbodies.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <algorithm>

namespace testcalls {

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(CDR_SHARED_DIR) + u'/' + relative;
}

/// The seed page's first example body (the one parser as the core tests use).
inline QByteArray seedBody(const QString &seedPrefix)
{
    const QStringList files = QDir(sharedPath(QStringLiteral("seeds"))).entryList({seedPrefix + u"_*.txt"});
    if (files.isEmpty())
        return {};
    return testutil::jsonBodies(testutil::readFile(sharedPath(QStringLiteral("seeds/")) + files.first())).value(0);
}

/// Page count of a PDF as pdfinfo reports it; -1 when pdfinfo is missing or fails.
inline int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

inline cdr::Call parseOne(const QByteArray &body, std::optional<cdr::Provider> provider = std::nullopt)
{
    cdr::ParseOptions options;
    options.provider = provider;
    const cdr::ParseResult r = cdr::RecordParser::parse(body, options, QStringLiteral("test"));
    return r.calls.isEmpty() ? cdr::Call() : r.calls.first();
}

inline QByteArray fixture(const QString &name)
{
    QFile f(sharedPath(QStringLiteral("fixtures/public/")) + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 1, 16), QTime(12, 0, 0), QTimeZone::utc());
}

/// A synthetic NexBro-like call: `legs` legs (0 = none), `intervals` error-log intervals,
/// answered or not, with or without audio_stats.
inline cdr::Call synthetic(int legs, int intervals, bool answered = true, bool audio = true)
{
    using namespace cdr;
    Call c;
    c.provider = Provider::NexBro;
    c.id = QStringLiteral("synthetic-%1-%2-%3-%4").arg(legs).arg(intervals).arg(answered).arg(audio);
    c.from = QStringLiteral("+15551230001");
    c.to = QStringLiteral("+15559870002");
    c.direction = QStringLiteral("outbound");
    const double length = std::max(60.0, intervals * 0.5 + 10.0);
    c.startTime = t0();
    c.endTime = t0().addMSecs(qint64(length * 1000));
    c.durationS = length;
    if (answered) {
        c.status = CallStatus::Answered;
        c.answerTime = t0().addSecs(5);
        c.ringS = 5;
        c.talkS = length - 5;
    } else {
        c.status = CallStatus::NoAnswer;
        c.ringS = length;
        c.hangupCause = QStringLiteral("NO_ANSWER");
    }
    for (int i = 0; i < legs; ++i) {
        CallLeg leg;
        leg.destination = QStringLiteral("leg-%1").arg(i + 1);
        leg.startTime = t0().addMSecs(i * 500);
        leg.endTime = c.endTime.addMSecs(-i * 200);
        if (answered) {
            leg.answerTime = leg.startTime.addSecs(2 + i % 8);
            leg.ringS = 2 + i % 8;
        }
        if (answered && i % 2 == 0) {
            leg.holdTime = t0().addSecs(20);
            leg.holdS = 5;
        }
        leg.forwarding = i % 3 == 2;
        c.legs << leg;
    }
    for (int i = 0; i < intervals; ++i) {
        ErrorInterval e;
        e.start = t0().addMSecs(6000 + qint64(i) * 500);
        e.stop = e.start.addMSecs(300);
        e.durationS = 0.3;
        e.flaws = 1 + (i * 7) % 20;
        c.errorLog << e;
    }
    if (audio && answered) {
        AudioStats a;
        a.inbound.counters = {{QStringLiteral("mos"), 3.2},
                              {QStringLiteral("packet_count"), 2000},
                              {QStringLiteral("media_packet_count"), 1990},
                              {QStringLiteral("skip_packet_count"), 12},
                              {QStringLiteral("jitter_min_variance"), 0.5},
                              {QStringLiteral("jitter_max_variance"), 40},
                              {QStringLiteral("quality_percentage"), 88}};
        a.outbound.counters = {{QStringLiteral("mos"), 4.3}, {QStringLiteral("packet_count"), 1900}};
        c.audio = a;
        c.mos = 3.2;
    }
    return c;
}

} // namespace testcalls
