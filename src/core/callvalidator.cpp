// SPDX-License-Identifier: GPL-3.0-or-later
#include "callvalidator.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace cdr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::CallValidator", text);
}

// Rounding: providers round durations to whole seconds independently, so talk may exceed the
// duration by up to a second without anything being wrong.
constexpr double kRoundingSlackS = 1.0;

class Checker
{
public:
    Checker(Call &call, QStringList *warnings, const QString &label)
        : m_call(call), m_warnings(warnings), m_label(label)
    {
    }

    int dropped() const { return m_dropped; }

    void number(std::optional<double> &value, const QString &key, double min, double max, const QString &range)
    {
        if (!value)
            return;
        if (std::isfinite(*value) && *value >= min && *value <= max)
            return;
        drop(key, QString::number(*value, 'g', 12), range);
        value.reset();
    }

    void time(QDateTime &t, const QString &key)
    {
        if (!t.isValid())
            return;
        if (t >= CallValidator::earliestTime() && t <= CallValidator::latestTime())
            return;
        drop(key, t.toString(Qt::ISODate), tr("between 1990 and 2100"));
        t = QDateTime();
    }

    void drop(const QString &key, const QString &value, const QString &range)
    {
        ++m_dropped;
        if (!m_call.invalid.contains(key))
            m_call.invalid.append(key);
        if (m_warnings)
            m_warnings->append(tr("%1: %2 %3 is impossible (expected %4); dropped")
                                   .arg(m_label, key, value, range));
    }

private:
    Call &m_call;
    QStringList *m_warnings;
    QString m_label;
    int m_dropped = 0;
};

bool noTalk(const Call &c)
{
    return !c.talkS || *c.talkS <= 0 || c.status != CallStatus::Answered;
}

} // namespace

QDateTime CallValidator::earliestTime()
{
    return QDateTime(QDate(1990, 1, 1), QTime(0, 0), QTimeZone::utc());
}

QDateTime CallValidator::latestTime()
{
    return QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
}

int CallValidator::apply(Call &call, QStringList *warnings, const QString &label)
{
    Checker check(call, warnings, label);
    const double inf = std::numeric_limits<double>::infinity();
    const QString nonNegative = tr("0 or more");

    // MOS 0 is how Vobiz says "no media" on a call nobody talked on: not reported, not invalid.
    if (call.mos && *call.mos == 0 && noTalk(call))
        call.mos.reset();
    check.number(call.mos, QStringLiteral("mos"), 1.0, 5.0, tr("1 to 5"));
    check.number(call.jitterMs, QStringLiteral("jitter_ms"), 0.0, inf, nonNegative);
    check.number(call.packetLossPct, QStringLiteral("packet_loss_pct"), 0.0, 100.0, tr("0 to 100 %"));
    check.number(call.durationS, QStringLiteral("duration_s"), 0.0, inf, nonNegative);
    check.number(call.talkS, QStringLiteral("talk_s"), 0.0, inf, nonNegative);
    check.number(call.billedS, QStringLiteral("billed_s"), 0.0, inf, nonNegative);
    check.number(call.ringS, QStringLiteral("ring_s"), 0.0, inf, nonNegative);
    check.number(call.postDialDelayMs, QStringLiteral("post_dial_delay_ms"), 0.0, inf, nonNegative);
    check.number(call.cost, QStringLiteral("cost"), -inf, inf, tr("a finite number"));
    check.number(call.rate, QStringLiteral("rate"), -inf, inf, tr("a finite number"));
    if (call.talkS && call.durationS && *call.talkS > *call.durationS + kRoundingSlackS)
        check.number(call.talkS, QStringLiteral("talk_s"), 0.0, *call.durationS,
                     tr("at most the call's duration of %1 s").arg(*call.durationS));

    check.time(call.startTime, QStringLiteral("start_time"));
    check.time(call.answerTime, QStringLiteral("answer_time"));
    check.time(call.endTime, QStringLiteral("end_time"));

    for (qsizetype i = 0; i < call.legs.size(); ++i) {
        CallLeg &leg = call.legs[i];
        const QString prefix = QStringLiteral("legs[%1].").arg(i);
        check.time(leg.startTime, prefix + u"start_time");
        check.time(leg.answerTime, prefix + u"answer_time");
        check.time(leg.endTime, prefix + u"end_time");
        check.time(leg.holdTime, prefix + u"hold_time");
        check.number(leg.durationS, prefix + u"duration_s", 0.0, inf, nonNegative);
        check.number(leg.talkS, prefix + u"talk_s", 0.0, inf, nonNegative);
        check.number(leg.ringS, prefix + u"ring_s", 0.0, inf, nonNegative);
        check.number(leg.holdS, prefix + u"hold_s", 0.0, inf, nonNegative);
    }

    // An error interval without believable times cannot be placed on any axis: drop it whole.
    for (qsizetype i = call.errorLog.size() - 1; i >= 0; --i) {
        ErrorInterval &e = call.errorLog[i];
        QDateTime start = e.start;
        QDateTime stop = e.stop;
        const QString prefix = QStringLiteral("error_log[%1].").arg(i);
        check.time(start, prefix + u"start");
        check.time(stop, prefix + u"stop");
        if ((e.start.isValid() && !start.isValid()) || (e.stop.isValid() && !stop.isValid()))
            call.errorLog.removeAt(i);
        else if (e.flaws < 0)
            check.drop(prefix + u"flaws", QString::number(e.flaws), nonNegative), e.flaws = 0;
    }

    if (call.audio) {
        const auto side = [&](AudioDirection &d, const QString &name) {
            for (auto it = d.counters.begin(); it != d.counters.end();) {
                const QString key = QStringLiteral("audio.%1.%2").arg(name, it.key());
                const double v = it.value();
                bool ok = std::isfinite(v);
                QString range = tr("a finite number");
                if (ok && it.key() == u"mos") {
                    if (v == 0 && noTalk(call)) { // "no media", as above
                        it = d.counters.erase(it);
                        continue;
                    }
                    ok = v >= 1.0 && v <= 5.0;
                    range = tr("1 to 5");
                } else if (ok && (it.key().contains(u"jitter") || it.key().contains(u"count")
                                  || it.key().contains(u"packet"))) {
                    ok = v >= 0;
                    range = nonNegative;
                }
                if (ok) {
                    ++it;
                    continue;
                }
                check.drop(key, QString::number(v, 'g', 12), range);
                it = d.counters.erase(it);
            }
        };
        side(call.audio->inbound, QStringLiteral("inbound"));
        side(call.audio->outbound, QStringLiteral("outbound"));
    }
    return check.dropped();
}

} // namespace cdr
