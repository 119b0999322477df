// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a damaged or unwritable archive (issue 14), as the real binary: `export`,
// `scorecard` and `import` on a bit-flipped or truncated archive file say that it is damaged,
// name it, and name the command that recovers it; `recover` copies every readable call into a
// new archive (the damaged file unchanged); a full disk (RLIMIT_FSIZE) and a read-only folder
// fail with a message naming the archive and lose none of the calls archived before.
// (The library side of the same faults: tst_archivesafety.)

#include <sim/trafficgenerator.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/resource.h>
#include <csignal>
#include <unistd.h>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCalls = 3000;

struct Run
{
    int code = -1;
    QString err;
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Ids of the calls in a normalized CSV export (the id is a column of its header).
QSet<QString> csvIds(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    const int column = int(lines.value(0).trimmed().split(',').indexOf("id"));
    QSet<QString> ids;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            ids.insert(QString::fromUtf8(lines.at(i).split(',').value(column)));
    }
    return ids;
}

} // namespace

class TestArchiveDamageCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_input;      // kCalls generated records, all four providers
    QString m_small;      // the first 500 of them
    QSet<QString> m_ids;  // the ids of m_input
    QSet<QString> m_smallIds;

    Run run(const QStringList &args, const std::function<void()> &inChild = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CDR_ARCHIVE"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        if (inChild)
            p.setChildProcessModifier(inChild);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
        if (!p.waitForFinished(600000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }

    /// A closed archive of the input's calls; leaves gets the pages holding rows of `calls`.
    QString makeArchive(const QString &name, QList<qint64> *leaves)
    {
        const QString path = m_dir.filePath(name);
        const Run r = run({u"import"_s, u"--archive"_s, path, u"-q"_s, m_input});
        if (r.code != 0) {
            qWarning() << r.err;
            return {};
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf' ORDER BY pageno"_s);
                while (q.next())
                    *leaves << q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return QFileInfo(path + u"-wal"_s).size() > 0 ? QString() : path;
    }

    static void saysDamagedAndHowToRecover(const Run &r, const QString &archive)
    {
        QVERIFY2(r.code == 1, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(QFileInfo(archive).fileName()), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"malformed") || r.err.contains(u"damaged"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"cdr-inspector recover "_s + archive + u" -o "_s), qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const TrafficGenerator gen(21, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                   QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), kCalls);
        QJsonArray all;
        QJsonArray small;
        for (int i = 0; i < kCalls; ++i) {
            const Provider p = Provider(1 + i % 4);
            const QJsonObject record = gen.record(p, i / 4);
            all.append(record);
            if (i < 500)
                small.append(record);
        }
        m_input = m_dir.filePath(u"input.json"_s);
        m_small = m_dir.filePath(u"small.json"_s);
        for (const auto &[path, array] : {std::pair{m_input, all}, std::pair{m_small, small}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
        }
        // What the archive holds for them, as export writes it (the reference for every case).
        const QString reference = m_dir.filePath(u"reference.sqlite"_s);
        QCOMPARE(run({u"import"_s, u"--archive"_s, reference, u"-q"_s, m_input}).code, 0);
        QCOMPARE(run({u"export"_s, u"--archive"_s, reference, u"-q"_s, u"-o"_s, m_dir.filePath(u"reference.csv"_s)}).code, 0);
        m_ids = csvIds(m_dir.filePath(u"reference.csv"_s));
        QCOMPARE(m_ids.size(), kCalls);
        QCOMPARE(run({u"import"_s, u"--archive"_s, m_dir.filePath(u"small.sqlite"_s), u"-q"_s, m_small}).code, 0);
        QCOMPARE(run({u"export"_s, u"--archive"_s, m_dir.filePath(u"small.sqlite"_s), u"-q"_s, u"-o"_s,
                      m_dir.filePath(u"small.csv"_s)}).code, 0);
        m_smallIds = csvIds(m_dir.filePath(u"small.csv"_s));
        QCOMPARE(m_smallIds.size(), 500);
    }

    void damagedArchive_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bit-flipped pages") << u"flip"_s;
        QTest::newRow("truncated to 60%") << u"truncate"_s;
    }
    void damagedArchive()
    {
        QFETCH(QString, damage);
        QList<qint64> leaves;
        const QString path = makeArchive(damage + u".sqlite"_s, &leaves);
        QVERIFY(!path.isEmpty());
        QVERIFY(leaves.size() > 10);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 page = 4096;
            if (damage == u"truncate") {
                QVERIFY(f.resize((f.size() * 6 / 10) / page * page + 1234));
            } else {
                const qint64 n = leaves.size();
                for (qint64 p : {leaves.at(n / 3), leaves.at(n / 3 + 1), leaves.at(n / 2)}) {
                    f.seek((p - 1) * page);
                    QByteArray bytes = f.read(page);
                    for (char &b : bytes)
                        b = char(b ^ 0x5A);
                    f.seek((p - 1) * page);
                    f.write(bytes);
                }
            }
        }
        const QByteArray damagedHash = sha(path);

        // Every command that reads the archive says it is damaged and how to recover it.
        saysDamagedAndHowToRecover(run({u"export"_s, u"--archive"_s, path, u"-o"_s, m_dir.filePath(damage + u"-export.csv"_s)}), path);
        QVERIFY(!QFile::exists(m_dir.filePath(damage + u"-export.csv"_s))); // no partial file passed off as whole
        saysDamagedAndHowToRecover(run({u"scorecard"_s, u"--archive"_s, path, u"-o"_s, m_dir.filePath(damage + u"-score.csv"_s)}), path);
        QCOMPARE(sha(path), damagedHash);
        // (An import that only touches sound pages succeeds, as SQLite only sees damage it reads:
        // this one updates every call, those on the damaged pages too.)
        saysDamagedAndHowToRecover(run({u"import"_s, u"--archive"_s, path, m_input}), path);

        // recover: every readable call into a new archive; the damaged file as it was.
        const QByteArray beforeRecover = sha(path);
        const QString recovered = m_dir.filePath(damage + u"-recovered.sqlite"_s);
        const Run r = run({u"recover"_s, path, u"-o"_s, recovered});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"recovered "_s) && r.err.contains(u"was not changed"), qPrintable(r.err));
        QCOMPARE(sha(path), beforeRecover);
        const QString out = m_dir.filePath(damage + u"-recovered.csv"_s);
        const Run e = run({u"export"_s, u"--archive"_s, recovered, u"-o"_s, out});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        const QSet<QString> back = csvIds(out);
        QVERIFY2(back.size() < kCalls, "nothing was damaged?");
        QVERIFY2(back.size() > kCalls / 2, qPrintable(QString::number(back.size())));
        QVERIFY(m_ids.contains(back)); // only calls that were archived, none made up
        // English plural forms (translations/en.json): "1 call", "2 calls".
        QVERIFY2(r.err.contains((back.size() == 1 ? u"recovered %1 call"_s : u"recovered %1 calls"_s).arg(back.size())),
                 qPrintable(r.err));
        // The recovered archive is an ordinary one: importing into it works.
        QCOMPARE(run({u"import"_s, u"--archive"_s, recovered, u"-q"_s, m_small}).code, 0);

        // recover never overwrites.
        const Run again = run({u"recover"_s, path, u"-o"_s, recovered});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(u"already exists"), qPrintable(again.err));
    }

    void recoverNeedsAnArchiveFile()
    {
        const Run r = run({u"recover"_s, m_dir.filePath(u"missing.sqlite"_s), u"-o"_s, m_dir.filePath(u"x.sqlite"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"missing.sqlite"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.sqlite"_s)));
        QCOMPARE(run({u"recover"_s, m_dir.filePath(u"reference.sqlite"_s)}).code, 2); // no -o
    }

    void fullDiskKeepsWhatWasArchived()
    {
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        QCOMPARE(run({u"import"_s, u"--archive"_s, path, u"-q"_s, m_small}).code, 0);
        const qint64 limit = QFileInfo(path).size() + 512 * 1024;
        const Run r = run({u"import"_s, u"--archive"_s, path, m_input}, [limit] {
            std::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead of killing the process
            rlimit tight{};
            getrlimit(RLIMIT_FSIZE, &tight);
            tight.rlim_cur = rlim_t(limit);
            setrlimit(RLIMIT_FSIZE, &tight);
        });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"full.sqlite"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"full") || r.err.contains(u"large"), qPrintable(r.err));
        // Every call archived before is still there, and the archive still reads.
        const QString out = m_dir.filePath(u"full.csv"_s);
        const Run e = run({u"export"_s, u"--archive"_s, path, u"-o"_s, out});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        const QSet<QString> ids = csvIds(out);
        QVERIFY(ids.contains(m_smallIds));
        QVERIFY(m_ids.contains(ids));
    }

    void readOnlyFolderRefusesWritesAndKeepsTheFile()
    {
        if (geteuid() != 0)
            QSKIP("needs root to run the binary as nobody (root ignores folder permissions)");
        // A folder only its owner (root) may write; the commands run as nobody.
        const QString folder = m_dir.filePath(u"readonly"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/ro.sqlite"_s;
        QVERIFY(QFile::copy(m_dir.filePath(u"small.sqlite"_s), path));
        const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto enter = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(path, all | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(folder, all | enter | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(m_dir.path(), all | enter | QFileDevice::WriteOwner));
        const QByteArray before = sha(path);
        auto asNobody = [] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(97);
        };
        const Run r = run({u"import"_s, u"--archive"_s, path, m_input}, asNobody);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"ro.sqlite"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"read-only") || r.err.contains(u"readonly") || r.err.contains(u"unable to open"),
                 qPrintable(r.err));
        QCOMPARE(sha(path), before);
        QVERIFY(!r.err.contains(u"cdr-inspector recover")); // not damage: no recovery offered
    }
};

QTEST_GUILESS_MAIN(TestArchiveDamageCli)
#include "tst_archivedamagecli.moc"
