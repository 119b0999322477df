// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Removes a credential from text that came from (or went to) a provider before it is shown or
// logged: provider error bodies quote the rejected credential back ("token not valid: Basic
// TUFT..."), in whatever encoding it was sent. The scrubber is built from what was actually
// sent (the secret, "id:secret", and the Authorization-style header values) and removes each
// of them in every spelling a server may echo: raw, Base64 (standard and URL-safe, with and
// without padding), percent-encoded and JSON-escaped. The one place where provider messages
// are cleaned; ProviderService runs every message it emits or logs through it.
// Plain value type; scrub() is const and safe to call from any thread.

#include <QByteArray>
#include <QList>
#include <QString>

namespace cdr {

class SecretScrubber
{
public:
    /// Adds a value that was sent, and its encodings. Values shorter than 4 characters are
    /// also removed, but only as whole words, so a silly secret does not shred every message.
    void addSent(const QString &value);
    /// Convenience: the secret, "accountId:secret" (Basic auth), and the given header values
    /// (e.g. "Basic <b64>", "Bearer <token>"), each with its encodings.
    void addCredential(const QString &accountId, const QString &secret, const QList<QByteArray> &headerValues = {});
    bool isEmpty() const { return m_needles.isEmpty(); }
    /// text with every sent spelling of the credential replaced by a marker.
    QString scrub(const QString &text) const;
    /// The marker put in place of a secret.
    static QString marker();

private:
    void addNeedle(const QString &needle);
    QList<QString> m_needles; ///< longest first, so a header value goes before the token inside it
    QList<QString> m_shortWords;
};

} // namespace cdr
