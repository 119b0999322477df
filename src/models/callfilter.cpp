// SPDX-License-Identifier: GPL-3.0-or-later
#include "callfilter.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string.h>

namespace cdr {

namespace {

void putRange(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

std::optional<double> getRange(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

bool inRange(double v, const std::optional<double> &lo, const std::optional<double> &hi)
{
    if (!lo && !hi)
        return true;
    if (std::isnan(v))
        return false; // a range asks for a value: calls without one do not match
    return (!lo || v >= *lo) && (!hi || v <= *hi);
}

// ASCII case-insensitive substring search; the needle is already lower case. A needle
// without letters (a number being typed) needs no case folding: glibc's vectorised memmem.
bool containsLower(QByteArrayView hay, QByteArrayView needle, bool hasLetters)
{
    if (!hasLetters)
        return needle.isEmpty()
            || memmem(hay.data(), size_t(hay.size()), needle.data(), size_t(needle.size())) != nullptr;
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char first = needle[0];
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        char c = hay[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != first)
            continue;
        qsizetype k = 1;
        for (; k < n; ++k) {
            char d = hay[i + k];
            if (d >= 'A' && d <= 'Z')
                d += 32;
            if (d != needle[k])
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

/// key: the values by name, when there are any.
template <typename Enum>
void putNames(QJsonObject &o, QStringView key, const QList<Enum> &values, QString (*name)(Enum))
{
    QJsonArray names;
    for (Enum v : values)
        names.append(name(v));
    if (!names.isEmpty())
        o.insert(key, names);
}

/// The values named at key; unknown names are skipped.
template <typename Enum>
QList<Enum> getNames(const QJsonObject &o, QStringView key, std::optional<Enum> (*fromName)(const QString &))
{
    QList<Enum> values;
    for (const QJsonValue &v : o.value(key).toArray()) {
        if (const auto e = fromName(v.toString()))
            values.append(*e);
    }
    return values;
}

} // namespace

QJsonObject CallFilter::toJson() const
{
    QJsonObject o;
    if (!text.isEmpty())
        o.insert(u"text", text);
    putNames(o, u"providers", providers, providerName);
    if (!directions.isEmpty())
        o.insert(u"directions", QJsonArray::fromStringList(directions));
    putNames(o, u"statuses", statuses, statusName);
    if (startFrom.isValid())
        o.insert(u"start_from", startFrom.toUTC().toString(Qt::ISODateWithMs));
    if (startTo.isValid())
        o.insert(u"start_to", startTo.toUTC().toString(Qt::ISODateWithMs));
    putRange(o, "min_duration_s", minDurationS);
    putRange(o, "max_duration_s", maxDurationS);
    putRange(o, "min_mos", minMos);
    putRange(o, "max_mos", maxMos);
    putRange(o, "min_jitter_ms", minJitterMs);
    putRange(o, "max_jitter_ms", maxJitterMs);
    putRange(o, "min_loss_pct", minLossPct);
    putRange(o, "max_loss_pct", maxLossPct);
    if (badQualityOnly)
        o.insert(u"bad_quality_only", true);
    if (!hangupCause.isEmpty())
        o.insert(u"hangup_cause", hangupCause);
    putNames(o, u"hangup_classes", hangupClasses, hangupClassName);
    return o;
}

CallFilter CallFilter::fromJson(const QJsonObject &o)
{
    CallFilter f;
    f.text = o.value(u"text").toString();
    f.providers = getNames(o, u"providers", providerFromName);
    for (const QJsonValue &v : o.value(u"directions").toArray())
        f.directions.append(v.toString());
    f.statuses = getNames(o, u"statuses", statusFromName);
    if (o.contains(u"start_from"))
        f.startFrom = QDateTime::fromString(o.value(u"start_from").toString(), Qt::ISODateWithMs);
    if (o.contains(u"start_to"))
        f.startTo = QDateTime::fromString(o.value(u"start_to").toString(), Qt::ISODateWithMs);
    f.minDurationS = getRange(o, "min_duration_s");
    f.maxDurationS = getRange(o, "max_duration_s");
    f.minMos = getRange(o, "min_mos");
    f.maxMos = getRange(o, "max_mos");
    f.minJitterMs = getRange(o, "min_jitter_ms");
    f.maxJitterMs = getRange(o, "max_jitter_ms");
    f.minLossPct = getRange(o, "min_loss_pct");
    f.maxLossPct = getRange(o, "max_loss_pct");
    f.badQualityOnly = o.value(u"bad_quality_only").toBool();
    f.hangupCause = o.value(u"hangup_cause").toString();
    f.hangupClasses = getNames(o, u"hangup_classes", hangupClassFromName);
    return f;
}

void CallFilter::save(QSettings &settings, const QString &name, const CallFilter &filter)
{
    settings.beginGroup(QStringLiteral("filters"));
    // Names are user text: store them as values, keyed by their hex, so '/' and friends survive.
    const QString key = QString::fromLatin1(name.toUtf8().toHex());
    settings.setValue(key + QStringLiteral("/name"), name);
    settings.setValue(key + QStringLiteral("/json"),
                      QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    settings.endGroup();
}

std::optional<CallFilter> CallFilter::load(QSettings &settings, const QString &name)
{
    settings.beginGroup(QStringLiteral("filters"));
    const QString key = QString::fromLatin1(name.toUtf8().toHex());
    const QVariant json = settings.value(key + QStringLiteral("/json"));
    settings.endGroup();
    if (!json.isValid())
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

QStringList CallFilter::savedNames(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("filters"));
    QStringList names;
    for (const QString &g : settings.childGroups())
        names << settings.value(g + QStringLiteral("/name")).toString();
    settings.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CallFilter::remove(QSettings &settings, const QString &name)
{
    settings.beginGroup(QStringLiteral("filters"));
    settings.remove(QString::fromLatin1(name.toUtf8().toHex()));
    settings.endGroup();
}

namespace {

QString range(const char *name, std::optional<double> lo, std::optional<double> hi, const QString &unit)
{
    // Each piece is built into a named string first: the values must outlive the arg() call.
    const QString n = QCoreApplication::translate("cdr::CallFilter", name);
    const QString low = lo ? QString::number(*lo, 'g', 6) + unit : QString();
    const QString high = hi ? QString::number(*hi, 'g', 6) + unit : QString();
    if (lo && hi)
        return QCoreApplication::translate("cdr::CallFilter", "%1 %2 to %3").arg(n, low, high);
    if (lo)
        return QCoreApplication::translate("cdr::CallFilter", "%1 at least %2").arg(n, low);
    return QCoreApplication::translate("cdr::CallFilter", "%1 at most %2").arg(n, high);
}

/// The values' names, comma-separated, for a filter chip.
template <typename Enum>
QString joinedNames(const QList<Enum> &values, QString (*name)(Enum))
{
    QStringList names;
    for (Enum v : values)
        names << name(v);
    return names.join(u", ");
}

} // namespace

QList<CallFilter::ActivePart> CallFilter::activeParts(const QTimeZone &zone) const
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("cdr::CallFilter", t); };
    QList<ActivePart> out;
    if (!text.isEmpty())
        out.append({Part::Text, tr("Text: \"%1\"").arg(text)});
    if (!providers.isEmpty())
        out.append({Part::Providers, tr("Provider: %1").arg(joinedNames(providers, providerDisplayName))});
    if (!directions.isEmpty())
        out.append({Part::Directions, tr("Direction: %1").arg(directions.join(u", "))});
    if (!statuses.isEmpty())
        out.append({Part::Statuses, tr("Status: %1").arg(joinedNames(statuses, statusName))});
    if (startFrom.isValid() || startTo.isValid()) {
        const auto t = [&zone](const QDateTime &d) {
            return d.isValid() ? d.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("…");
        };
        out.append({Part::StartTime, tr("Start: %1 to %2").arg(t(startFrom), t(startTo))});
    }
    if (minDurationS || maxDurationS)
        out.append({Part::Duration, range(QT_TRANSLATE_NOOP("cdr::CallFilter", "Duration"), minDurationS, maxDurationS, QStringLiteral(" s"))});
    if (minMos || maxMos)
        out.append({Part::Mos, range(QT_TRANSLATE_NOOP("cdr::CallFilter", "MOS"), minMos, maxMos, QString())});
    if (minJitterMs || maxJitterMs)
        out.append({Part::Jitter, range(QT_TRANSLATE_NOOP("cdr::CallFilter", "Jitter"), minJitterMs, maxJitterMs, QStringLiteral(" ms"))});
    if (minLossPct || maxLossPct)
        out.append({Part::Loss, range(QT_TRANSLATE_NOOP("cdr::CallFilter", "Loss"), minLossPct, maxLossPct, QStringLiteral(" %"))});
    if (badQualityOnly)
        out.append({Part::BadQuality, tr("Bad quality only")});
    if (!hangupCause.isEmpty())
        out.append({Part::HangupCause, tr("Hangup cause: %1").arg(hangupCause)});
    if (!hangupClasses.isEmpty())
        out.append({Part::HangupClasses, tr("Hangup class: %1").arg(joinedNames(hangupClasses, hangupClassName))});
    if (rows)
        out.append({Part::Rows, rowsLabel.isEmpty() ? tr("Chosen calls (%1)").arg(rows->size())
                                                    : tr("Group: %1").arg(rowsLabel)});
    return out;
}

CallFilter CallFilter::without(Part part) const
{
    CallFilter f = *this;
    switch (part) {
    case Part::Text: f.text.clear(); break;
    case Part::Providers: f.providers.clear(); break;
    case Part::Directions: f.directions.clear(); break;
    case Part::Statuses: f.statuses.clear(); break;
    case Part::StartTime: f.startFrom = f.startTo = QDateTime(); break;
    case Part::Duration: f.minDurationS.reset(); f.maxDurationS.reset(); break;
    case Part::Mos: f.minMos.reset(); f.maxMos.reset(); break;
    case Part::Jitter: f.minJitterMs.reset(); f.maxJitterMs.reset(); break;
    case Part::Loss: f.minLossPct.reset(); f.maxLossPct.reset(); break;
    case Part::BadQuality: f.badQualityOnly = false; break;
    case Part::HangupCause: f.hangupCause.clear(); break;
    case Part::HangupClasses: f.hangupClasses.clear(); break;
    case Part::Rows: f.rows.reset(); f.rowsLabel.clear(); break;
    }
    return f;
}

CallFilter::Matcher::Matcher(const CallFilter &filter, const CallStore &store, const QualityThresholds &thresholds)
    : m_f(filter), m_store(store), m_t(thresholds), m_classCache(store)
{
    m_all = filter.isEmpty();
    m_needle = filter.text.trimmed().toLower().toUtf8();
    for (char c : std::as_const(m_needle))
        m_needleLetters |= (c >= 'a' && c <= 'z') || uchar(c) >= 0x80;
    const QString needle = filter.text.trimmed();
    const QString exact = filter.hangupCause.trimmed();
    const InternPool &causes = store.causes();
    const InternPool &codes = store.codes();
    const quint32 nc = causes.size(), nk = codes.size();
    m_causeText.assign(nc, 0);
    m_causeExact.assign(nc, 0);
    for (quint32 i = 0; i < nc; ++i) {
        m_causeText[i] = !needle.isEmpty() && causes.at(i).contains(needle, Qt::CaseInsensitive);
        m_causeExact[i] = !exact.isEmpty() && causes.at(i).compare(exact, Qt::CaseInsensitive) == 0;
    }
    m_codeText.assign(nk, 0);
    m_codeExact.assign(nk, 0);
    for (quint32 i = 0; i < nk; ++i) {
        m_codeText[i] = !needle.isEmpty() && codes.at(i).contains(needle, Qt::CaseInsensitive);
        m_codeExact[i] = !exact.isEmpty() && codes.at(i).compare(exact, Qt::CaseInsensitive) == 0;
    }
    // The quick filter also finds "vobiz" or "busy": a provider or status whose name starts
    // with the typed text (a prefix, so "no" finds no-answer but not "unknown").
    if (!needle.isEmpty()) {
        for (int p = 0; p <= int(Provider::NexBro); ++p) {
            if (providerName(Provider(p)).startsWith(needle, Qt::CaseInsensitive))
                m_textProviders |= 1u << quint32(p);
        }
        for (int st = 0; st <= int(CallStatus::InProgress); ++st) {
            if (statusName(CallStatus(st)).startsWith(needle, Qt::CaseInsensitive))
                m_textStatuses |= 1u << quint32(st);
        }
    }
    const InternPool &dirs = store.directions();
    m_direction.assign(dirs.size(), 0);
    for (quint32 i = 0; i < dirs.size(); ++i)
        m_direction[i] = filter.directions.contains(dirs.at(i), Qt::CaseInsensitive);
    for (Provider p : filter.providers)
        m_providers |= 1u << quint32(p);
    for (CallStatus s : filter.statuses)
        m_statuses |= 1u << quint32(s);
    for (HangupClass c : filter.hangupClasses)
        m_classes |= 1u << quint32(c);
    if (filter.rows) {
        const quint32 n = filter.rows->empty() ? 0 : *std::max_element(filter.rows->cbegin(), filter.rows->cend()) + 1;
        m_rows.assign(n, false);
        for (quint32 r : *filter.rows)
            m_rows[r] = true;
    }
    m_hasFrom = filter.startFrom.isValid();
    m_hasTo = filter.startTo.isValid();
    if (m_hasFrom)
        m_from = filter.startFrom.toMSecsSinceEpoch();
    if (m_hasTo)
        m_to = filter.startTo.toMSecsSinceEpoch();
}

bool CallFilter::Matcher::textMatches(quint32 r) const
{
    if (m_causeText[m_store.causeIx(r)] || m_codeText[m_store.codeIx(r)])
        return true;
    if ((m_textProviders & (1u << quint32(m_store.provider(r)))) || (m_textStatuses & (1u << quint32(m_store.status(r)))))
        return true;
    return containsLower(m_store.fromBytes(r, &m_buf), m_needle, m_needleLetters)
        || containsLower(m_store.toBytes(r, &m_buf), m_needle, m_needleLetters)
        || containsLower(m_store.idBytes(r, &m_buf), m_needle, m_needleLetters)
        || containsLower(m_store.sipCallIdBytes(r, &m_buf), m_needle, m_needleLetters);
}

bool CallFilter::Matcher::matches(quint32 r) const
{
    if (m_all)
        return true;
    if (m_f.rows && (r >= m_rows.size() || !m_rows[r]))
        return false;
    if (m_providers && !(m_providers & (1u << quint32(m_store.provider(r)))))
        return false;
    if (m_statuses && !(m_statuses & (1u << quint32(m_store.status(r)))))
        return false;
    if (!m_f.directions.isEmpty() && !m_direction[m_store.directionIx(r)])
        return false;
    if (m_hasFrom || m_hasTo) {
        const qint64 t = m_store.startMs(r);
        if (t == BulkRow::kMissingTime || (m_hasFrom && t < m_from) || (m_hasTo && t >= m_to))
            return false;
    }
    if (!inRange(m_store.durationS(r), m_f.minDurationS, m_f.maxDurationS)
        || !inRange(m_store.mos(r), m_f.minMos, m_f.maxMos)
        || !inRange(m_store.jitterMs(r), m_f.minJitterMs, m_f.maxJitterMs)
        || !inRange(m_store.lossPct(r), m_f.minLossPct, m_f.maxLossPct))
        return false;
    if (m_f.badQualityOnly) {
        auto opt = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
        const bool bad = m_t.gradeMos(opt(m_store.mos(r))) == QualityGrade::Bad
            || m_t.gradeJitter(opt(m_store.jitterMs(r))) == QualityGrade::Bad
            || m_t.gradeLoss(opt(m_store.lossPct(r))) == QualityGrade::Bad;
        if (!bad)
            return false;
    }
    if (!m_f.hangupCause.trimmed().isEmpty() && !m_causeExact[m_store.causeIx(r)] && !m_codeExact[m_store.codeIx(r)])
        return false;
    if (m_classes && !(m_classes & (1u << quint32(m_classCache.classOf(r)))))
        return false;
    if (!m_needle.isEmpty() && !textMatches(r))
        return false;
    return true;
}

} // namespace cdr
