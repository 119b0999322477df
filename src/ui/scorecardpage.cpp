// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpage.h"

#include "daypicker.h"
#include "panes.h"

#include <session/appsettings.h>
#include <core/backgroundjob.h>

#include <charts/scorecardchart.h>
#include <models/calltablemodel.h>
#include <models/scorecardexporter.h>
#include <models/scorecardmodel.h>
#include <models/scorecardstoreinput.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace cdr {

struct ScorecardPage::Cache
{
    const CallStore *store = nullptr;
    quint32 rows = 0;
    QualityThresholds thresholds;
    QString region;
    double delayMs = 0;
    std::shared_ptr<const ScorecardInput> input;
    qint64 lastStartMs = 0; ///< latest call start (UTC ms), for the relative periods
};

struct ScorecardPage::Result
{
    std::shared_ptr<Cache> cache;
    QList<ScorecardKey> keys;
    QList<ScorecardGroup> groups, previous;
    bool comparing = false;
    QString periodLabel, previousLabel;
    qint64 calls = 0;
};

namespace {

struct Range
{
    std::optional<qint64> fromMs, toMs;
};

Range dayRange(QDate from, QDate to, const QTimeZone &zone)
{
    Range r;
    if (from.isValid())
        r.fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    if (to.isValid())
        r.toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    return r;
}

QString rangeLabel(QDate from, QDate to)
{
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace

ScorecardPage::ScorecardPage(CallTableModel *calls, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_calls(calls)
    , m_settings(settings)
    , m_model(new ScorecardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new ScorecardChart(this))
    , m_groupBy(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new DayPicker(this))
    , m_to(new DayPicker(this))
    , m_compareFrom(new DayPicker(this))
    , m_compareTo(new DayPicker(this))
    , m_compare(new QCheckBox(this))
    , m_kpi(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_groupByLabel(new QLabel(this))
    , m_periodLabelWidget(new QLabel(this))
    , m_chartLabel(new QLabel(this))
{
    m_groupBy->setEditable(true);
    m_groupBy->addItems({QStringLiteral("provider"), QStringLiteral("provider,country"),
                         QStringLiteral("provider,direction"), QStringLiteral("country"), QStringLiteral("codec"),
                         QStringLiteral("hangup_class"), QStringLiteral("provider,day"), QStringLiteral("hour"),
                         QStringLiteral("prefix:4")});
    m_groupBy->setCurrentIndex(1);
    m_groupBy->setMinimumContentsLength(22);
    for (Period p : {Period::All, Period::Last7, Period::Last30, Period::Custom})
        m_period->addItem(QString(), int(p));
    for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
        m_kpi->addItem(QString(), k);
    m_kpi->setCurrentIndex(ScorecardKpis::AsrPct);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_groupByLabel);
    controls->addWidget(m_groupBy);
    controls->addSpacing(12);
    controls->addWidget(m_periodLabelWidget);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(m_compare);
    controls->addWidget(m_compareFrom);
    controls->addWidget(m_compareTo);
    controls->addStretch(1);
    controls->addWidget(m_export);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(m_chartLabel);
    chartControls->addWidget(m_kpi);
    chartControls->addStretch(1);
    chartLayout->addLayout(chartControls);
    chartLayout->addWidget(m_chart, 1);

    QSplitter *split = Panes::listDetail(Qt::Vertical, this, QStringLiteral("scorecardSplitter"), m_table, chartBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    auto syncDates = [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                           static_cast<QWidget *>(m_compare)})
            w->setVisible(custom);
        m_compareFrom->setVisible(custom);
        m_compareTo->setVisible(custom);
        m_compareFrom->setEnabled(m_compare->isChecked());
        m_compareTo->setEnabled(m_compare->isChecked());
    };
    syncDates();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ScorecardPage::refresh);
    connect(m_calls, &QAbstractItemModel::modelReset, this, &ScorecardPage::scheduleRefresh);
    connect(m_calls, &QAbstractItemModel::rowsInserted, this, &ScorecardPage::scheduleRefresh);
    connect(m_calls, &CallTableModel::viewApplied, this, &ScorecardPage::scheduleRefresh);
    connect(m_groupBy, &QComboBox::currentTextChanged, this, [this] {
        QString error;
        const bool ok = Scorecard::parseKeys(m_groupBy->currentText(), &error).has_value();
        m_groupBy->setToolTip(ok ? QString() : error);
        m_groupBy->lineEdit()->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828"));
        if (ok)
            scheduleRefresh();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, syncDates] {
        syncDates();
        scheduleRefresh();
    });
    connect(m_compare, &QCheckBox::toggled, this, [this, syncDates] {
        syncDates();
        scheduleRefresh();
    });
    for (QDateEdit *d : {m_from, m_to, m_compareFrom, m_compareTo})
        connect(d, &QDateEdit::dateChanged, this, &ScorecardPage::scheduleRefresh);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &ScorecardPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ScorecardPage::updateChart);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const CallFilter f = filterForRow(index.row());
        if (f.rows)
            Q_EMIT filterRequested(f);
    });
    connect(m_export, &QPushButton::clicked, this, &ScorecardPage::exportWithDialog);
    m_caption->setText(tr("Open or fetch calls to see their scorecard."));
    retranslate();
}

