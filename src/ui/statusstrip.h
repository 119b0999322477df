// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window's status bar: call counts, the filtered set's summary, one inline message
// (errors say so in words and bold, never in a modal box), and a progress bar for fetches and
// imports. UI thread only; the widgets belong to the status bar.

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace cdr {

struct CallSummary;

class StatusStrip : public QObject
{
    Q_OBJECT

public:
    explicit StatusStrip(QStatusBar *bar);

    void setCounts(int shown, qint64 total);
    void setBusy();
    void setSummary(const CallSummary &summary);
    void showMessage(const QString &text, bool error);
    /// The same, worded again by words() when the language changes (a message that stays
    /// until the next one should not stay in the old language).
    void showMessage(std::function<QString()> words, bool error);
    /// percent < 0: unknown (a busy bar).
    void showProgress(const QString &text, int percent);
    void hideProgress();

    /// Counts and summary as plain text (tests, accessibility).
    QString text() const;
    QString message() const;

protected:
    bool event(QEvent *event) override;

private:
    void setMessage(const QString &text, bool error);

    std::function<QString()> m_words; ///< the last message's wording, when it can be worded again
    bool m_error = false;
    QLabel *m_count;
    QLabel *m_summary;
    QLabel *m_message;
    QProgressBar *m_progress;
};

} // namespace cdr
