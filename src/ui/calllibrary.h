// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the app keeps full-fidelity calls (legs, audio, raw record) behind the compact table:
// the SQLite archive when one is open, with an in-memory index for calls that were only
// imported for a look. The table model asks it for the whole call of a row (CallRole), and
// notes and tags live here. UI thread only; the archive does its own threading.

#include <core/call.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cdr {

class CallLibrary
{
public:
    CallLibrary();
    ~CallLibrary();

    /// Keeps these calls for later lookup (and in the archive when one is open).
    void add(const QList<Call> &calls);
    std::optional<Call> lookup(Provider provider, const QString &id) const;
    qsizetype size() const { return m_calls.size(); }
    void clear();

    QString note(Provider provider, const QString &id) const;
    void setNote(Provider provider, const QString &id, const QString &note);
    QStringList tags(Provider provider, const QString &id) const;
    void setTags(Provider provider, const QString &id, const QStringList &tags);

private:
    static QString key(Provider provider, const QString &id);
    QHash<QString, Call> m_calls;
    QHash<QString, QString> m_notes;
    QHash<QString, QStringList> m_tags;
};

} // namespace cdr
