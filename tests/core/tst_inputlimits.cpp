// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and extreme local inputs through `cdr-inspector convert`, run as a subprocess the way
// a user runs it: each ends in the converted calls or a clear error naming what failed, never a
// crash, a hang or unbounded memory, and never a lost input file.

#include "seedbodies.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <csignal>
#include <unistd.h>

namespace {

struct Run
{
    bool finished = false;
    bool crashed = false;
    int code = -1;
    QString err;
};

// The limits a child runs under; applied between fork and exec.
struct ChildLimits
{
    rlim_t fileSize = RLIM_INFINITY; ///< RLIMIT_FSIZE: a "full disk" for this process only
    rlim_t memory = RLIM_INFINITY;   ///< RLIMIT_AS (not under ASan, which reserves terabytes)
    bool dropRoot = false;           ///< run as nobody, so folder permissions apply to a root runner
};

Run convert(const QStringList &args, const ChildLimits &limits = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([limits] {
        if (limits.fileSize != RLIM_INFINITY) {
            std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG, as on a full disk
            const rlimit r{limits.fileSize, limits.fileSize};
            setrlimit(RLIMIT_FSIZE, &r);
        }
        if (limits.memory != RLIM_INFINITY) {
            const rlimit r{limits.memory, limits.memory};
            setrlimit(RLIMIT_AS, &r);
        }
        if (limits.dropRoot && geteuid() == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        }
    });
    p.start(QStringLiteral(CDR_INSPECTOR_BIN), QStringList{QStringLiteral("convert")} + args);
    Run r;
    r.finished = p.waitForFinished(120000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.code = p.exitCode();
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

bool underAsan()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

QJsonObject plivoRecord()
{
    return QJsonDocument::fromJson(testutil::readFile(testutil::fixturePath("plivo_call_get_python_fixture.json"))).object();
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool write(const QString &p, const QByteArray &data)
    {
        QFile f(p);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }
    /// Converts one record to normalized JSON and returns the output's one call.
    QJsonObject convertOne(const QJsonObject &record, const QString &name, QString *err = nullptr)
    {
        const QString in = path(name + QStringLiteral(".json")), out = path(name + QStringLiteral(".out.json"));
        if (!write(in, QJsonDocument(record).toJson(QJsonDocument::Compact)))
            return {};
        const Run r = convert({in, QStringLiteral("-o"), out});
        if (err)
            *err = r.err;
        if (!r.finished || r.crashed || r.code != 0) {
            qWarning().noquote() << "convert failed:" << r.code << r.err;
            return {};
        }
        QJsonParseError pe;
        const QJsonArray a = QJsonDocument::fromJson(testutil::readFile(out), &pe).array();
        if (pe.error != QJsonParseError::NoError || a.size() != 1) {
            qWarning().noquote() << "not one call in valid JSON:" << pe.errorString();
            return {};
        }
        return a.first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!plivoRecord().isEmpty());
        // nobody (see dropRoot) must reach the files
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
    }

    void deeplyNestedJson_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("1000 levels") << 1000;
        QTest::newRow("100000 levels") << 100000;
        QTest::newRow("10 million levels") << 10000000;
    }
    // A field nested without end: refused or read, with a message; never a stack overflow.
    void deeplyNestedJson()
    {
        QFETCH(int, depth);
        QByteArray body = QJsonDocument(plivoRecord()).toJson(QJsonDocument::Compact);
        body.chop(1); // the closing brace
        body += ",\"extra\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
        const QString in = path(QStringLiteral("nested-%1.json").arg(depth));
        QVERIFY(write(in, body));
        const Run r = convert({in, QStringLiteral("-o"), path(QStringLiteral("nested.json"))});
        QVERIFY(r.finished);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        if (r.code != 0) {
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QFileInfo(in).fileName()), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("deep")) || r.err.contains(QLatin1String("nest")), qPrintable(r.err));
        }
    }

    // 10 MB strings are kept whole, in the number and in raw.
    void tenMegabyteStrings()
    {
        QJsonObject rec = plivoRecord();
        const QString big = QStringLiteral("+1") + QString(10 * 1024 * 1024, u'5');
        rec.insert(QStringLiteral("to_number"), big);
        rec.insert(QStringLiteral("hangup_cause_name"), QString(10 * 1024 * 1024, u'x'));
        const QJsonObject call = convertOne(rec, QStringLiteral("big"));
        QVERIFY(!call.isEmpty());
        QCOMPARE(call.value(QLatin1String("to")).toString().size(), big.size());
    }

    // Numbers out of range: read when they are numbers, dropped with a warning naming the field
    // when they are not; the output stays valid JSON (no NaN, no Infinity).
    void numbersOutOfRange()
    {
        QJsonObject rec = plivoRecord();
        rec.insert(QStringLiteral("bill_duration"), 1e308);
        rec.insert(QStringLiteral("call_duration"), QStringLiteral("NaN"));
        rec.insert(QStringLiteral("total_amount"), QStringLiteral("-0"));
        rec.insert(QStringLiteral("total_rate"), QStringLiteral("1e400"));
        QString err;
        const QJsonObject call = convertOne(rec, QStringLiteral("numbers"), &err);
        QVERIFY(!call.isEmpty());
        QVERIFY2(err.contains(QLatin1String("call_duration")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("total_rate")), qPrintable(err));
        QVERIFY(call.value(QLatin1String("rate")).isNull());
        QVERIFY(!call.value(QLatin1String("duration_s")).isDouble()
                || std::isfinite(call.value(QLatin1String("duration_s")).toDouble()));
        const QJsonValue cost = call.value(QLatin1String("cost"));
        QVERIFY(cost.isNull() || cost.isUndefined() || cost.toDouble() == 0.0);
    }

    // Years 9999 and 1969 are read without harm, and no call can have them (CallValidator: times
    // before 1990 or after 2100 are dropped to null and named in "invalid").
    void extremeYears()
    {
        QJsonObject rec = plivoRecord();
        rec.insert(QStringLiteral("initiation_time"), QStringLiteral("1969-07-20 20:17:40+00:00"));
        rec.insert(QStringLiteral("answer_time"), QStringLiteral("1969-07-20 20:17:41+00:00"));
        rec.insert(QStringLiteral("end_time"), QStringLiteral("9999-12-31 23:59:59+00:00"));
        const QJsonObject call = convertOne(rec, QStringLiteral("years"));
        QVERIFY(!call.isEmpty());
        QVERIFY(call.value(QLatin1String("start_time")).isNull());
        QVERIFY(call.value(QLatin1String("end_time")).isNull());
        const QJsonArray invalid = call.value(QLatin1String("invalid")).toArray();
        QVERIFY(invalid.contains(QStringLiteral("start_time")));
        QVERIFY(invalid.contains(QStringLiteral("end_time")));
    }

    // A duration of 10^12 s is a number like any other; it is kept and written back exactly.
    void hugeDuration()
    {
        QJsonObject rec = plivoRecord();
        rec.insert(QStringLiteral("call_duration"), 1e12);
        const QJsonObject call = convertOne(rec, QStringLiteral("duration"));
        QVERIFY(!call.isEmpty());
        QCOMPARE(call.value(QLatin1String("duration_s")).toDouble(), 1e12);
    }

    // An id sent as a number above 2^53 keeps every digit (a double would round it).
    void idsAbove2To53()
    {
        QByteArray body = testutil::readFile(testutil::fixturePath("plivo_call_get_python_fixture.json"));
        const QByteArray uuid = QJsonDocument::fromJson(body).object().value(QLatin1String("call_uuid")).toString().toLatin1();
        QVERIFY(!uuid.isEmpty());
        body.replace(QByteArray('"' + uuid + '"'), QByteArray("9007199254740993"));
        const QString in = path(QStringLiteral("bigid.json")), out = path(QStringLiteral("bigid.out.json"));
        QVERIFY(write(in, body));
        const Run r = convert({in, QStringLiteral("-o"), out});
        QVERIFY2(r.finished && !r.crashed && r.code == 0, qPrintable(r.err));
        const QJsonArray a = QJsonDocument::fromJson(testutil::readFile(out)).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("9007199254740993"));
    }

    // convert X -o X is refused before anything is written, also through a symlink; X is intact.
    void outputOntoItsOwnInput()
    {
        const QByteArray body = testutil::readFile(testutil::fixturePath("vobiz_cdr_list_wiremock.json"));
        const QString in = path(QStringLiteral("self.json"));
        QVERIFY(write(in, body));
        Run r = convert({in, QStringLiteral("-o"), in});
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("also an input")), qPrintable(r.err));
        QCOMPARE(testutil::readFile(in), body);

        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(in, link));
        r = convert({in, QStringLiteral("-o"), link});
        QCOMPARE(r.code, 2);
        QCOMPARE(testutil::readFile(in), body);

        // A hard link is another name for the same file: whatever convert does, the input survives.
        const QString hard = path(QStringLiteral("hard.json"));
        QCOMPARE(::link(QFile::encodeName(in).constData(), QFile::encodeName(hard).constData()), 0);
        r = convert({in, QStringLiteral("-o"), hard});
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(testutil::readFile(in), body);
    }

    void outputIntoAMissingFolder()
    {
        const Run r = convert({testutil::fixturePath("vobiz_cdr_list_wiremock.json"), QStringLiteral("-o"),
                               path(QStringLiteral("no/such/folder/out.json"))});
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no/such/folder")), qPrintable(r.err));
    }

    void outputIntoAReadOnlyFolder()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QString input = path(QStringLiteral("ro-input.json"));
        QVERIFY(QFile::copy(testutil::fixturePath("vobiz_cdr_list_wiremock.json"), input));
        QFile::setPermissions(input, QFileDevice::Permissions(0x6444));
        ChildLimits limits;
        limits.dropRoot = true;
        const Run r = convert({input, QStringLiteral("-o"), folder + QStringLiteral("/out.json")}, limits);
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("readonly")), qPrintable(r.err));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A full disk while writing: an error, and no half-written output left behind.
    void outputOntoAFullDisk()
    {
        // ~1 MB of calls against a 64 KB file size limit.
        const QByteArray one = testutil::readFile(testutil::fixturePath("vobiz_cdr_list_wiremock.json"));
        const QString in = path(QStringLiteral("many.ndjson"));
        QByteArray many;
        const QJsonArray objects = QJsonDocument::fromJson(one).object().value(QLatin1String("data")).toArray();
        QVERIFY(!objects.isEmpty());
        for (int i = 0; many.size() < 1024 * 1024; ++i) {
            QJsonObject o = objects.at(i % objects.size()).toObject();
            o.insert(QStringLiteral("uuid"), QStringLiteral("call-%1").arg(i));
            many += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        QVERIFY(write(in, many));
        const QString out = path(QStringLiteral("full/out.json"));
        QVERIFY(QDir().mkpath(QFileInfo(out).path()));
        ChildLimits limits;
        limits.fileSize = 64 * 1024;
        const Run r = convert({in, QStringLiteral("-o"), out}, limits);
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("out.json")), qPrintable(r.err));
        QVERIFY(QDir(QFileInfo(out).path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // /dev/zero never ends and has no size: bounded memory, a clear error, no bad_alloc.
    void devZeroAsInput()
    {
        ChildLimits limits;
        if (!underAsan())
            limits.memory = rlim_t(2) << 30;
        const Run r = convert({QStringLiteral("/dev/zero"), QStringLiteral("-o"), path(QStringLiteral("zero.json"))}, limits);
        QVERIFY(r.finished);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("/dev/zero")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("zero.json"))));
    }

    void directoryAsInput()
    {
        const Run r = convert({m_dir.path(), QStringLiteral("-o"), path(QStringLiteral("dir.json"))});
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("director")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("dir.json"))));
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
