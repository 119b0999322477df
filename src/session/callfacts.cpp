// SPDX-License-Identifier: GPL-3.0-or-later
#include "callfacts.h"

#include "callverdict.h"

#include <core/displayformat.h>
#include <core/hangupcatalog.h>
#include <core/qualityprovenance.h>

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

QString CallFacts::notReported()
{
    return tr("not reported");
}

QString CallFacts::invalid()
{
    return tr("invalid (an impossible value was dropped)");
}

QString CallFacts::formatMilliseconds(double ms)
{
    // The unit is undocumented by NexBro; it is read as milliseconds everywhere (normalized-format.md).
    return ms >= 1000.0 ? tr("%1 ms (%2 s)").arg(CallVerdict::formatNumber(ms), CallVerdict::formatNumber(ms / 1000.0, 3))
                        : tr("%1 ms").arg(CallVerdict::formatNumber(ms));
}

QString CallFacts::transcodedNote(const Call &call)
{
    const QJsonObject t = call.technicalObject();
    auto str = [&t](const char *a) { return t.value(QLatin1String(a)).toString().trimmed(); };
    QString a = str("codec_src"), b = str("codec_dst");
    if (a.isEmpty() && b.isEmpty()) {
        a = str("read_codec");
        b = str("write_codec");
    }
    if (a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0)
        return QString();
    return u' ' + tr("(transcoded: %1 → %2)").arg(a, b);
}

QString CallFacts::codecText(const Call &call)
{
    const QString note = transcodedNote(call);
    if (call.codec.isEmpty())
        return note.isEmpty() ? QString() : note.trimmed();
    return call.codec + note;
}

QString CallFacts::formatTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return notReported();
    const QDateTime local = utc.toTimeZone(zone);
    return DisplayFormat::dateTime(local, local.time().msec() != 0) + u' ' + zone.abbreviation(local);
}

QString CallFacts::formatSeconds(std::optional<double> s)
{
    if (!s)
        return notReported();
    QString text = CallVerdict::formatNumber(*s, 3) + u" s";
    if (*s >= 60.0) {
        const qint64 total = std::llround(*s);
        text += u" (%1:%2)"_s.arg(total / 60).arg(qlonglong(total % 60), 2, 10, QChar(u'0'));
    }
    return text;
}

QList<SummaryRow> CallFacts::summaryRows(const Call &call, const QTimeZone &zone, const QualityThresholds &thresholds)
{
    QList<SummaryRow> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        rows.append({label, value.isEmpty() ? notReported() : value});
    };
    add(tr("Provider"), providerDisplayName(call.provider));
    add(tr("Call id"), call.id);
    if (!call.account.isEmpty())
        add(tr("Account"), call.account);
    add(tr("From"), call.fromName.isEmpty() ? call.from : call.from + u" (" + call.fromName + u')');
    add(tr("To"), call.to);
    add(tr("Direction"), call.direction);
    add(tr("Time zone"), QString::fromUtf8(zone.id()));
    // A value CallValidator dropped is "invalid", not "not reported": the provider did send one.
    const auto checked = [&call](const char *key, const QString &text) {
        return call.invalid.contains(QLatin1String(key)) ? invalid() : text;
    };
    add(tr("Start"), checked("start_time", formatTime(call.startTime, zone)));
    add(tr("Answer"), checked("answer_time", call.answerTime.isValid() ? formatTime(call.answerTime, zone)
                                             : call.status == CallStatus::Answered ? notReported()
                                                                                   : tr("not answered")));
    add(tr("End"), checked("end_time", formatTime(call.endTime, zone)));
    // Ring: when the provider gives no number, the times still tell it (the timeline draws that
    // same ringing bar), so say so instead of "not reported" under a visible bar.
    QString ring = formatSeconds(call.ringS);
    if (!call.ringS && call.startTime.isValid()) {
        const QDateTime ringEnd = call.answerTime.isValid() ? call.answerTime
                                  : call.status != CallStatus::Answered ? call.endTime : QDateTime();
        if (ringEnd.isValid() && ringEnd >= call.startTime)
            ring = tr("%1 (from the start and %2 times)")
                       .arg(formatSeconds(call.startTime.msecsTo(ringEnd) / 1000.0),
                            call.answerTime.isValid() ? tr("answer") : tr("end"));
    }
    add(tr("Ring"), checked("ring_s", ring));
    add(tr("Talk"), checked("talk_s", formatSeconds(call.talkS)));
    add(tr("Billed"), checked("billed_s", formatSeconds(call.billedS)));
    QString duration = formatSeconds(call.durationS);
    // Plivo's duration runs from the answer: 7 s of ringing next to a 1 s duration is not a
    // contradiction, but it reads like one unless it is said.
    if (call.durationS && call.ringS && *call.ringS > *call.durationS)
        duration += u' ' + tr("(%1 counts the duration from the answer; the %2 of ringing come before it)")
                               .arg(providerDisplayName(call.provider), formatSeconds(call.ringS));
    add(tr("Duration"), checked("duration_s", duration));
    QString cost = call.cost ? CallVerdict::formatNumber(*call.cost, 5) : QString();
    if (call.cost && !call.currency.isEmpty())
        cost += u' ' + call.currency;
    if (call.rate)
        cost += (cost.isEmpty() ? QString() : u", "_s) + tr("rate %1/min").arg(CallVerdict::formatNumber(*call.rate, 5));
    add(tr("Cost"), cost);
    add(tr("Status"), statusName(call.status));

    const HangupExplanation h = HangupCatalog::explain(call);
    QString cause = call.hangupCause;
    if (!h.title.isEmpty() && h.title != cause)
        cause = cause.isEmpty() ? h.title : h.title + u" (" + cause + u')';
    if (!call.hangupCode.isEmpty())
        cause += (cause.isEmpty() ? QString() : u", "_s) + tr("code %1").arg(call.hangupCode);
    if (!h.q850.isEmpty())
        cause += u", Q.850 "_s + h.q850;
    add(tr("Hangup cause"), cause);
    if (!h.explanation.isEmpty() && h.explanation != call.hangupCause)
        add(tr("Explanation"), h.explanation + (h.category.isEmpty() ? QString() : u" [" + h.category + u']'));
    add(tr("Hangup source"), call.hangupSource);
    add(tr("Codec"), codecText(call));
    QString stir = call.stirAttestation;
    if (!call.stirVerification.isEmpty())
        stir += (stir.isEmpty() ? QString() : u", "_s) + call.stirVerification;
    add(tr("STIR/SHAKEN"), stir);
    add(tr("SIP Call-ID"), call.sipCallId);
    add(tr("Post-dial delay"), call.postDialDelayMs ? formatMilliseconds(*call.postDialDelayMs) : QString());
    const QList<QualityFact> quality = QualityProvenance::facts(call, thresholds);
    for (const QualityFact &f : quality)
        add(f.label, f.value ? f.text() : invalid());
    if (!call.legs.isEmpty())
        add(tr("Legs"), QString::number(call.legs.size()));
    if (!call.errorLog.isEmpty())
        add(tr("Error-log intervals"), QString::number(call.errorLog.size()));
    return rows;
}

