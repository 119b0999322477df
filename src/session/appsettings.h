// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one typed view of the app's QSettings: preferences, recent files, window state.
// Secrets never come here (they live in the keychain, see CredentialStore).
// Plain object; use from the UI thread.

#include <core/qualitythresholds.h>

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QTimeZone>

namespace cdr {

class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    AppSettings();
    /// For tests: a settings file of their own.
    explicit AppSettings(const QString &iniPath);

    QSettings &raw() { return *m_settings; }

    QTimeZone displayZone() const;      ///< default UTC
    void setDisplayZone(const QTimeZone &zone);

    QualityThresholds thresholds() const;
    void setThresholds(const QualityThresholds &t);

    /// Region (ISO 3166 alpha-2) numbers written without "+" are read in, for the scorecard's
    /// country key; "" (the default) leaves them unknown.
    QString defaultRegion() const;
    void setDefaultRegion(const QString &region);

    /// One-way delay the E-model assumes beyond packetization and jitter buffer (default 40 ms).
    double assumedDelayMs() const;
    void setAssumedDelayMs(double ms);

    Theme theme() const;
    void setTheme(Theme t);

    /// The GUI's language: "" (the default) follows the system, else "en", "de", "es", "hi".
    QString language() const;
    void setLanguage(const QString &code);

    bool redactByDefault() const;
    void setRedactByDefault(bool on);

    /// Where the app's archive is: a local file path, or a PostgreSQL URI for a team archive
    /// ("" = the default local file). Never holds a password: setArchiveLocation drops one.
    QString archiveLocation() const;
    void setArchiveLocation(const QString &where);
    /// The name notes and tags are signed with in a team archive (default: the login name).
    QString authorName() const;
    void setAuthorName(const QString &name);
    /// What the app loads from a team archive: the last N days (default 7) of these accounts
    /// (empty: every account).
    int archiveLoadDays() const;
    void setArchiveLoadDays(int days);
    QStringList archiveAccounts() const;
    void setArchiveAccounts(const QStringList &accounts);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); ///< most recent first, at most 10

    QString lastAccountId() const;
    void setLastAccountId(const QString &id);

    /// Opaque state blobs of windows, splitters and headers, keyed by widget name.
    QByteArray widgetState(const QString &key) const;
    void setWidgetState(const QString &key, const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cdr