void ScorecardPage::retranslate()
{
    m_compare->setText(tr("compare with"));
    m_export->setText(tr("Export…"));
    m_groupByLabel->setText(tr("Group by:"));
    m_periodLabelWidget->setText(tr("Period:"));
    m_chartLabel->setText(tr("Chart:"));
    QString keyError;
    if (Scorecard::parseKeys(m_groupBy->currentText(), &keyError).has_value())
        m_groupBy->setToolTip(tr("Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, "
                                 "hour, country, prefix:N"));
    m_period->setItemText(0, tr("All loaded calls"));
    m_period->setItemText(1, tr("Last 7 days vs the 7 before"));
    m_period->setItemText(2, tr("Last 30 days vs the 30 before"));
    m_period->setItemText(3, tr("Custom ranges"));
    for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
        m_kpi->setItemText(k, Scorecard::kpiName(ScorecardKpis::Kpi(k)));
    m_table->setAccessibleName(tr("Scorecard"));
}

void ScorecardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRefresh(); // the caption and the period labels are worded with the result
    }
    QWidget::changeEvent(event);
}

ScorecardPage::~ScorecardPage() = default;

bool ScorecardPage::setGroupBy(const QString &keys)
{
    if (!Scorecard::parseKeys(keys, nullptr))
        return false;
    m_groupBy->setEditText(keys);
    return true;
}

void ScorecardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ScorecardPage::setCustomRanges(QDate from, QDate to, QDate compareFrom, QDate compareTo)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_compareFrom), b4(m_compareTo), b5(m_compare);
    m_from->setDate(from);
    m_to->setDate(to);
    m_compare->setChecked(compareFrom.isValid());
    if (compareFrom.isValid()) {
        m_compareFrom->setDate(compareFrom);
        m_compareTo->setDate(compareTo);
    }
    m_compareFrom->setEnabled(m_compare->isChecked());
    m_compareTo->setEnabled(m_compare->isChecked());
    setPeriod(Period::Custom);
    scheduleRefresh();
}

void ScorecardPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_debounce.start();
}

void ScorecardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_debounce.start();
}

void ScorecardPage::refresh()
{
    m_debounce.stop();
    m_stale = false;
    const std::shared_ptr<const CallStore> store = m_calls->store();
    const auto keys = Scorecard::parseKeys(m_groupBy->currentText(), nullptr);
    if (!keys)
        return;
    // What the reduced input depends on; a cached one is reused when all of it is unchanged.
    auto cache = std::make_shared<Cache>();
    cache->store = store.get();
    cache->rows = store ? store->size() : 0;
    cache->thresholds = m_calls->thresholds();
    cache->region = m_settings.defaultRegion();
    cache->delayMs = m_settings.assumedDelayMs();
    std::shared_ptr<Cache> previous = m_cache;
    if (previous && previous->store == cache->store && previous->rows == cache->rows
        && previous->thresholds == cache->thresholds && previous->region == cache->region
        && previous->delayMs == cache->delayMs)
        cache = previous;
    const QTimeZone zone = m_calls->timeZone();
    const Period period = Period(m_period->currentData().toInt());
    const QDate from = m_from->date(), to = m_to->date();
    const bool customCompare = m_compare->isChecked();
    const QDate cFrom = m_compareFrom->date(), cTo = m_compareTo->date();
    const QList<ScorecardKey> groupKeys = *keys;

    // A newer request supersedes this one: its result is dropped.
    m_job.start(
        [store, cache, zone, period, from, to, customCompare, cFrom, cTo, groupKeys] {
            Result r;
            r.cache = cache;
            r.keys = groupKeys;
            if (!store)
                return r;
            if (!cache->input) {
                std::vector<quint32> rows(cache->rows);
                std::iota(rows.begin(), rows.end(), 0u);
                ScorecardInput::Options o;
                o.thresholds = cache->thresholds;
                o.defaultRegion = cache->region;
                auto input = ScorecardStoreInput::build(*store, rows, o, cache->delayMs);
                qint64 last = std::numeric_limits<qint64>::min();
                for (const ScorecardInput::Record &rec : input->records())
                    last = std::max(last, rec.startMs);
                cache->lastStartMs = last;
                cache->input = std::make_shared<const ScorecardInput>(std::move(*input));
            }
            Scorecard::Options now;
            now.keys = groupKeys;
            now.zone = zone;
            now.keepRows = true;
            Scorecard::Options before = now;
            before.keepRows = false;
            if (period == Period::Last7 || period == Period::Last30) {
                const int days = period == Period::Last7 ? 7 : 30;
                const QDate lastDay = cache->lastStartMs == std::numeric_limits<qint64>::min()
                    ? QDate::currentDate()
                    : QDateTime::fromMSecsSinceEpoch(cache->lastStartMs, zone).date();
                const Range a = dayRange(lastDay.addDays(1 - days), lastDay, zone);
                const Range b = dayRange(lastDay.addDays(1 - 2 * days), lastDay.addDays(-days), zone);
                now.fromMs = a.fromMs;
                now.toMs = a.toMs;
                before.fromMs = b.fromMs;
                before.toMs = b.toMs;
                r.comparing = true;
                r.periodLabel = rangeLabel(lastDay.addDays(1 - days), lastDay);
                r.previousLabel = rangeLabel(lastDay.addDays(1 - 2 * days), lastDay.addDays(-days));
            } else if (period == Period::Custom) {
                const Range a = dayRange(from, to, zone);
                now.fromMs = a.fromMs;
                now.toMs = a.toMs;
                r.periodLabel = rangeLabel(from, to);
                if (customCompare) {
                    const Range b = dayRange(cFrom, cTo, zone);
                    before.fromMs = b.fromMs;
                    before.toMs = b.toMs;
                    r.comparing = true;
                    r.previousLabel = rangeLabel(cFrom, cTo);
                }
            }
            r.groups = Scorecard::compute(*cache->input, now);
            if (r.comparing)
                r.previous = Scorecard::compute(*cache->input, before);
            for (const ScorecardGroup &g : std::as_const(r.groups))
                r.calls += g.kpis.calls;
            return r;
        },
        [this](Result r) { apply(r); });
}

