// SPDX-License-Identifier: GPL-3.0-or-later
// The archive under damage: a truncated or bit-flipped file, a full disk and a read-only folder.
// Each case reports what happened, keeps every call that was already archived, and (for damage)
// recovers every readable call into a new archive that passes verify().

#include <storage/callarchive.h>

#include <core/bulkrow.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <csignal>
#include <unistd.h>

using namespace cdr;

namespace {

QList<Call> someCalls(int n, int offset = 0)
{
    const TrafficGenerator gen(11, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), 1000000);
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(gen.record(Provider(1 + i % 4), offset + i));
    ParseOptions o;
    o.account = QStringLiteral("acct");
    return RecordParser::parse(QJsonDocument(a).toJson(), o).calls;
}

// Collects the ids a load hands over.
class IdSink : public BulkSink
{
public:
    bool addRow(const BulkRow &row) override
    {
        ids.insert(QString::fromUtf8(row.id));
        return true;
    }
    QSet<QString> ids;
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

constexpr int kCalls = 3000;

} // namespace

class TestArchiveSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSet<QString> m_allIds;

    /// A closed archive of kCalls calls (its WAL checkpointed into the file); leafPages gets
    /// the pages that hold rows of the calls table.
    QString makeArchive(const QString &name, QList<qint64> *leafPages = nullptr)
    {
        const QString path = m_dir.filePath(name);
        CallArchive a;
        QString error;
        if (!a.open(path, &error)) {
            qWarning() << error;
            return {};
        }
        const QList<Call> calls = someCalls(kCalls);
        m_allIds.clear();
        for (const Call &c : calls)
            m_allIds.insert(c.id);
        if (!a.insertCalls(calls) || a.count() != kCalls)
            return {};
        if (leafPages) {
            QSqlQuery q(a.database());
            if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf' ORDER BY pageno")))
                qWarning() << "no dbstat:" << q.lastError().text();
            while (q.next())
                *leafPages << q.value(0).toLongLong();
        }
        a.close();
        return QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo(path + QStringLiteral("-wal")).size() > 0
            ? QString() : path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to 60%") << QStringLiteral("truncate");
        QTest::newRow("bit-flipped pages in the middle") << QStringLiteral("flip");
        QTest::newRow("a zeroed page") << QStringLiteral("zero");
    }
    void damagedFile()
    {
        QFETCH(QString, damage);
        QList<qint64> leaves;
        const QString path = makeArchive(damage + QStringLiteral(".sqlite"), &leaves);
        QVERIFY(!path.isEmpty());
        QVERIFY(leaves.size() > 10);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            const qint64 page = 4096;
            QVERIFY(size > 40 * page);
            if (damage == u"truncate") {
                QVERIFY(f.resize((size * 6 / 10) / page * page + 1234));
            } else {
                // Leaf pages of the calls table well inside the file (pageno is 1-based).
                const qint64 n = leaves.size();
                for (qint64 p : {leaves.at(n / 3), leaves.at(n / 3 + 1), leaves.at(n / 2)}) {
                    f.seek((p - 1) * page);
                    QByteArray bytes = f.read(page);
                    for (qsizetype i = 0; i < bytes.size(); ++i)
                        bytes[i] = damage == u"zero" ? char(0) : char(bytes[i] ^ 0x5A);
                    f.seek((p - 1) * page);
                    f.write(bytes);
                    if (damage == u"zero")
                        break;
                }
            }
        }
        const QByteArray damagedHash = sha(path);

        const QString recovered = m_dir.filePath(damage + QStringLiteral("-recovered.sqlite"));
        CallArchive a;
        QString error;
        if (!a.open(path, &error)) {
            // A truncated file cannot be opened at all (its header claims pages that are gone):
            // the error says so, and recovery still gets the calls before the cut.
            QCOMPARE(damage, QStringLiteral("truncate"));
            QVERIFY2(error.contains(QFileInfo(path).fileName()) && error.contains(QLatin1String("malformed")),
                     qPrintable(error));
            const ArchiveRecovery::Result r = ArchiveRecovery::recover(path, recovered);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.calls > kCalls / 3 && r.calls < kCalls, qPrintable(QString::number(r.calls)));
            QCOMPARE(sha(path), damagedHash);
            CallArchive b;
            QVERIFY2(b.open(recovered, &error), qPrintable(error));
            QString details;
            QVERIFY2(b.verify(&details), qPrintable(details));
            QCOMPARE(b.count(), r.calls);
            IdSink got;
            QVERIFY(b.load(got));
            QVERIFY(m_allIds.contains(got.ids));
            return;
        }
        IdSink sink;
        qint64 rows = 0;
        // Before RowScan the load stopped at the first bad page and said nothing more.
        QVERIFY(!a.load(sink, nullptr, &rows));
        QCOMPARE(rows, qint64(sink.ids.size()));
        QVERIFY2(rows > 0 && rows < kCalls, qPrintable(QString::number(rows)));
        QVERIFY(sink.ids.size() > kCalls / 3); // more than what precedes the first damage
        QVERIFY(m_allIds.contains(sink.ids));
        QVERIFY2(a.damage().contains(QLatin1String("damaged")), qPrintable(a.damage()));
        QVERIFY2(a.damage().contains(QFileInfo(path).fileName()), qPrintable(a.damage()));
        QVERIFY2(a.damage().contains(QString::number(rows)), qPrintable(a.damage()));
        QCOMPARE(a.lastError(), a.damage());

        // Recovery: every call the load could read, in a new archive that verifies.
        const ArchiveRecovery::Result r = a.recoverInto(recovered);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls, rows);
        QVERIFY(r.damagedRegions > 0);
        a.close();
        QCOMPARE(sha(path), damagedHash); // the damaged file is left as it was

        CallArchive b;
        QVERIFY2(b.open(recovered, &error), qPrintable(error));
        QString details;
        QVERIFY2(b.verify(&details), qPrintable(details));
        QCOMPARE(b.count(), rows);
        IdSink again;
        QVERIFY2(b.load(again), qPrintable(b.lastError()));
        QCOMPARE(again.ids, sink.ids);
        QVERIFY(b.damage().isEmpty());
        // A recovered call is whole: the stored normalized call reads back.
        const QString someId = *again.ids.cbegin();
        bool found = false;
        for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro})
            found = found || b.call(p, QStringLiteral("acct"), someId).has_value();
        QVERIFY(found);

        // Recovery never writes over an existing file.
        const ArchiveRecovery::Result twice = ArchiveRecovery::recover(path, recovered);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error.contains(QLatin1String("already exists")), qPrintable(twice.error));
    }

    void undamagedArchiveLoadsCleanly()
    {
        const QString path = makeArchive(QStringLiteral("clean.sqlite"));
        QVERIFY(!path.isEmpty());
        CallArchive a;
        QVERIFY(a.open(path));
        IdSink sink;
        qint64 rows = 0;
        QVERIFY2(a.load(sink, nullptr, &rows), qPrintable(a.lastError()));
        QCOMPARE(rows, kCalls);
        QCOMPARE(sink.ids, m_allIds);
        QVERIFY(a.damage().isEmpty());
    }

    // A full disk (RLIMIT_FSIZE) mid-insert: a clear error, and every call archived before it
    // is still there and the archive verifies.
    void fullDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        const QList<Call> first = someCalls(500);
        const QList<Call> more = someCalls(4000, 100000);
        {
            CallArchive a;
            QVERIFY(a.open(path));
            QVERIFY(a.insertCalls(first));
            rlimit old{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
            const auto previous = std::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead
            const rlimit tight{rlim_t(QFileInfo(path).size() + 256 * 1024), old.rlim_max};
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
            const bool ok = a.insertCalls(more);
            const QString error = a.lastError();
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
            std::signal(SIGXFSZ, previous);
            QVERIFY(!ok);
            QVERIFY2(error.contains(QLatin1String("full")) || error.contains(QLatin1String("disk")), qPrintable(error));
            QCOMPARE(a.count(), first.size()); // the failed batch left nothing behind
        }
        CallArchive b;
        QVERIFY(b.open(path));
        QCOMPARE(b.count(), first.size());
        QString details;
        QVERIFY2(b.verify(&details), qPrintable(details));
        QVERIFY(b.insertCalls(more.mid(0, 10))); // with space again, writing works
        QCOMPARE(b.count(), first.size() + 10);
    }

    // A read-only folder: opening says so, and the calls in it stay readable and untouched.
    void readOnlyFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/archive.sqlite");
        {
            CallArchive a;
            QVERIFY(a.open(path));
            QVERIFY(a.insertCalls(someCalls(100)));
        }
        const QByteArray before = sha(path);
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        QFile::setPermissions(path, QFileDevice::Permissions(0x4444));
        QFile::setPermissions(folder, QFileDevice::Permissions(0x5555));
        // Root ignores permissions: act as nobody for the duration, as a user would be.
        const bool root = geteuid() == 0;
        if (root)
            QCOMPARE(seteuid(65534), 0);
        QString error;
        bool opened = false, inserted = false;
        qint64 count = -1;
        {
            CallArchive a;
            opened = a.open(path, &error);
            if (opened) {
                count = a.count();
                inserted = a.insertCalls(someCalls(5, 5000));
                error = a.lastError();
            }
        }
        if (root)
            QCOMPARE(seteuid(0), 0);
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
        QVERIFY(!inserted);
        if (opened)
            QCOMPARE(count, 100); // readable as it is
        QVERIFY2(error.contains(QLatin1String("read-only")) || error.contains(QLatin1String("readonly")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("archive.sqlite")) || error.contains(QLatin1String("/ro")),
                 qPrintable(error));
        QCOMPARE(sha(path), before);
        CallArchive b;
        QVERIFY(b.open(path));
        QCOMPARE(b.count(), 100);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSafety)
#include "tst_archivesafety.moc"
