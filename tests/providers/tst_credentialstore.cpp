// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain store (cdr::CredentialStore) never turns on QtKeychain's insecure fallback, which
// would write a secret in plain text to a settings file when no keychain exists (issue 14).
// Checked on the job objects the store really creates, on what it leaves on disk, and on the
// sources (no other code creates keychain jobs or enables the fallback).

#include <providers/credentialstore.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    const QString m_sentinel = u"CDRSENTINEL-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_key = u"cdr-test-"_s + QUuid::createUuid().toString(QUuid::Id128);

    // Every file under the folder whose bytes hold the sentinel.
    QStringList filesWithSentinel(const QString &folder) const
    {
        QStringList hits;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(m_sentinel.toUtf8()))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The fallback would write to QSettings under the config folder: point it at ours.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void everyJobHasTheInsecureFallbackOff()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy deleted(&store, &CredentialStore::secretDeleted);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.writeSecret(m_key, m_sentinel);
        store.readSecret(m_key);
        store.deleteSecret(m_key);
        // The jobs are the store's children until they finish (they start from the event loop).
        const auto jobs = store.findChildren<QKeychain::Job *>();
        QCOMPARE(jobs.size(), 3);
        QVERIFY(qobject_cast<QKeychain::WritePasswordJob *>(jobs.at(0)));
        QVERIFY(qobject_cast<QKeychain::ReadPasswordJob *>(jobs.at(1)));
        QVERIFY(qobject_cast<QKeychain::DeletePasswordJob *>(jobs.at(2)));
        for (QKeychain::Job *job : jobs) {
            QVERIFY2(!job->insecureFallback(), job->metaObject()->className());
            QCOMPARE(job->service(), CredentialStore::serviceName());
            QCOMPARE(job->key(), m_key);
        }
        // Each job ends one way or the other: with a keychain it is written, read back and
        // deleted; without one (CI, a container) each fails saying there is no backend.
        QTRY_COMPARE_WITH_TIMEOUT(written.size() + read.size() + deleted.size() + failed.size(), 3, 30000);
        if (failed.isEmpty()) {
            QCOMPARE(read.first().at(1).toString(), m_sentinel);
        } else {
            for (const auto &f : std::as_const(failed)) {
                QCOMPARE(f.at(0).toString(), m_key);
                QVERIFY(!f.at(1).toString().contains(m_sentinel));
            }
        }
        QTRY_VERIFY(store.findChildren<QKeychain::Job *>().isEmpty()); // auto-deleted
        // Whatever the outcome, no plain-text copy: not in the config or data folders, not in $HOME.
        const QStringList hits = filesWithSentinel(m_home.path());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }

    void noOtherCodeCreatesKeychainJobs()
    {
        // A guard on the sources: a second store that built its own jobs (or turned the
        // fallback on) would escape the test above.
        const QRegularExpression enabled(u"setInsecureFallback\\s*\\(\\s*(?!false\\s*\\))"_s);
        const QRegularExpression jobUse(u"QKeychain::(Read|Write|Delete)PasswordJob|new\\s+Job\\s*\\("_s);
        QStringList creators;
        int files = 0;
        QDirIterator it(QStringLiteral(CDR_SOURCE_DIR "/src"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++files;
            QVERIFY2(!enabled.match(text).hasMatch(), qPrintable(f.fileName()));
            if (jobUse.match(text).hasMatch())
                creators << QFileInfo(f.fileName()).fileName();
        }
        QVERIFY(files > 50);
        QCOMPARE(creators, QStringList{u"credentialstore.cpp"_s});
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
