// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PgTestServer: a real PostgreSQL server for one test, started on loopback in a temporary
// folder (initdb, pg_ctl) on a free port, with password authentication (scram-sha-256), and
// removed again when the object dies. initdb refuses to run as root, so under root the server
// runs as the unprivileged user `nobody` (through runuser). available() is false, with
// whyNot(), only where the PostgreSQL server binaries are missing.
//
// Threading: use from the test's thread; start() blocks until the server accepts connections.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

class PgTestServer
{
public:
    static constexpr const char *kUser = "cdr";
    static constexpr const char *kPassword = "pg-test-secret-4711";
    static constexpr const char *kDatabase = "postgres";

    PgTestServer()
    {
        const QStringList candidates = QDir(QStringLiteral("/usr/lib/postgresql"))
                                           .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : candidates) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl"))) {
                m_bin = bin;
                break;
            }
        }
        if (m_bin.isEmpty())
            m_bin = QFileInfo(QStandardPaths::findExecutable(QStringLiteral("initdb"))).absolutePath();
        if (m_bin.isEmpty() || !QFile::exists(m_bin + QStringLiteral("/pg_ctl")))
            m_whyNot = QStringLiteral("the PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
                                      "apt-get install postgresql");
    }
    ~PgTestServer()
    {
        stop(QStringLiteral("immediate"));
        if (m_dir) {
            // The data folder belongs to `nobody` under root; removing it as root is fine.
            m_dir->remove();
        }
    }

    bool available() const { return m_whyNot.isEmpty(); }
    QString whyNot() const { return m_whyNot; }
    QString log() const
    {
        QFile f(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    quint16 port() const { return m_port; }

    /// postgresql://cdr:PASSWORD@127.0.0.1:PORT/postgres (password: the right one unless given)
    QString uri(const QString &password = QString::fromLatin1(kPassword), const QString &database = QString()) const
    {
        return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?connect_timeout=5")
            .arg(QString::fromLatin1(kUser), password)
            .arg(m_port)
            .arg(database.isEmpty() ? QString::fromLatin1(kDatabase) : database);
    }
    QString uriWithoutPassword(const QString &database = QString()) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?connect_timeout=5")
            .arg(QString::fromLatin1(kUser))
            .arg(m_port)
            .arg(database.isEmpty() ? QString::fromLatin1(kDatabase) : database);
    }

    bool start(QString *error)
    {
        if (!available())
            return fail(error, m_whyNot);
        if (!m_dir) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid())
                return fail(error, QStringLiteral("no temporary folder"));
            const QString pwfile = m_dir->filePath(QStringLiteral("pw"));
            QFile pw(pwfile);
            if (!pw.open(QIODevice::WriteOnly))
                return fail(error, QStringLiteral("cannot write %1").arg(pwfile));
            pw.write(kPassword);
            pw.close();
            if (asRoot() && !run(QStringLiteral("chown"), { QStringLiteral("-R"), QStringLiteral("nobody"), m_dir->path() }, error))
                return false;
            if (!runPg(QStringLiteral("initdb"),
                       { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QString::fromLatin1(kUser),
                         QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth=scram-sha-256"),
                         QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                         QStringLiteral("--no-sync") },
                       error))
                return false;
        }
        if (!m_port) {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const QString opts = QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c max_connections=40")
                                 .arg(m_port)
                                 .arg(m_dir->path());
        if (!runPg(QStringLiteral("pg_ctl"),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                     QStringLiteral("-o"), opts, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("start") },
                   error))
            return false;
        m_running = true;
        return true;
    }

    /// mode: fast (a clean shutdown) or immediate (as if the server died)
    bool stop(const QString &mode = QStringLiteral("fast"), QString *error = nullptr)
    {
        if (!m_running)
            return true;
        m_running = false;
        return runPg(QStringLiteral("pg_ctl"),
                     { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                       QStringLiteral("stop") },
                     error);
    }

private:
    static bool asRoot() { return ::geteuid() == 0; }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }
    bool runPg(const QString &tool, const QStringList &args, QString *error)
    {
        const QString exe = m_bin + QLatin1Char('/') + tool;
        if (asRoot())
            return run(QStringLiteral("runuser"), QStringList{ QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), exe } + args, error);
        return run(exe, args, error);
    }
    bool run(const QString &exe, const QStringList &args, QString *error)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // pg_ctl start keeps the server's stdout; the log file takes its output instead.
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(exe, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(error, QStringLiteral("%1 %2 failed: %3\n%4")
                                   .arg(exe, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()), log()));
        return true;
    }

    QString m_bin;
    QString m_whyNot;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};
