// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <core/emodel.h>

#include <QUrl>

namespace cdr {

namespace {
constexpr int kMaxRecent = 10;

// Where each quality threshold is stored: thresholds() and setThresholds() read and write this
// one list.
struct ThresholdKey
{
    const char *key;
    double QualityThresholds::*value;
};
constexpr ThresholdKey kThresholdKeys[] = {
    {"thresholds/mosGood", &QualityThresholds::mosGood},       {"thresholds/mosBad", &QualityThresholds::mosBad},
    {"thresholds/jitterGood", &QualityThresholds::jitterGood}, {"thresholds/jitterBad", &QualityThresholds::jitterBad},
    {"thresholds/lossGood", &QualityThresholds::lossGood},     {"thresholds/lossBad", &QualityThresholds::lossBad},
};
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QTimeZone AppSettings::displayZone() const
{
    const QByteArray id = m_settings->value(QStringLiteral("prefs/timeZone")).toByteArray();
    if (id.isEmpty() || id == "UTC")
        return QTimeZone::utc();
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

void AppSettings::setDisplayZone(const QTimeZone &zone)
{
    m_settings->setValue(QStringLiteral("prefs/timeZone"), QString::fromUtf8(zone.id()));
}

QString AppSettings::defaultRegion() const
{
    return m_settings->value(QStringLiteral("prefs/defaultRegion")).toString().trimmed().toUpper();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    m_settings->setValue(QStringLiteral("prefs/defaultRegion"), region.trimmed().toUpper());
}

double AppSettings::assumedDelayMs() const
{
    bool ok = false;
    const double ms = m_settings->value(QStringLiteral("prefs/assumedDelayMs")).toDouble(&ok);
    return ok && ms >= 0 && ms <= 1000 ? ms : EModel::kDefaultAssumedDelayMs;
}

void AppSettings::setAssumedDelayMs(double ms)
{
    m_settings->setValue(QStringLiteral("prefs/assumedDelayMs"), ms);
}

QualityThresholds AppSettings::thresholds() const
{
    QualityThresholds t;
    for (const ThresholdKey &k : kThresholdKeys)
        t.*k.value = m_settings->value(QLatin1String(k.key), t.*k.value).toDouble();
    return t;
}

void AppSettings::setThresholds(const QualityThresholds &t)
{
    for (const ThresholdKey &k : kThresholdKeys)
        m_settings->setValue(QLatin1String(k.key), t.*k.value);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("prefs/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(QStringLiteral("prefs/language"), code);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString t = m_settings->value(QStringLiteral("prefs/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme t)
{
    m_settings->setValue(QStringLiteral("prefs/theme"),
                         t == Theme::Light ? QStringLiteral("light") : t == Theme::Dark ? QStringLiteral("dark")
                                                                                         : QStringLiteral("system"));
}

bool AppSettings::redactByDefault() const
{
    return m_settings->value(QStringLiteral("prefs/redact"), false).toBool();
}

void AppSettings::setRedactByDefault(bool on)
{
    m_settings->setValue(QStringLiteral("prefs/redact"), on);
}

QString AppSettings::archiveLocation() const
{
    return m_settings->value(QStringLiteral("archive/location")).toString();
}

void AppSettings::setArchiveLocation(const QString &where)
{
    QString kept = where.trimmed();
    QUrl url(kept);
    if (kept.contains(QLatin1String("://")) && !url.password().isEmpty()) {
        url.setPassword(QString());
        kept = url.toString();
    }
    m_settings->setValue(QStringLiteral("archive/location"), kept);
}

QString AppSettings::authorName() const
{
    const QString name = m_settings->value(QStringLiteral("archive/author")).toString();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

void AppSettings::setAuthorName(const QString &name)
{
    m_settings->setValue(QStringLiteral("archive/author"), name.trimmed());
}

int AppSettings::archiveLoadDays() const
{
    return qBound(1, m_settings->value(QStringLiteral("archive/loadDays"), 7).toInt(), 3660);
}

void AppSettings::setArchiveLoadDays(int days)
{
    m_settings->setValue(QStringLiteral("archive/loadDays"), days);
}

QStringList AppSettings::archiveAccounts() const
{
    return m_settings->value(QStringLiteral("archive/accounts")).toStringList();
}

void AppSettings::setArchiveAccounts(const QStringList &accounts)
{
    m_settings->setValue(QStringLiteral("archive/accounts"), accounts);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(QStringLiteral("recent/files")).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    m_settings->setValue(QStringLiteral("recent/files"), files);
}

QString AppSettings::lastAccountId() const
{
    return m_settings->value(QStringLiteral("recent/account")).toString();
}

void AppSettings::setLastAccountId(const QString &id)
{
    m_settings->setValue(QStringLiteral("recent/account"), id);
}

QByteArray AppSettings::widgetState(const QString &key) const
{
    return m_settings->value(QStringLiteral("state/") + key).toByteArray();
}

void AppSettings::setWidgetState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("state/") + key, state);
}

} // namespace cdr
