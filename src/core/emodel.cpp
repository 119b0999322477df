// SPDX-License-Identifier: GPL-3.0-or-later
#include "emodel.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cdr {

namespace {

double round(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

// Numbers in the basis are written without locale, shortest form ("1.2", "40", "0.35").
QString number(double v)
{
    return QString::number(round(v, 3), 'g', 10);
}

} // namespace

double EModel::oneWayDelayMs(double assumedDelayMs, std::optional<double> jitterMs)
{
    return assumedDelayMs + kPacketizationMs + 2.0 * (jitterMs ? std::max(0.0, *jitterMs) : 0.0);
}

double EModel::delayImpairment(double d)
{
    return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0.0);
}

double EModel::effectiveEquipmentImpairment(const CodecParams &codec, double lossPct)
{
    const double ppl = std::max(0.0, lossPct);
    return codec.ie + (95.0 - codec.ie) * ppl / (ppl + codec.bpl);
}

double EModel::rFactor(double lossPct, std::optional<double> jitterMs, const CodecParams &codec, double assumedDelayMs)
{
    const double r = 93.2 - delayImpairment(oneWayDelayMs(assumedDelayMs, jitterMs))
        - effectiveEquipmentImpairment(codec, lossPct);
    return std::clamp(r, 0.0, 100.0);
}

double EModel::mosFromR(double r)
{
    r = std::clamp(r, 0.0, 100.0);
    return 1.0 + 0.035 * r + 7e-6 * r * (r - 60.0) * (100.0 - r);
}

EModel::CodecParams EModel::codecParams(const QString &codec)
{
    CodecParams p;
    p.given = codec.trimmed();
    QString n = p.given.toLower();
    n.remove(u'.').remove(u'-').remove(u'_').remove(u' ');
    static const QStringList g711 = {QStringLiteral("pcmu"), QStringLiteral("pcma"), QStringLiteral("g711"),
                                     QStringLiteral("g711u"), QStringLiteral("g711a"), QStringLiteral("g711ulaw"),
                                     QStringLiteral("g711alaw"), QStringLiteral("ulaw"), QStringLiteral("alaw"),
                                     QStringLiteral("mulaw")};
    if (g711.contains(n)) {
        p.name = QStringLiteral("G.711");
        p.known = true;
        return p;
    }
    if (n.startsWith(QLatin1String("g729"))) {
        p.name = QStringLiteral("G.729A");
        p.ie = 11;
        p.bpl = 19.0;
        p.known = true;
        return p;
    }
    p.name = QStringLiteral("G.711"); // the stand-in; known = false says so
    return p;
}

QList<EModel::CodecParams> EModel::codecsOf(const QString &codec)
{
    static const QRegularExpression separators(QStringLiteral("[/,;|]"));
    QList<CodecParams> out;
    for (const QString &part : codec.split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        part.trimmed().toDouble(&isNumber); // "PCMU/8000": a clock rate, not a codec
        if (isNumber || part.trimmed().isEmpty())
            continue;
        out.append(codecParams(part));
    }
    if (out.isEmpty())
        out.append(codecParams(QString()));
    return out;
}

EModel::CodecParams EModel::worstAt(const QList<CodecParams> &codecs, double lossPct)
{
    CodecParams worst = codecs.isEmpty() ? codecParams(QString()) : codecs.constFirst();
    for (const CodecParams &p : codecs) {
        if (effectiveEquipmentImpairment(p, lossPct) > effectiveEquipmentImpairment(worst, lossPct))
            worst = p;
    }
    return worst;
}

EModel::CodecParams EModel::codecForCall(const QString &codec, double lossPct)
{
    // Codec texts repeat across calls ("PCMU", "opus/48000"): split each once per thread, not
    // once per call (a regex split per call was a tenth of ingest).
    thread_local QHash<QString, QList<CodecParams>> known;
    auto it = known.constFind(codec);
    if (it == known.cend()) {
        if (known.size() >= 512)
            known.clear();
        it = known.insert(codec, codecsOf(codec));
    }
    return worstAt(*it, lossPct);
}

double EModel::mosEstimate(double lossPct, std::optional<double> jitterMs, const CodecParams &codec, double assumedDelayMs)
{
    return round(mosFromR(rFactor(lossPct, jitterMs, codec, assumedDelayMs)), 2);
}

std::optional<double> EModel::assumedDelayIn(const QString &basis)
{
    // The wording apply() writes below: "delay assumed <n> ms".
    static const QRegularExpression delay(QStringLiteral("delay assumed ([0-9]+(?:\\.[0-9]+)?) ms"));
    const QRegularExpressionMatch m = delay.match(basis);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

void EModel::apply(Call &call, double assumedDelayMs)
{
    if (!call.packetLossPct || !std::isfinite(*call.packetLossPct)) {
        call.rFactor.reset();
        call.mosEst.reset();
        call.mosEstBasis.clear();
        return;
    }
    const double loss = *call.packetLossPct;
    const std::optional<double> jitter =
        call.jitterMs && std::isfinite(*call.jitterMs) ? call.jitterMs : std::nullopt;
    const CodecParams codec = codecForCall(call.codec, loss);
    const double r = rFactor(loss, jitter, codec, assumedDelayMs);
    call.rFactor = round(r, 1);
    call.mosEst = round(mosFromR(r), 2);

    // Machine- and human-readable: "<input> reported|assumed|unknown <value> <unit>", comma-separated.
    // Not translated: it is a value of the normalized format (mos_est_basis), read by scripts too.
    // Built in one string (this runs for every call with a loss figure).
    QString basis;
    basis.reserve(160);
    basis += u"loss reported " + number(loss) + u" %, ";
    if (jitter)
        basis += u"jitter reported " + number(*jitter) + u" ms, ";
    else
        basis += u"jitter unknown, 0 ms used, ";
    basis += u"delay assumed " + number(assumedDelayMs) + u" ms, ";
    if (codec.known)
        basis += u"codec " + codec.name + u" (" + codec.given + u')';
    else if (codec.given.isEmpty())
        basis += u"codec unknown: no G.113 value, G.711 values used";
    else
        basis += u"codec " + codec.given + u": no G.113 value, G.711 values used";
    call.mosEstBasis = std::move(basis);
}

} // namespace cdr
