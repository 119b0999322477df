// SPDX-License-Identifier: GPL-3.0-or-later
// CallExporter: CSV and NDJSON of the view or everything, read back by RecordParser (the
// round trip), visible columns only, redaction of numbers and IPs, cancel leaves no file.

#include <core/callredactor.h>
#include <models/callexporter.h>
#include <models/callstoresink.h>
#include <models/calltablemodel.h>

#include <core/callreader.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;

namespace {

std::shared_ptr<CallStore> generatedStore(int n, QList<Call> *parsed = nullptr)
{
    const TrafficGenerator gen(5, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()), 10000);
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(gen.record(Provider(1 + i % 4), i));
    const QByteArray body = QJsonDocument(a).toJson(QJsonDocument::Compact);
    auto store = std::make_shared<CallStore>();
    CallStoreSink sink(*store);
    ParseOptions o;
    o.account = QStringLiteral("acct");
    CallReader::readBytes(body, o, QString(), [&](QList<Call> &&cs) { for (const Call &c : cs) { if (!sink.addCall(c)) return false; } return true; });
    if (parsed)
        *parsed = RecordParser::parse(body, o).calls;
    return store;
}

} // namespace

class TestCallExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughRecordParser_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("out.csv");
        QTest::newRow("ndjson") << QStringLiteral("out.ndjson");
    }
    void roundTripThroughRecordParser()
    {
        QFETCH(QString, name);
        QList<Call> parsed;
        const auto store = generatedStore(400, &parsed);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        CallExporter::Options opt;
        opt.format = *CallExporter::formatForPath(path);
        qint64 progressCalls = 0;
        const auto res = CallExporter::write(path, *store, nullptr, opt, nullptr, [&](qint64, qint64) { ++progressCalls; });
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.rows, 400);
        QVERIFY(progressCalls > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(res.bytes, text.size());
        const ParseResult back = RecordParser::parse(text, ParseOptions(), name);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.calls.size(), 400);
        for (int i = 0; i < 400; ++i) {
            const Call &a = parsed[i];
            const Call &b = back.calls[i];
            QCOMPARE(b.provider, a.provider);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.account, a.account);
            QCOMPARE(b.from, a.from);
            QCOMPARE(b.to, a.to);
            QCOMPARE(b.direction, a.direction);
            QCOMPARE(b.startTime, a.startTime);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.hangupCause, a.hangupCause);
            QCOMPARE(b.hangupCode, a.hangupCode);
            QCOMPARE(b.codec, a.codec);
            QCOMPARE(b.currency, a.currency);
            QCOMPARE(b.durationS.has_value(), a.durationS.has_value());
            if (a.durationS)
                QVERIFY(qAbs(*b.durationS - *a.durationS) < 1e-4);
            QCOMPARE(b.mos.has_value(), a.mos.has_value());
            if (a.mos)
                QVERIFY(qAbs(*b.mos - *a.mos) < 1e-9);
            QCOMPARE(b.cost, a.cost);
        }
    }

    void currentViewVisibleColumns()
    {
        const auto store = generatedStore(300);
        CallTableModel m;
        m.setStore(store);
        CallFilter f;
        f.providers = { Provider::Vobiz };
        m.setFilter(f);
        m.sort(CallTableModel::DurationColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 20000);
        CallExporter::Options opt;
        opt.fields = CallExporter::fieldsForColumns({ CallTableModel::FromColumn, CallTableModel::DurationColumn,
                                                      CallTableModel::CostColumn });
        const QByteArray csv = CallExporter::serialize(*store, &m.viewRows(), opt);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), m.rowCount() + 1);
        QCOMPARE(lines.first().trimmed(), QByteArray("from,duration_s,cost,currency"));
        for (int r = 0; r < m.rowCount(); ++r) {
            const QList<QByteArray> fields = lines[r + 1].trimmed().split(',');
            QCOMPARE(QString::fromUtf8(fields[0]), m.data(m.index(r, CallTableModel::FromColumn)).toString());
            QCOMPARE(fields[1].toDouble(), m.data(m.index(r, CallTableModel::DurationColumn), CallTableModel::SortRole).toDouble());
        }
    }

    void redaction()
    {
        // One redactor: the export masks a number exactly as the report does.
        CallStore one;
        Call c;
        c.provider = Provider::Vobiz;
        c.id = QStringLiteral("r-1");
        c.from = QStringLiteral("+919876543210");
        c.to = QStringLiteral("sip:alice@10.0.0.1");
        c.hangupCause = QStringLiteral("rejected by 10.222.2.197 at 12:14:19");
        BulkRowBuffer buffer;
        QCOMPARE(one.append(buffer.set(c)), 0);
        CallExporter::Options csvOpt;
        csvOpt.redact = true;
        csvOpt.fields = {CallExporter::Field::From, CallExporter::Field::To, CallExporter::Field::HangupCause};
        const QByteArray row = CallExporter::serialize(one, nullptr, csvOpt).split('\n').value(1).trimmed();
        QCOMPARE(row, (CallRedactor::maskPhone(c.from) + u',' + CallRedactor::maskPhone(c.to) + u','
                       + CallRedactor::redactText(c.hangupCause)).toUtf8());
        QCOMPARE(row, QByteArray("+xxxxxxxxxx10,sip:xxxxx@x.x.x.x,rejected by x.x.x.x at 12:14:19"));
        const auto store = generatedStore(100);
        CallExporter::Options opt;
        opt.format = CallExporter::Format::NdJson;
        opt.redact = true;
        const QByteArray out = CallExporter::serialize(*store, nullptr, opt);
        QByteArray buf;
        for (quint32 r = 0; r < store->size(); ++r) {
            const QString from = store->from(r);
            if (from.size() > 6)
                QVERIFY2(!out.contains(from.toUtf8()), qPrintable(from));
        }
        // Still valid NDJSON, still importable.
        const ParseResult back = RecordParser::parse(out, ParseOptions());
        QVERIFY(back.ok());
        QCOMPARE(back.calls.size(), 100);
    }

    void cancelLeavesNothing()
    {
        const auto store = generatedStore(20000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.csv"));
        std::atomic<bool> cancel{ false };
        const auto res = CallExporter::write(path, *store, nullptr, CallExporter::Options(), &cancel,
                                             [&](qint64 done, qint64) { if (done > 1000) cancel = true; });
        QVERIFY(res.canceled);
        QVERIFY(!QFile::exists(path));
        const auto bad = CallExporter::write(dir.filePath(QStringLiteral("no/such/dir/x.csv")), *store, nullptr, {});
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error.isEmpty());
    }
};

QTEST_MAIN(TestCallExporter)
#include "tst_callexporter.moc"
