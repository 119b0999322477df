// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchbar.h"

#include "daypicker.h"

#include <providers/accountprofile.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>

namespace cdr {

FetchBar::FetchBar(QMainWindow *window, const QList<QAction *> &actions)
    : QObject(window)
    , m_bar(window->addToolBar(QString()))
{
    m_bar->setObjectName(QStringLiteral("fetchToolBar"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_account = new QComboBox(m_bar);
    m_account->setMinimumContentsLength(18);
    m_bar->addWidget(m_account);
    m_since = new DayPicker(m_bar);
    m_until = new DayPicker(m_bar);
    setDateRange(QDate::currentDate().addDays(-7), QDate::currentDate());
    m_bar->addWidget(m_since);
    m_bar->addWidget(new QLabel(QStringLiteral(" – "), m_bar));
    m_bar->addWidget(m_until);
    m_zoneLabel = new QLabel(m_bar);
    m_zoneLabel->setContentsMargins(4, 0, 8, 0);
    m_bar->addWidget(m_zoneLabel);
    m_direction = new QComboBox(m_bar);
    m_direction->addItem(QString(), QString());
    m_direction->addItem(QString(), QStringLiteral("inbound"));
    m_direction->addItem(QString(), QStringLiteral("outbound"));
    m_bar->addWidget(m_direction);
    m_more = m_bar->addAction(QIcon(QStringLiteral(":/icons/filters.svg")), QString());
    m_more->setCheckable(true);
    m_bar->addActions(actions);
    m_bar->addSeparator();

    // What each provider can filter on server-side; shown on demand to keep the bar short.
    auto *filters = new QToolBar(window);
    m_filtersBar = filters;
    filters->setObjectName(QStringLiteral("fetchFiltersToolBar"));
    window->addToolBarBreak();
    window->addToolBar(filters);
    m_fromNumber = new QLineEdit(filters);
    m_toNumber = new QLineEdit(filters);
    m_minDuration = new QSpinBox(filters);
    m_minDuration->setRange(0, 86400);
    m_fetchOnly = new QLabel(filters);
    filters->addWidget(m_fetchOnly);
    filters->addWidget(m_fromNumber);
    filters->addWidget(m_toNumber);
    filters->addWidget(m_minDuration);
    filters->setVisible(false);
    connect(m_more, &QAction::toggled, filters, &QWidget::setVisible);
    connect(m_fromNumber, &QLineEdit::textChanged, this, &FetchBar::fetchFiltersChanged);
    connect(m_toNumber, &QLineEdit::textChanged, this, &FetchBar::fetchFiltersChanged);
    connect(m_minDuration, &QSpinBox::valueChanged, this, &FetchBar::fetchFiltersChanged);
    setZone(QTimeZone::utc());
    retranslate();
}

void FetchBar::retranslate()
{
    m_bar->setWindowTitle(tr("Fetch"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("Account to fetch from"));
    m_since->setAccessibleName(tr("From date"));
    m_until->setAccessibleName(tr("To date (inclusive)"));
    m_zoneLabel->setToolTip(tr("Dates are days in this time zone, for queries and display; change it in Preferences."));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->setItemText(0, tr("Both directions"));
    m_direction->setItemText(1, tr("Inbound"));
    m_direction->setItemText(2, tr("Outbound"));
    m_more->setText(tr("Fetch filters..."));
    m_more->setToolTip(tr("Numbers and minimum duration the next fetch asks the provider for (not a filter of the table)"));
    m_filtersBar->setWindowTitle(tr("Fetch filters"));
    m_fromNumber->setAccessibleName(tr("From number"));
    m_fromNumber->setPlaceholderText(tr("from number"));
    m_toNumber->setAccessibleName(tr("To number"));
    m_toNumber->setPlaceholderText(tr("to number"));
    m_minDuration->setAccessibleName(tr("Minimum duration"));
    m_minDuration->setSuffix(tr(" s min (Vobiz)"));
    m_minDuration->setToolTip(tr("Only Vobiz filters by duration on the server."));
    m_fetchOnly->setText(tr(" Fetch only: "));
    if (m_account->count() == 1 && m_account->itemData(0).toString().isEmpty())
        m_account->setItemText(0, tr("No account: add one (Fetch > Accounts)"));
}

bool FetchBar::event(QEvent *event)
{
    // Not a widget: the window passes LanguageChange on to its children, this object among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void FetchBar::reloadAccounts(QSettings &settings, const QString &preferredId)
{
    const QString current = m_account->currentData().toString();
    m_account->clear();
    const QList<AccountProfile> profiles = AccountProfile::loadAll(settings);
    for (const AccountProfile &p : profiles)
        m_account->addItem(QStringLiteral("%1 (%2)").arg(p.name, providerDisplayName(p.provider)), p.id);
    if (profiles.isEmpty())
        m_account->addItem(tr("No account: add one (Fetch > Accounts)"), QString());
    const int i = m_account->findData(current.isEmpty() ? preferredId : current);
    if (i >= 0)
        m_account->setCurrentIndex(i);
}

QString FetchBar::accountId() const
{
    return m_account->currentData().toString();
}

void FetchBar::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_zoneLabel->setText(tr("(%1)").arg(zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id())));
}

void FetchBar::setDateRange(const QDate &from, const QDate &to)
{
    m_since->setDate(from);
    m_until->setDate(to);
}

FetchQuery FetchBar::query() const
{
    // The dates are whole days in the display zone, the same zone the table shows.
    FetchQuery q;
    q.since = QDateTime(m_since->date(), QTime(0, 0), m_zone).toUTC();
    q.until = QDateTime(m_until->date().addDays(1), QTime(0, 0), m_zone).toUTC();
    q.direction = m_direction->currentData().toString();
    q.fromNumber = m_fromNumber->text().trimmed();
    q.toNumber = m_toNumber->text().trimmed();
    if (m_minDuration->value() > 0)
        q.minDurationS = m_minDuration->value();
    return q;
}

QList<std::pair<QString, QString>> FetchBar::activeFetchFilters() const
{
    QList<std::pair<QString, QString>> out;
    if (!m_fromNumber->text().trimmed().isEmpty())
        out.append({QStringLiteral("from"), tr("Fetch only from: %1").arg(m_fromNumber->text().trimmed())});
    if (!m_toNumber->text().trimmed().isEmpty())
        out.append({QStringLiteral("to"), tr("Fetch only to: %1").arg(m_toNumber->text().trimmed())});
    if (m_minDuration->value() > 0)
        out.append({QStringLiteral("minDuration"), tr("Fetch only calls of %1 s or more").arg(m_minDuration->value())});
    return out;
}

void FetchBar::clearFetchFilter(const QString &key)
{
    if (key == u"from")
        m_fromNumber->clear();
    else if (key == u"to")
        m_toNumber->clear();
    else if (key == u"minDuration")
        m_minDuration->setValue(0);
}

} // namespace cdr
