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

// A field's name, built only when a value is dropped: this runs for every call at ingest, and
// formatting "legs[3].start_time" or "audio.inbound.mos" for every value cost more than the
// checks themselves.
struct FieldName
{
    QStringView group;      ///< "legs", "error_log", "audio.inbound"; empty for a top-level key
    qsizetype index = -1;   ///< element of an array group, or -1
    QStringView field;

    QString text() const
    {
        if (group.isEmpty())
            return field.toString();
        if (index < 0)
            return group + u'.' + field;
        return group + u'[' + QString::number(index) + u"]." + field;
    }
};

class Checker
{
    // Its messages are cdr::CallValidator's (the context the translations are filed under).
    Q_DECLARE_TR_FUNCTIONS(cdr::CallValidator)
public:
    Checker(Call &call, QStringList *warnings, const QString &label)
        : m_call(call), m_warnings(warnings), m_label(label)
    {
    }

    int dropped() const { return m_dropped; }

    // range: an untranslated text (QT_TRANSLATE_NOOP), translated only for a warning.
    bool number(std::optional<double> &value, const FieldName &key, double min, double max, const char *range)
    {
        if (!value)
            return true;
        if (std::isfinite(*value) && *value >= min && *value <= max)
            return true;
        drop(key, QString::number(*value, 'g', 12), tr(range));
        value.reset();
        return false;
    }

    bool time(QDateTime &t, const FieldName &key)
    {
        if (!t.isValid())
            return true;
        // Bounds as milliseconds: comparing QDateTimes in a QTimeZone converts both on every call.
        static const qint64 earliest = CallValidator::earliestTime().toMSecsSinceEpoch();
        static const qint64 latest = CallValidator::latestTime().toMSecsSinceEpoch();
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms >= earliest && ms <= latest)
            return true;
        drop(key, t.toString(Qt::ISODate), tr("between 1990 and 2100"));
        t = QDateTime();
        return false;
    }

    void drop(const FieldName &key, const QString &value, const QString &range)
    {
        ++m_dropped;
        const QString name = key.text();
        if (!m_call.invalid.contains(name))
            m_call.invalid.append(name);
        if (m_warnings)
            m_warnings->append(tr("%1: %2 %3 is impossible (expected %4); dropped")
                                   .arg(m_label, name, value, range));
    }

private:
    Call &m_call;
    QStringList *m_warnings;
    const QString &m_label;
    int m_dropped = 0;
};

bool noTalk(const Call &c)
{
    return !c.talkS || *c.talkS <= 0 || c.status != CallStatus::Answered;
}

constexpr const char *kNonNegative = QT_TRANSLATE_NOOP("cdr::CallValidator", "0 or more");
constexpr const char *kMos = QT_TRANSLATE_NOOP("cdr::CallValidator", "1 to 5");
constexpr const char *kPercent = QT_TRANSLATE_NOOP("cdr::CallValidator", "0 to 100 %");
constexpr const char *kFinite = QT_TRANSLATE_NOOP("cdr::CallValidator", "a finite number");

FieldName top(const char16_t *key)
{
    return { {}, -1, QStringView(key) };
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

    // MOS 0 is how Vobiz says "no media" on a call nobody talked on: not reported, not invalid.
    if (call.mos && *call.mos == 0 && noTalk(call))
        call.mos.reset();
    check.number(call.mos, top(u"mos"), 1.0, 5.0, kMos);
    check.number(call.jitterMs, top(u"jitter_ms"), 0.0, inf, kNonNegative);
    check.number(call.packetLossPct, top(u"packet_loss_pct"), 0.0, 100.0, kPercent);
    check.number(call.durationS, top(u"duration_s"), 0.0, inf, kNonNegative);
    check.number(call.talkS, top(u"talk_s"), 0.0, inf, kNonNegative);
    check.number(call.billedS, top(u"billed_s"), 0.0, inf, kNonNegative);
    check.number(call.ringS, top(u"ring_s"), 0.0, inf, kNonNegative);
    check.number(call.postDialDelayMs, top(u"post_dial_delay_ms"), 0.0, inf, kNonNegative);
    check.number(call.cost, top(u"cost"), -inf, inf, kFinite);
    check.number(call.rate, top(u"rate"), -inf, inf, kFinite);
    if (call.talkS && call.durationS && *call.talkS > *call.durationS + kRoundingSlackS) {
        check.drop(top(u"talk_s"), QString::number(*call.talkS, 'g', 12),
                   tr("at most the call's duration of %1 s").arg(*call.durationS));
        call.talkS.reset();
    }

    check.time(call.startTime, top(u"start_time"));
    check.time(call.answerTime, top(u"answer_time"));
    check.time(call.endTime, top(u"end_time"));

    for (qsizetype i = 0; i < call.legs.size(); ++i) {
        CallLeg &leg = call.legs[i];
        const auto key = [i](const char16_t *field) { return FieldName{ u"legs", i, QStringView(field) }; };
        check.time(leg.startTime, key(u"start_time"));
        check.time(leg.answerTime, key(u"answer_time"));
        check.time(leg.endTime, key(u"end_time"));
        check.time(leg.holdTime, key(u"hold_time"));
        check.number(leg.durationS, key(u"duration_s"), 0.0, inf, kNonNegative);
        check.number(leg.talkS, key(u"talk_s"), 0.0, inf, kNonNegative);
        check.number(leg.ringS, key(u"ring_s"), 0.0, inf, kNonNegative);
        check.number(leg.holdS, key(u"hold_s"), 0.0, inf, kNonNegative);
    }

    // An error interval without believable times cannot be placed on any axis: drop it whole.
    for (qsizetype i = call.errorLog.size() - 1; i >= 0; --i) {
        ErrorInterval &e = call.errorLog[i];
        const auto key = [i](const char16_t *field) { return FieldName{ u"error_log", i, QStringView(field) }; };
        QDateTime start = e.start;
        QDateTime stop = e.stop;
        const bool startOk = check.time(start, key(u"start"));
        const bool stopOk = check.time(stop, key(u"stop"));
        if (!startOk || !stopOk)
            call.errorLog.removeAt(i);
        else if (e.flaws < 0)
            check.drop(key(u"flaws"), QString::number(e.flaws), tr(kNonNegative)), e.flaws = 0;
    }

    if (call.audio) {
        const auto side = [&](AudioDirection &d, QStringView name) {
            for (auto it = d.counters.begin(); it != d.counters.end();) {
                const double v = it.value();
                bool ok = std::isfinite(v);
                const char *range = kFinite;
                if (ok && it.key() == u"mos") {
                    if (v == 0 && noTalk(call)) { // "no media", as above
                        it = d.counters.erase(it);
                        continue;
                    }
                    ok = v >= 1.0 && v <= 5.0;
                    range = kMos;
                } else if (ok && (it.key().contains(u"jitter") || it.key().contains(u"count")
                                  || it.key().contains(u"packet"))) {
                    ok = v >= 0;
                    range = kNonNegative;
                }
                if (ok) {
                    ++it;
                    continue;
                }
                check.drop(FieldName{ name, -1, it.key() }, QString::number(v, 'g', 12), tr(range));
                it = d.counters.erase(it);
            }
        };
        side(call.audio->inbound, u"audio.inbound");
        side(call.audio->outbound, u"audio.outbound");
    }
    return check.dropped();
}

} // namespace cdr
