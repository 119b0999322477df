// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpage.h"
#include "ui_scorecardpage.h"

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
    , m_ui(std::make_unique<Ui::ScorecardPage>())
    , m_calls(calls)
    , m_settings(settings)
    , m_model(new ScorecardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->groupBy->addItems({QStringLiteral("provider"), QStringLiteral("provider,country"),
                             QStringLiteral("provider,direction"), QStringLiteral("country"), QStringLiteral("codec"),
                             QStringLiteral("hangup_class"), QStringLiteral("provider,day"), QStringLiteral("hour"),
                             QStringLiteral("prefix:4")});
    m_ui->groupBy->setCurrentIndex(1);
    for (Period p : {Period::All, Period::Last7, Period::Last30, Period::Custom})
        m_ui->period->addItem(QString(), int(p));
    for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
        m_ui->kpi->addItem(QString(), k);
    m_ui->kpi->setCurrentIndex(ScorecardKpis::AsrPct);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(0, Qt::AscendingOrder);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The table takes three fifths of the height at first; the splitter keeps what the user sets.
    m_ui->scorecardSplitter->setStretchFactor(0, 3);
    m_ui->scorecardSplitter->setStretchFactor(1, 2);

    auto syncDates = [this] {
        const bool custom = Period(m_ui->period->currentData().toInt()) == Period::Custom;
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->from, m_ui->to, m_ui->compare, m_ui->compareFrom,
                                                           m_ui->compareTo})
            w->setVisible(custom);
        m_ui->compareFrom->setEnabled(m_ui->compare->isChecked());
        m_ui->compareTo->setEnabled(m_ui->compare->isChecked());
    };
    syncDates();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ScorecardPage::refresh);
    connect(m_calls, &QAbstractItemModel::modelReset, this, &ScorecardPage::scheduleRefresh);
    connect(m_calls, &QAbstractItemModel::rowsInserted, this, &ScorecardPage::scheduleRefresh);
    connect(m_calls, &CallTableModel::viewApplied, this, &ScorecardPage::scheduleRefresh);
    connect(m_ui->groupBy, &QComboBox::currentTextChanged, this, [this] {
        QString error;
        const bool ok = Scorecard::parseKeys(m_ui->groupBy->currentText(), &error).has_value();
        m_ui->groupBy->setToolTip(ok ? QString() : error);
        m_ui->groupBy->lineEdit()->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828"));
        if (ok)
            scheduleRefresh();
    });
    connect(m_ui->period, &QComboBox::currentIndexChanged, this, [this, syncDates] {
        syncDates();
        scheduleRefresh();
    });
    connect(m_ui->compare, &QCheckBox::toggled, this, [this, syncDates] {
        syncDates();
        scheduleRefresh();
    });
    for (QDateEdit *d : {m_ui->from, m_ui->to, m_ui->compareFrom, m_ui->compareTo})
        connect(d, &QDateEdit::dateChanged, this, &ScorecardPage::scheduleRefresh);
    connect(m_ui->kpi, &QComboBox::currentIndexChanged, this, &ScorecardPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ScorecardPage::updateChart);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const CallFilter f = filterForRow(index.row());
        if (f.rows)
            Q_EMIT filterRequested(f);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ScorecardPage::exportWithDialog);
    m_ui->caption->setText(tr("Open or fetch calls to see their scorecard."));
    retranslate();
}

QTableView *ScorecardPage::table() const
{
    return m_ui->table;
}

ScorecardChart *ScorecardPage::chart() const
{
    return m_ui->chart;
}

void ScorecardPage::retranslate()
{
    m_ui->retranslateUi(this);
    QString keyError;
    if (Scorecard::parseKeys(m_ui->groupBy->currentText(), &keyError).has_value())
        m_ui->groupBy->setToolTip(tr("Group keys, comma-separated: provider, account, direction, codec, "
                                     "hangup_class, day, hour, country, prefix:N"));
    m_ui->period->setItemText(0, tr("All loaded calls"));
    m_ui->period->setItemText(1, tr("Last 7 days vs the 7 before"));
    m_ui->period->setItemText(2, tr("Last 30 days vs the 30 before"));
    m_ui->period->setItemText(3, tr("Custom ranges"));
    for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
        m_ui->kpi->setItemText(k, Scorecard::kpiName(ScorecardKpis::Kpi(k)));
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
    m_ui->groupBy->setEditText(keys);
    return true;
}

void ScorecardPage::setPeriod(Period period)
{
    m_ui->period->setCurrentIndex(m_ui->period->findData(int(period)));
}

void ScorecardPage::setCustomRanges(QDate from, QDate to, QDate compareFrom, QDate compareTo)
{
    const QSignalBlocker b1(m_ui->from), b2(m_ui->to), b3(m_ui->compareFrom), b4(m_ui->compareTo), b5(m_ui->compare);
    m_ui->from->setDate(from);
    m_ui->to->setDate(to);
    m_ui->compare->setChecked(compareFrom.isValid());
    if (compareFrom.isValid()) {
        m_ui->compareFrom->setDate(compareFrom);
        m_ui->compareTo->setDate(compareTo);
    }
    m_ui->compareFrom->setEnabled(m_ui->compare->isChecked());
    m_ui->compareTo->setEnabled(m_ui->compare->isChecked());
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
    const auto keys = Scorecard::parseKeys(m_ui->groupBy->currentText(), nullptr);
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
    const Period period = Period(m_ui->period->currentData().toInt());
    const QDate from = m_ui->from->date(), to = m_ui->to->date();
    const bool customCompare = m_ui->compare->isChecked();
    const QDate cFrom = m_ui->compareFrom->date(), cTo = m_ui->compareTo->date();
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
    m_ui->caption->setText(caption);
    updateChart();
    Q_EMIT refreshed();
}

void ScorecardPage::updateChart()
{
    const auto kpi = ScorecardKpis::Kpi(m_ui->kpi->currentData().toInt());
    QList<ScorecardChart::Bar> bars;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const int row = m_proxy->mapToSource(m_proxy->index(i, 0)).row();
        const ScorecardGroup *prev = m_model->previous(row);
        bars.append({m_model->groupLabel(row), m_model->group(row).kpis.value(kpi),
                     prev ? prev->kpis.value(kpi) : std::nullopt});
    }
    m_ui->chart->setData(Scorecard::kpiName(kpi), bars, m_model->comparing(), m_periodLabel, m_previousLabel);
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
    m_ui->exportButton->setEnabled(false);
    BackgroundJob::run(
        this,
        [path, report] {
            QString error;
            const bool ok = ScorecardExporter::write(path, report, &error);
            return std::make_pair(ok, error);
        },
        [this, path](std::pair<bool, QString> result) {
            m_ui->exportButton->setEnabled(true);
            const QString message = result.first ? tr("Scorecard written to %1").arg(QFileInfo(path).fileName())
                                                  : tr("Export failed: %1").arg(result.second);
            m_ui->caption->setText(message);
            Q_EMIT exported(result.first, message);
        });
}

} // namespace cdr
