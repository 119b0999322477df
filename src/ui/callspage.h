// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Calls page of the main window: the quick filter and filter chips over the call table, the
// detail pane with the call's notes beside it, the selection history (Alt+Left/Right), next and
// previous bad call, go-to-call and compare. It reads the shared CallTableModel and writes
// notes through the CallSession's library. UI thread only; it owns its widgets.

#include <core/call.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class CallsPage;
}

namespace cdr {

class AppSettings;
class CallDetailPane;
class CallFilter;
class CallSession;
class CallTableModel;
class CallTableView;
class FetchBar;

class CallsPage : public QWidget
{
    Q_OBJECT

public:
    CallsPage(CallTableModel *model, CallSession *session, AppSettings &settings, QWidget *parent = nullptr);
    ~CallsPage() override;

    CallTableView *table() const;
    CallDetailPane *detailPane() const;
    QLineEdit *filterEdit() const;
    /// The fetch bar whose server-side filters show as chips too (set once, by the window).
    void setFetchBar(FetchBar *bar);

    /// Selects a call by id (any provider); false when absent or filtered out.
    bool goToCall(const QString &id);
    /// Selects this call as soon as the data being loaded shows it (command line --call).
    void selectWhenLoaded(const QString &id) { m_pendingCallId = id; }
    /// Selects the call asked for with selectWhenLoaded() when it is there, else the first row
    /// when nothing is selected (after the demo or a file is ingested).
    void selectPendingOrFirst();
    /// The first row when nothing is selected yet.
    void selectFirstIfNone();
    /// The first row of the view once it is computed (a freshly loaded archive).
    void selectFirstWhenViewed() { m_selectFirst = true; }
    /// Moves to the next (or previous) call graded bad.
    bool nextBadCall(bool forward = true);
    /// Back (-1) or forward (+1) in the selection history.
    void navigateHistory(int step);
    void compareSelected();
    void clearAllFilters();
    void focusFilter();
    void applySavedFilter(const QString &name);
    void goToCallWithDialog();
    void saveFilterWithDialog();
    /// Display zone and thresholds from the settings, into the pane.
    void applySettings();
    void restoreState();
    void saveState();

Q_SIGNALS:
    void statusMessage(const QString &text, bool error);
    /// The page wants to be the one shown (a go-to-call from elsewhere).
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showNoteHistory(const Call &call);
    void retranslate();
    void applyQuickFilter();
    void updateChips();
    void onViewApplied();
    void showCurrentCall();
    void selectFirstRow();
    void selectRow(int row, bool record);

    std::unique_ptr<Ui::CallsPage> m_ui;
    CallTableModel *m_model;
    CallSession *m_session;
    AppSettings &m_settings;
    QPointer<FetchBar> m_fetchBar;
    QTimer m_filterDebounce;

    QList<QPair<Provider, QString>> m_history; ///< selection history for Alt+Left/Right
    int m_historyPos = -1;
    bool m_navigating = false;
    bool m_selectFirst = false;
    /// The current row was chosen by the app (the first row after a load), not by the user: when
    /// the sorted view arrives later, its first row is selected instead, so the pane never shows
    /// a call the table has moved out of sight.
    bool m_autoSelected = false;
    bool m_selectingFirst = false;
    QString m_pendingCallId;
};

} // namespace cdr