void ScorecardPage::apply(const Result &r)
{
    m_cache = r.cache;
    m_keys = r.keys;
    m_periodLabel = r.periodLabel;
    m_previousLabel = r.previousLabel;
    m_model->setThresholds(m_calls->thresholds());
    m_model->setResult(r.keys, r.groups, r.previous, r.comparing);
    QString caption = tr("%n group(s) from %1", nullptr, int(r.groups.size())).arg(tr("%Ln call(s)", nullptr, int(r.calls)));
    if (!r.periodLabel.isEmpty())
        caption += tr(", %1").arg(r.periodLabel);
    if (r.comparing)
        caption += tr(" (changes against %1 in brackets)").arg(r.previousLabel);
    caption += tr(". Double-click a group to see its calls.");
    m_caption->setText(caption);
    updateChart();
    Q_EMIT refreshed();
}

void ScorecardPage::updateChart()
{
    const auto kpi = ScorecardKpis::Kpi(m_kpi->currentData().toInt());
    QList<ScorecardChart::Bar> bars;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const int row = m_proxy->mapToSource(m_proxy->index(i, 0)).row();
        const ScorecardGroup *prev = m_model->previous(row);
        bars.append({m_model->groupLabel(row), m_model->group(row).kpis.value(kpi),
                     prev ? prev->kpis.value(kpi) : std::nullopt});
    }
    m_chart->setData(Scorecard::kpiName(kpi), bars, m_model->comparing(), m_periodLabel, m_previousLabel);
}

CallFilter ScorecardPage::filterForRow(int viewRow) const
{
    CallFilter f;
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
    if (!source.isValid())
        return f;
    auto rows = std::make_shared<std::vector<quint32>>(m_model->group(source.row()).rows);
    std::sort(rows->begin(), rows->end());
    f.rows = std::move(rows);
    f.rowsLabel = tr("scorecard group %1").arg(m_model->groupLabel(source.row()));
    return f;
}

void ScorecardPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scorecard"), QString(),
                                                      tr("PDF (*.pdf);;CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ScorecardPage::exportTo(const QString &path)
{
    ScorecardReport report;
    report.keys = m_keys;
    // In the table's current order.
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        report.groups.append(m_model->group(m_proxy->mapToSource(m_proxy->index(i, 0)).row()));
    for (ScorecardGroup &g : report.groups)
        g.rows.clear();
    QStringList names;
    for (const ScorecardKey &k : std::as_const(m_keys))
        names << k.name();
    report.title = names.isEmpty() ? tr("Scorecard") : tr("Scorecard by %1").arg(names.join(QStringLiteral(", ")));
    report.facts << (m_periodLabel.isEmpty() ? tr("Period: all loaded calls") : tr("Period: %1").arg(m_periodLabel))
                 << tr("Time zone: %1").arg(QString::fromUtf8(m_calls->timeZone().id()))
                 << (m_model->comparing() ? tr("Compared in the app with %1; this table holds the period above.")
                                                .arg(m_previousLabel)
                                          : QString())
                 << tr("E-model: one-way delay assumed %1 ms").arg(m_settings.assumedDelayMs());
    report.facts.removeAll(QString());
    report.thresholds = m_calls->thresholds();
    m_export->setEnabled(false);
    BackgroundJob::run(
        this,
        [path, report] {
            QString error;
            const bool ok = ScorecardExporter::write(path, report, &error);
            return std::make_pair(ok, error);
        },
        [this, path](std::pair<bool, QString> result) {
            m_export->setEnabled(true);
            const QString message = result.first ? tr("Scorecard written to %1").arg(QFileInfo(path).fileName())
                                                  : tr("Export failed: %1").arg(result.second);
            m_caption->setText(message);
            Q_EMIT exported(result.first, message);
        });
}

} // namespace cdr
