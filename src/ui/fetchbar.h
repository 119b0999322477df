// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fetch controls of the main window: account picker, date range (whole days in the display
// zone, which is shown beside it), direction, and a second bar with the server-side filters
// (numbers, Vobiz's minimum duration), shown on demand. It builds its widgets into tool bars of
// the window and turns them into a FetchQuery. UI thread only; widgets are owned by the bars.

#include <providers/fetchtypes.h>

#include <QObject>
#include <QTimeZone>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMainWindow;
class QSettings;
class QSpinBox;
class QToolBar;

namespace cdr {

class FetchBar : public QObject
{
    Q_OBJECT

public:
    /// Adds the bars to the window; actions (fetch, cancel, resume) go after the direction.
    FetchBar(QMainWindow *window, const QList<QAction *> &actions);

    QToolBar *toolBar() const { return m_bar; }
    void reloadAccounts(QSettings &settings, const QString &preferredId);
    QString accountId() const;
    void setZone(const QTimeZone &zone);
    void setDateRange(const QDate &from, const QDate &to);
    /// The query of the controls; dates are read as whole days in the zone.
    FetchQuery query() const;
    /// The fetch-only filters that are set, as (key, label) for chips: "from", "to", "minDuration".
    QList<std::pair<QString, QString>> activeFetchFilters() const;
    /// Clears one of them (key as above).
    void clearFetchFilter(const QString &key);

Q_SIGNALS:
    void fetchFiltersChanged();

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();

    QToolBar *m_bar;
    QComboBox *m_account;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QLabel *m_zoneLabel;
    QComboBox *m_direction;
    QLineEdit *m_fromNumber;
    QLineEdit *m_toNumber;
    QSpinBox *m_minDuration;
    QAction *m_more;
    QToolBar *m_filtersBar;
    QLabel *m_fetchOnly;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace cdr
