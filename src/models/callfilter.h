// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallFilter: what the analyst asked to see (free text, provider, direction, status, time,
// duration and quality ranges, bad quality only, hangup cause or class), as a plain value that is
// saved under a name (QSettings group "filters", JSON text per name) and applied to the
// CallStore off the UI thread through CallFilter::Matcher.

#include "callstore.h"
#include "hangupclasscache.h"

#include <core/qualitythresholds.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSettings>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace cdr {

struct CallFilter
{
    QString text;                 ///< substring of from, to, id, hangup cause or code (case-insensitive)
    QList<Provider> providers;    ///< empty: all
    QStringList directions;       ///< lower case; empty: all
    QList<CallStatus> statuses;   ///< empty: all
    QDateTime startFrom;          ///< inclusive; invalid: open
    QDateTime startTo;            ///< exclusive; invalid: open
    std::optional<double> minDurationS, maxDurationS;
    std::optional<double> minMos, maxMos;
    std::optional<double> minJitterMs, maxJitterMs;
    std::optional<double> minLossPct, maxLossPct;
    bool badQualityOnly = false;  ///< worst of MOS/jitter/loss grades is bad
    QString hangupCause;          ///< exact cause text or code (case-insensitive); empty: all
    QList<HangupClass> hangupClasses; ///< classes (HangupClassifier on the row); empty: all
    /// Exactly these store rows (sorted), e.g. a scorecard group's calls; null: all. Not saved
    /// with a named filter (row numbers belong to one loaded store).
    std::shared_ptr<const std::vector<quint32>> rows;
    QString rowsLabel;            ///< what the row set is, for the status bar ("plivo, IN")

    bool isEmpty() const { return *this == CallFilter(); }

    /// One named part of an active filter, for a removable chip above the table.
    enum class Part { Text, Providers, Directions, Statuses, StartTime, Duration, Mos, Jitter, Loss, BadQuality,
                      HangupCause, HangupClasses, Rows };
    struct ActivePart
    {
        Part part;
        QString label; ///< "Provider: Plivo, Vobiz", "MOS 3.0 to 3.5", "Scorecard group: plivo, IN"
    };
    /// The parts that are set, in a stable order; labels give times in zone.
    QList<ActivePart> activeParts(const QTimeZone &zone) const;
    /// This filter with one part cleared.
    CallFilter without(Part part) const;
    QJsonObject toJson() const;
    static CallFilter fromJson(const QJsonObject &o);

    /// Named filters in settings (group "filters").
    static void save(QSettings &settings, const QString &name, const CallFilter &filter);
    static std::optional<CallFilter> load(QSettings &settings, const QString &name);
    static QStringList savedNames(QSettings &settings);
    static void remove(QSettings &settings, const QString &name);

    friend bool operator==(const CallFilter &, const CallFilter &) = default;

    /// The filter prepared against a store's pools: cheap per-row tests. Build it on the
    /// thread that will run it, after reading store.size() (pools only grow).
    class Matcher
    {
    public:
        Matcher(const CallFilter &filter, const CallStore &store, const QualityThresholds &thresholds);
        bool matches(quint32 row) const;
        bool matchesAll() const { return m_all; }

    private:
        bool textMatches(quint32 row) const;
        const CallFilter &m_f;
        const CallStore &m_store;
        QualityThresholds m_t;
        bool m_all = false;
        QByteArray m_needle; // lower-case UTF-8
        bool m_needleLetters = false;
        quint32 m_textProviders = 0, m_textStatuses = 0; // bits: names the free text is a prefix of
        std::vector<char> m_causeText, m_codeText; // pool index -> matches the free text
        std::vector<char> m_causeExact, m_codeExact;
        std::vector<char> m_direction;
        std::vector<bool> m_rows; // row -> in filter.rows (when set)
        quint32 m_providers = 0, m_statuses = 0; // bit sets
        qint64 m_from = 0, m_to = 0;
        bool m_hasFrom = false, m_hasTo = false;
        quint32 m_classes = 0; // bit set of HangupClass
        mutable HangupClassCache m_classCache;
        mutable QByteArray m_buf;
    };
};

} // namespace cdr
