// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets sentinel (issue 14): one recognisable token is the credential of every fake
// provider account, and the app is used as a person would with it: `fetch` from each provider
// into each format, provider errors that quote the credential back, `import`, `export` (plain
// and redacted), `report` and `scorecard` (PDF, SVG, PNG, CSV, JSON), then the window: a fetch
// through the toolbar, a failing one, an export, the settings saved, a screenshot. Afterwards
// every byte written under the test's HOME (settings, archives and their WAL, exports, reports,
// logs), every stdout/stderr of the child processes, every Qt message of this process (the
// project's debug logging on) and every text the window shows are searched for the sentinel
// in every spelling that was sent (raw, Base64 of `id:token`, Bearer); the test wants zero hits.
// A control at the start proves the token really went out as the credential, and the scanner
// is shown to find each spelling when it is there. Redacted exports and the redacted report are
// also checked to hold no phone number and no IP address of their input.
//
// The project has no crash handler: what a crash would print goes to stderr, which is captured.

#include "fakecredentialstore.h"

#include <fakeprovider/fakeproviderserver.h>
#include <models/calltablemodel.h>
#include <providers/accountprofile.h>
#include <sim/trafficgenerator.h>
#include <session/appsettings.h>
#include <session/fetchcontroller.h>
#include <ui/mainwindow.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

QByteArray g_messages; // every Qt message of this process
QtMessageHandler g_previous = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_messages += QByteArray(context.category ? context.category : "default") + ": " + text.toUtf8() + '\n';
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, text);
}

} // namespace

