// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: TimestampParser and TimeParsing (timestamps, durations, lenient numbers).
// Input: byte 0 picks the assumed zone and the function, the rest is the text (UTF-8).
// Invariants: no crash or UB; a timestamp is UTC, within years 0..9999 and survives
// toIsoUtc -> TimestampParser unchanged; a duration or number is finite and a duration >= 0.

#include "fuzzcheck.h"
#include <core/timeparsing.h>
#include <core/timestampparser.h>

#include <QJsonValue>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstring>

using cdr::TimeParsing;
using cdr::TimestampParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // IANA zones are looked up once: the lookup reads tzdata and would dominate every run.
    static const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone(19800), QTimeZone(-36000),
                                      QTimeZone("America/New_York"), QTimeZone("Asia/Kolkata"),
                                      QTimeZone("Australia/Lord_Howe")};
    const QTimeZone &zone = zones[(data[0] & 0x0f) % std::size(zones)];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    const QDateTime t = TimestampParser(zone).parse(text);
    if (t.isValid()) {
        FUZZ_CHECK(t.timeSpec() == Qt::UTC);
        const QString iso = TimeParsing::toIsoUtc(t);
        FUZZ_CHECK(!iso.isEmpty());
        const QDateTime again = TimestampParser().parse(iso);
        FUZZ_CHECK(again.isValid() && again == t);
    }

    const std::optional<double> d = TimeParsing::parseDuration(text);
    if (d)
        FUZZ_CHECK(std::isfinite(*d) && *d >= 0);

    bool unreadable = false;
    const std::optional<double> n = TimeParsing::number(QJsonValue(text), &unreadable);
    if (n)
        FUZZ_CHECK(std::isfinite(*n));
    FUZZ_CHECK(!(n && unreadable));

    // The same bytes read as a JSON number, when there are enough of them: ids and counts
    // arrive as doubles, and string() turns them into text without a float-to-int overflow.
    if (size >= 9) {
        double v;
        std::memcpy(&v, data + 1, sizeof v);
        const QString s = TimeParsing::string(QJsonValue(v));
        FUZZ_CHECK(!s.isEmpty() || std::isnan(v));
    }
    return 0;
}
