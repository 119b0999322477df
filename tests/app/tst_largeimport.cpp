// SPDX-License-Identifier: GPL-3.0-or-later
// A large file opened in the window (issue 14: "a 1 GB file import, streamed and cancellable in
// the GUI, at bounded memory"). The file is CarrierX NDJSON from the traffic generator, 64 MB
// by default so the suite stays quick; CDR_LARGE_IMPORT_MB=1024 makes it the 1 GB run that
// docs/reliability.md reports. Asserts that every call arrives in the view and the archive and
// that memory is bounded, as figures relative to the file (no timing):
// - back-pressure: the calls on their way to the archive never exceed twice the WriteBacklog's
//   limit (without it, the reader ran ahead of the archive writer by most of the file);
// - what stays once the import is done (the table's CallStore; the rest of each call is read
//   back from the archive when selected) is less than a third of the file, plus 32 MB
//   (before: 3.3 KB a call, more than twice the file);
// - what the import needs at its peak beyond that is under 96 MB, whatever the file's size.
// Cancelling stops it early with what was read kept. Prints time and memory. Run the 1 GB case
// with QTEST_FUNCTION_TIMEOUT=3600000.

#include <models/calltablemodel.h>
#include <sim/trafficgenerator.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/fileimportjob.h>
#include <session/writebacklog.h>
#include <ui/mainwindow.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

// The process's resident memory now (VmRSS) or at its peak (VmHWM), in MB.
double memoryMb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &ready, int ms)
{
    return QTest::qWaitFor(ready, ms);
}

} // namespace

class TestLargeImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_calls = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        bool ok = false;
        int mb = qEnvironmentVariableIntValue("CDR_LARGE_IMPORT_MB", &ok);
        if (!ok || mb <= 0)
            mb = 64;
        const qint64 target = qint64(mb) * 1024 * 1024;
        const QDateTime end(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        // Sized for far more calls than needed: the generator's ids must not repeat.
        const TrafficGenerator gen(9, end.addDays(-30), end, target / 500);
        m_path = m_dir.filePath(u"large.ndjson"_s);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        qint64 written = 0;
        while (written < target) {
            written += f.write(QJsonDocument(gen.record(Provider::CarrierX, m_calls)).toJson(QJsonDocument::Compact) + '\n');
            ++m_calls;
        }
        f.close();
        qInfo("generated %lld calls, %.0f MB", qlonglong(m_calls), double(written) / 1048576.0);
    }

    void importStreamsAtBoundedMemory()
    {
        AppSettings settings(m_dir.filePath(u"large.ini"_s));
        MainWindow w(settings);
        QVERIFY(w.openArchive(m_dir.filePath(u"large.sqlite"_s)));
        QTest::qWait(100);
        const double before = memoryMb("VmRSS:");
        QElapsedTimer clock;
        clock.start();
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles({m_path});
        QVERIFY(loaded.wait(3600 * 1000));
        const qint64 shownMs = clock.elapsed();
        QCOMPARE(loaded.first().at(0).toLongLong(), m_calls);
        // Rows that arrive while a sort/filter job runs are shown when it lands.
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }, 3600 * 1000));
        QCOMPARE(qint64(w.model()->rowCount()), m_calls);
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }, 3600 * 1000));
        const qint64 archivedMs = clock.elapsed();
        QCOMPARE(w.library()->count(), m_calls);
        const double peak = memoryMb("VmHWM:");
        const double after = memoryMb("VmRSS:");
        const double fileMb = double(QFileInfo(m_path).size()) / 1048576.0;
        const WriteBacklog &backlog = *w.library()->writeBacklog();
        qInfo("%.0f MB, %lld calls: in the view after %.1f s, archived after %.1f s; RSS %.0f MB before, "
              "peak %.0f MB, %.0f MB after (%.0f B a call stays); at most %lld calls queued for the archive",
              fileMb, qlonglong(m_calls), shownMs / 1000.0, archivedMs / 1000.0, before, peak, after,
              (after - before) * 1048576.0 / double(m_calls), qlonglong(backlog.highWater()));
        // Back-pressure: the limit, plus a batch posted while the last wait ended and the batch
        // being handed from the import's count to the archive's.
        QVERIFY2(backlog.highWater() <= 2 * backlog.limit(),
                 qPrintable(u"%1 calls were queued for the archive at once (limit %2)"_s.arg(backlog.highWater()).arg(backlog.limit())));
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed blocks in its quarantine (256 MB by default) and pads every
        // allocation: RSS measures the sanitizer there, not the import (203 MB "beyond" measured).
        QSKIP("memory bound not measurable under AddressSanitizer; the counts above were checked");
#endif
        QVERIFY2(after - before < 32 + fileMb / 3,
                 qPrintable(u"%1 MB stayed after importing a %2 MB file"_s.arg(after - before).arg(fileMb)));
        QVERIFY2(peak - after < 96,
                 qPrintable(u"the import needed %1 MB beyond what stays, for a %2 MB file"_s.arg(peak - after).arg(fileMb)));
    }

    void cancelStopsEarlyAndKeepsWhatWasRead()
    {
        AppSettings settings(m_dir.filePath(u"cancel.ini"_s));
        MainWindow w(settings);
        QVERIFY(w.openArchive(m_dir.filePath(u"cancel.sqlite"_s)));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles({m_path});
        auto *job = w.findChild<FileImportJob *>();
        QVERIFY(job);
        // Cancel once calls are arriving: mid-file, not before the first byte.
        QVERIFY(waitFor([&w] { return w.model()->rowCount() > 0; }, 600 * 1000));
        job->cancel();
        QVERIFY(loaded.wait(600 * 1000) || !loaded.isEmpty());
        const qint64 kept = w.model()->rowCount();
        QVERIFY2(kept > 0 && kept < m_calls, qPrintable(QString::number(kept)));
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }, 600 * 1000));
        QCOMPARE(w.library()->count(), kept); // what the view shows is what was archived
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }, 600 * 1000));
        QVERIFY2(w.statusText().contains(QString::number(kept)), qPrintable(w.statusText()));
    }
};

QTEST_MAIN(TestLargeImport)
#include "tst_largeimport.moc"
