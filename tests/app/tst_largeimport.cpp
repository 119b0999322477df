// SPDX-License-Identifier: GPL-3.0-or-later
// A large file opened in the window (issue 14: "a 1 GB file import, streamed and cancellable in
// the GUI, at bounded memory"). The file is CarrierX NDJSON from the traffic generator, 64 MB
// by default so the suite stays quick; CDR_LARGE_IMPORT_MB=1024 makes it the 1 GB run that
// docs/reliability.md reports. Asserts that every call arrives in the view and the archive,
// that the import streams (at its peak the process holds less than half the file, plus 64 MB,
// beyond what stays once it is done; a reader that held the file or its parse would hold more
// than the file; what it does hold is mostly calls waiting for the archive), and that cancelling stops it early with what was read kept. Prints
// time and memory (not asserted). Run the 1 GB case with QTEST_FUNCTION_TIMEOUT=3600000.

#include <models/calltablemodel.h>
#include <sim/trafficgenerator.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/fileimportjob.h>
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
    QElapsedTimer t;
    t.start();
    while (!ready() && t.elapsed() < ms)
        QTest::qWait(50);
    return ready();
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
        QCOMPARE(qint64(w.model()->rowCount()), m_calls);
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }, 3600 * 1000));
        const qint64 archivedMs = clock.elapsed();
        QCOMPARE(w.library()->count(), m_calls);
        const double peak = memoryMb("VmHWM:");
        const double fileMb = double(QFileInfo(m_path).size()) / 1048576.0;
        qInfo("%.0f MB, %lld calls: in the view after %.1f s, archived after %.1f s; RSS %.0f MB before, "
              "peak %.0f MB, %.0f MB after", fileMb, qlonglong(m_calls), shownMs / 1000.0, archivedMs / 1000.0,
              before, peak, memoryMb("VmRSS:"));
        // The view keeps its calls in memory (CallStore), so what stays grows with the calls;
        // streaming shows in what the import needs beyond that: its buffers, not the file.
        const double after = memoryMb("VmRSS:");
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed blocks in its quarantine (256 MB by default) and pads every
        // allocation: RSS measures the sanitizer there, not the import (203 MB "beyond" measured).
        QSKIP("memory bound not measurable under AddressSanitizer; the counts above were checked");
#endif
        QVERIFY2(peak - after < 64 + fileMb / 2,
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