class TestSecretSentinel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_sentinel = u"CDRSENTINEL-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    TrafficGenerator m_generator{14, m_now.addDays(-2), m_now, 300};
    FakeProviderServer *m_server = nullptr;
    QList<QPair<QString, QByteArray>> m_streams; // the children's stdout and stderr, named
    QString m_widgetTexts;                        // what the window showed
    const QStringList m_providers{u"plivo"_s, u"vobiz"_s, u"carrierx"_s, u"nexbro"_s};

    QString home() const { return m_dir.filePath(u"home"_s); }
    QString out(const QString &name) const { return m_dir.filePath(u"home/out/"_s + name); }

    /// Every spelling of the sentinel a request carried (or a careless message could hold).
    QList<QByteArray> spellings() const
    {
        const QByteArray token = m_sentinel.toUtf8();
        QList<QByteArray> s{token, token.toBase64()};
        for (const QString &id : {TrafficGenerator::plivoAuthId(), TrafficGenerator::vobizAuthId()}) {
            const QByteArray pair = id.toUtf8() + ':' + token;
            s << pair;
            for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
                s << pair.toBase64(options) << pair.toBase64(options | QByteArray::OmitTrailingEquals);
        }
        s << QByteArray(reinterpret_cast<const char *>(m_sentinel.utf16()), m_sentinel.size() * 2); // UTF-16
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        return s;
    }
    /// The spellings found in bytes (case-insensitively for the raw token: a header may be lower-cased).
    QStringList hits(const QByteArray &bytes) const
    {
        QStringList found;
        for (const QByteArray &s : spellings()) {
            if (bytes.contains(s))
                found << QString::fromLatin1(s.left(40));
        }
        if (found.isEmpty() && bytes.toLower().contains(m_sentinel.toUtf8().toLower()))
            found << u"(lower case)"_s;
        return found;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", "VOBIZ_AUTH_ID", "VOBIZ_AUTH_TOKEN",
                                 "CARRIERX_TOKEN", "NEXBRO_API_KEY", "NEXBRO_BASE_URL", "CDR_ARCHIVE"})
            e.remove(QLatin1String(name));
        e.insert(u"HOME"_s, home());
        e.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
        e.insert(u"XDG_DATA_HOME"_s, home() + u"/.local/share"_s);
        e.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
        e.insert(u"XDG_RUNTIME_DIR"_s, home() + u"/runtime"_s);
        e.insert(u"TMPDIR"_s, home() + u"/tmp"_s);
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        e.insert(u"QT_LOGGING_RULES"_s, u"cdr.*.debug=true"_s); // the project's logging, all of it
        e.insert(u"CDR_ARCHIVE"_s, out(u"cli.sqlite"_s));
        e.insert(u"PLIVO_AUTH_ID"_s, TrafficGenerator::plivoAuthId());
        e.insert(u"PLIVO_AUTH_TOKEN"_s, m_sentinel);
        e.insert(u"VOBIZ_AUTH_ID"_s, TrafficGenerator::vobizAuthId());
        e.insert(u"VOBIZ_AUTH_TOKEN"_s, m_sentinel);
        e.insert(u"CARRIERX_TOKEN"_s, m_sentinel);
        e.insert(u"NEXBRO_API_KEY"_s, m_sentinel);
        return e;
    }

    /// Runs cdr-inspector; keeps its output for the final search. Returns the exit code.
    int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(home());
        // The fake server lives in this thread: wait in an event loop, never in waitForFinished().
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
        if (!finished.wait(600000)) {
            p.kill();
            p.waitForFinished();
        }
        const QByteArray stdoutBytes = p.readAllStandardOutput();
        const QByteArray stderrBytes = p.readAllStandardError();
        m_streams.append({args.join(u' ') + u" (stdout)"_s, stdoutBytes});
        m_streams.append({args.join(u' ') + u" (stderr)"_s, stderrBytes});
        if (err)
            *err = QString::fromUtf8(stderrBytes);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    /// Phone numbers (7+ digits) and IPv4 addresses in the calls of a normalized JSON file.
    static QSet<QString> numbersAndIps(const QByteArray &json)
    {
        QSet<QString> found;
        static const QRegularExpression ip(u"(?<![\\d.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"_s);
        static const QRegularExpression digits(u"\\d{7,}"_s);
        const QString text = QString::fromUtf8(json);
        for (auto m = ip.globalMatch(text); m.hasNext();)
            found.insert(m.next().captured(1));
        const QJsonArray calls = QJsonDocument::fromJson(json).array();
        for (const QJsonValue &v : calls) {
            for (const char *key : {"from", "to"}) {
                const QString number = v.toObject().value(QLatin1String(key)).toString();
                for (auto m = digits.globalMatch(number); m.hasNext();)
                    found.insert(m.next().captured());
            }
        }
        return found;
    }

    /// Every text a widget shows (labels, buttons, fields, tool tips, titles) and every cell of
    /// its item views, for the windows open now: the screenshot's text without OCR.
    static QString widgetTexts()
    {
        QStringList t;
        for (QWidget *w : QApplication::allWidgets()) {
            t << w->windowTitle() << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName();
            if (auto *l = qobject_cast<QLabel *>(w))
                t << l->text();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                t << b->text();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                t << e->text() << e->placeholderText();
            if (auto *e = qobject_cast<QTextEdit *>(w))
                t << e->toPlainText();
            if (auto *e = qobject_cast<QPlainTextEdit *>(w))
                t << e->toPlainText();
            for (QAction *a : w->actions())
                t << a->text() << a->toolTip() << a->statusTip();
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                const QAbstractItemModel *m = v->model();
                for (int r = 0; r < std::min(m->rowCount(), 5000); ++r) {
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QModelIndex i = m->index(r, c);
                        t << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                    }
                }
                for (int c = 0; c < m->columnCount(); ++c)
                    t << m->headerData(c, Qt::Horizontal).toString();
            }
        }
        t.removeAll(QString());
        return t.join(u'\n');
    }

    static bool waitFor(const std::function<bool()> &ready, int ms)
    {
        return QTest::qWaitFor(ready, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *sub : {"out", ".config", ".local/share", ".cache", "runtime", "tmp"})
            QVERIFY(QDir().mkpath(home() + u'/' + QLatin1String(sub)));
        QFile::setPermissions(home() + u"/runtime"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // This process's own files (settings, the app's archive) land under the same HOME.
        qputenv("HOME", home().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home() + u"/.config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (home() + u"/.local/share"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", (home() + u"/.cache"_s).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        g_previous = qInstallMessageHandler(keepMessage);
        QLoggingCategory::setFilterRules(u"cdr.*.debug=true"_s);

        m_server = new FakeProviderServer(m_generator, this);
        FakeProviderServer::Credentials c;
        c.plivoToken = c.vobizToken = c.carrierxToken = c.nexbroKey = m_sentinel;
        m_server->setCredentials(c);
        QVERIFY(m_server->listenLoopback() != 0);
    }

    void scannerFindsEverySpelling()
    {
        // The search below must be able to fail: each spelling, planted, is found.
        for (const QByteArray &s : spellings())
            QVERIFY2(!hits("x " + s + " y").isEmpty(), s.constData());
        QVERIFY(!hits("Authorization: bearer " + m_sentinel.toLower().toUtf8()).isEmpty());
        QVERIFY(hits("nothing secret here").isEmpty());
    }

    void cliFetchesWithTheSentinel()
    {
        const QStringList formats{u"json"_s, u"ndjson"_s, u"csv"_s};
        const QString since = m_now.addDays(-3).date().toString(Qt::ISODate);
        for (int i = 0; i < m_providers.size(); ++i) {
            const QString &p = m_providers.at(i);
            // Vobiz into every format; the others into one more besides the JSON the import reads.
            QStringList mine = p == u"vobiz"_s ? formats : QStringList{formats.at(1 + i % 2), u"json"_s};
            mine.removeDuplicates();
            for (const QString &format : std::as_const(mine)) {
                m_server->clearRequestLog();
                QString err;
                QCOMPARE(run({u"fetch"_s, u"--provider"_s, p, u"--base-url"_s, m_server->baseUrl().toString(),
                              u"--since"_s, since, u"-o"_s, out(u"fetch-%1.%2"_s.arg(p, format))}, &err), 0);
                QVERIFY2(QFileInfo(out(u"fetch-%1.%2"_s.arg(p, format))).size() > 1000, qPrintable(err));
                // The control: the sentinel really went out as this provider's credential.
                bool sent = false;
                for (const auto &r : m_server->requestLog()) {
                    for (const auto &h : r.headers)
                        sent = sent || !hits(h.second).isEmpty();
                }
                QVERIFY2(sent, qPrintable(p));
            }
        }
    }

    void cliProviderErrorsQuoteTheCredential()
    {
        for (const QString &p : m_providers) {
            for (const QString &fault : {u"echo-auth;count=-1"_s, u"echo-auth;status=200;count=-1"_s, u"401;count=-1"_s}) {
                m_server->clearFaults();
                m_server->addFault(*FakeProviderServer::parseFault(fault));
                QString err;
                QCOMPARE(run({u"fetch"_s, u"--provider"_s, p, u"--base-url"_s, m_server->baseUrl().toString(),
                              u"-o"_s, out(u"failed-%1.json"_s.arg(p)), u"--keep-partial"_s}, &err), 1);
                if (fault.startsWith(u"echo"))
                    QVERIFY2(err.contains(u"[secret removed]"), qPrintable(err)); // the echo arrived, scrubbed
            }
        }
        m_server->clearFaults();
    }

    void cliImportExportReportScorecard()
    {
        QStringList inputs;
        for (const QString &p : m_providers)
            inputs << out(u"fetch-%1.json"_s.arg(p));
        QString err;
        QCOMPARE(run(QStringList{u"import"_s} + inputs, &err), 0);
        QCOMPARE(run({u"import"_s, out(u"fetch-vobiz.csv"_s), out(u"fetch-vobiz.ndjson"_s)}, &err), 0);
        for (const QString &format : {u"json"_s, u"ndjson"_s, u"csv"_s}) {
            QCOMPARE(run({u"export"_s, u"-o"_s, out(u"export."_s + format)}, &err), 0);
            QCOMPARE(run({u"export"_s, u"--redact"_s, u"-o"_s, out(u"export-redacted."_s + format)}, &err), 0);
        }
        QVERIFY2(run({u"report"_s, out(u"fetch-vobiz.json"_s), u"--format"_s, u"png,svg,pdf,csv"_s, u"-o"_s, out(u"report"_s)}, &err) == 0,
                 qPrintable(err));
        QVERIFY2(run({u"report"_s, out(u"fetch-plivo.json"_s), u"--redact"_s, u"-o"_s, out(u"report-redacted"_s)}, &err) == 0,
                 qPrintable(err));
        for (const QString &format : {u"pdf"_s, u"csv"_s, u"json"_s})
            QVERIFY2(run({u"scorecard"_s, u"--by"_s, u"provider,account"_s, u"-o"_s, out(u"scorecard."_s + format)}, &err) == 0,
                     qPrintable(err));
        QVERIFY(QFileInfo(out(u"report/report.pdf"_s)).size() > 0);
        QVERIFY(QFileInfo(out(u"scorecard.pdf"_s)).size() > 0);
    }

    void redactedOutputsHoldNoNumberNorIp()
    {
        // What the input holds: the calls' numbers and every IP in their records.
        QFile all(out(u"export.json"_s));
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QByteArray plain = all.readAll();
        const QSet<QString> secrets = numbersAndIps(plain);
        int ips = 0;
        for (const QString &s : secrets)
            ips += s.contains(u'.');
        QVERIFY2(ips > 10 && secrets.size() > ips + 10, qPrintable(QString::number(secrets.size())));
        for (const QString &format : {u"json"_s, u"ndjson"_s, u"csv"_s}) {
            QFile f(out(u"export-redacted."_s + format));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY(text.size() > 1000);
            for (const QString &s : secrets)
                QVERIFY2(!text.contains(s), qPrintable(u"%1 in export-redacted.%2"_s.arg(s, format)));
        }
        // The report is of the first call of its input.
        QFile plivo(out(u"fetch-plivo.json"_s));
        QVERIFY(plivo.open(QIODevice::ReadOnly));
        const QByteArray first = QJsonDocument(QJsonDocument::fromJson(plivo.readAll()).array().first().toObject()).toJson();
        const QSet<QString> reportSecrets = numbersAndIps("[" + first + "]");
        QVERIFY(!reportSecrets.isEmpty());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(out(u"report-redacted/report.pdf"_s));
        QVERIFY(text.contains(u"redacted"));
        for (const QString &s : reportSecrets)
            QVERIFY2(!text.contains(s), qPrintable(s + u" in the redacted report"_s));
    }

    void windowFetchesExportsAndSavesSettings()
    {
        AppSettings settings(home() + u"/.config/gui.ini"_s);
        FakeCredentialStore store; // the keychain itself: tst_credentialstore
        AccountProfile vobiz;
        vobiz.id = AccountProfile::createId();
        vobiz.name = u"Sentinel Vobiz"_s;
        vobiz.provider = Provider::Vobiz;
        vobiz.accountId = TrafficGenerator::vobizAuthId();
        vobiz.baseUrl = m_server->baseUrl();
        vobiz.save(settings.raw());
        settings.setLastAccountId(vobiz.id);
        store.secrets.insert(vobiz.secretKey(), m_sentinel);
        AccountProfile carrierx;
        carrierx.id = AccountProfile::createId();
        carrierx.name = u"Sentinel CarrierX"_s;
        carrierx.provider = Provider::CarrierX;
        carrierx.baseUrl = m_server->baseUrl();
        carrierx.save(settings.raw());
        store.secrets.insert(carrierx.secretKey(), m_sentinel);

        {
            MainWindow w(settings, &store);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openArchive(out(u"gui.sqlite"_s)));
            FetchController *fetch = w.fetchController();
            auto done = [fetch] {
                return fetch->state() == FetchController::State::Finished || fetch->state() == FetchController::State::Failed;
            };
            m_server->clearRequestLog();
            QTest::keyClick(&w, Qt::Key_F5);
            QVERIFY(waitFor(done, 120000));
            QCOMPARE(fetch->state(), FetchController::State::Finished);
            QVERIFY(w.model()->rowCount() > 0);
            bool sent = false;
            for (const auto &r : m_server->requestLog()) {
                for (const auto &h : r.headers)
                    sent = sent || !hits(h.second).isEmpty();
            }
            QVERIFY(sent); // the window's fetch, too, sent the sentinel
            fetch->start(carrierx, [this] {
                FetchQuery q;
                q.since = m_now.addDays(-3);
                q.until = m_now;
                return q;
            }());
            QVERIFY(waitFor(done, 120000));
            QCOMPARE(fetch->state(), FetchController::State::Finished);

            // Provider errors quoting the credential, through the window.
            for (const QString &fault : {u"echo-auth;count=-1"_s, u"echo-auth;status=200;count=-1"_s}) {
                QSignalSpy messages(fetch, &FetchController::message);
                m_server->addFault(*FakeProviderServer::parseFault(fault));
                QTest::keyClick(&w, Qt::Key_F5);
                QVERIFY(waitFor([fetch] { return fetch->state() == FetchController::State::Failed; }, 120000));
                m_server->clearFaults();
                QStringList said;
                for (const auto &m : std::as_const(messages))
                    said << m.at(0).toString();
                m_widgetTexts += widgetTexts() + u'\n' + w.statusText() + u'\n' + said.join(u'\n') + u'\n';
                // The echo reached the window, scrubbed.
                QVERIFY2(said.join(u'\n').contains(u"[secret removed]"), qPrintable(said.join(u'\n')));
            }

            QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }, 60000));
            QSignalSpy exported(&w, &MainWindow::exportFinished);
            for (const QString &name : {u"gui-view.csv"_s, u"gui-view.ndjson"_s, u"gui-view.json"_s}) {
                w.exportView(out(name), true, false);
                QVERIFY(exported.wait(60000) || !exported.isEmpty());
                QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
                exported.clear();
            }
            QVERIFY(w.grab().save(out(u"window.png"_s)));
            m_widgetTexts += widgetTexts() + u'\n' + w.statusText();
            QVERIFY(m_widgetTexts.contains(u"Sentinel Vobiz") || m_widgetTexts.contains(u"Vobiz"));
            w.close();
        }
        settings.raw().sync();
        QVERIFY(QFileInfo(settings.raw().fileName()).size() > 0);
    }

    void noSpellingOfTheSentinelAnywhere()
    {
        QStringList found;
        QSet<QString> kinds;
        int files = 0;
        QDirIterator it(home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QString suffix = QFileInfo(path).suffix();
            kinds.insert(suffix);
            QByteArray bytes = f.readAll();
            if (suffix == u"pdf" && !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
                bytes += pdfText(path).toUtf8(); // the text, not the compressed streams
            for (const QString &h : hits(bytes))
                found << u"%1: %2"_s.arg(QDir(home()).relativeFilePath(path), h);
        }
        for (const auto &stream : std::as_const(m_streams)) {
            for (const QString &h : hits(stream.second))
                found << u"%1: %2"_s.arg(stream.first, h);
        }
        for (const QString &h : hits(g_messages))
            found << u"this process's log: "_s + h;
        for (const QString &h : hits(m_widgetTexts.toUtf8()))
            found << u"the window's texts: "_s + h;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // And the search covered what it claims to.
        for (const char *kind : {"ini", "sqlite", "json", "ndjson", "csv", "pdf", "svg", "png"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QVERIFY(files >= 30);
        QVERIFY(m_streams.size() >= 2 * 30);
        QVERIFY(!m_widgetTexts.isEmpty());
        qInfo("searched %d files, %lld streams, %lld bytes of log, %lld characters of window text", files,
              qlonglong(m_streams.size()), qlonglong(g_messages.size()), qlonglong(m_widgetTexts.size()));
    }
};

QTEST_MAIN(TestSecretSentinel)
#include "tst_secretsentinel.moc"