QList<SummaryRow> CallFacts::technicalRows(const Call &call)
{
    QList<SummaryRow> rows;
    const QJsonObject t = call.technicalObject();
    auto str = [&t](const char *key) { return t.value(QLatin1String(key)).toVariant().toString(); };
    auto pair = [](const QString &a, const QString &b) -> QString {
        if (a.isEmpty() && b.isEmpty())
            return QString();
        return (a.isEmpty() ? u"?"_s : a) + u" / " + (b.isEmpty() ? u"?"_s : b);
    };
    auto endpoint = [](const QString &ip, const QString &port) -> QString {
        return port.isEmpty() ? ip : ip + u':' + port;
    };
    auto add = [&rows](const QString &label, const QString &value) {
        rows.append({label, value.isEmpty() ? notReported() : value});
    };
    if (t.isEmpty()) {
        add(tr("Codec"), codecText(call));
        add(tr("Media details"), tr("%1 reports no technical media details; see the raw record below.")
                                     .arg(providerDisplayName(call.provider)));
        return rows;
    }
    // NexBro says read/write, CarrierX and Vobiz say source/destination: show whichever was sent.
    if (t.contains(u"codec_src"_s) || t.contains(u"codec_dst"_s))
        add(tr("Codecs (source / destination)"), pair(str("codec_src"), str("codec_dst")) + transcodedNote(call));
    else
        add(tr("Codecs (read / write)"), pair(str("read_codec"), str("write_codec")) + transcodedNote(call));
    add(tr("Rates (read / write)"), pair(str("read_rate"), str("write_rate")));
    add(tr("Local media"), endpoint(str("local_media_ip"), str("local_media_port")));
    add(tr("Remote media"), endpoint(str("remote_media_ip"), str("remote_media_port")));
    add(tr("Media flow"), str("audio_media_flow"));
    add(tr("DTMF type"), str("dtmf_type"));
    bool pddOk = false;
    const double pdd = t.value(QLatin1String("post_dial_delay")).toVariant().toDouble(&pddOk);
    add(tr("Post-dial delay"), pddOk ? formatMilliseconds(pdd) : str("post_dial_delay"));
    static const QStringList known = {u"codec_src"_s, u"codec_dst"_s, u"read_codec"_s, u"write_codec"_s, u"read_rate"_s, u"write_rate"_s,
                                      u"local_media_ip"_s, u"local_media_port"_s, u"remote_media_ip"_s,
                                      u"remote_media_port"_s, u"audio_media_flow"_s, u"dtmf_type"_s,
                                      u"post_dial_delay"_s};
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (!known.contains(it.key()))
            add(it.key(), it.value().toVariant().toString());
    }
    return rows;
}

QString CallFacts::exportCaption(const Call &call, const QTimeZone &zone)
{
    return tr("%1 · call %2 · %3").arg(providerDisplayName(call.provider), call.id.isEmpty() ? tr("without id") : call.id,
                                       call.startTime.isValid() ? formatTime(call.startTime, zone)
                                                                : tr("start time not reported"));
}

QString CallFacts::toHtml(const QList<SummaryRow> &rows)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const SummaryRow &r : rows)
        html += u"<tr><td><b>" + r.label.toHtmlEscaped() + u"</b></td><td>" + r.value.toHtmlEscaped()
                + u"</td></tr>";
    return html + u"</table>";
}

QString CallFacts::rawJson(const Call &call)
{
    if (call.raw.isEmpty())
        return tr("(no raw record: the call was read from a normalized file or built by hand)");
    return QString::fromUtf8(QJsonDocument::fromJson(call.raw).toJson(QJsonDocument::Indented));
}

} // namespace cdr
