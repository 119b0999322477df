// SPDX-License-Identifier: GPL-3.0-or-later
// Pure pieces of the provider layer: the rate limiter, Retry-After parsing and backoff,
// account profiles in QSettings (without secrets) and the keychain wrapper's outcome.

#include <providers/accountprofile.h>
#include <providers/credentialstore.h>
#include <providers/ratelimiter.h>
#include <providers/retrypolicy.h>
#include <providers/secretscrubber.h>

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestProviderUnits : public QObject
{
    Q_OBJECT
private slots:
    void rateLimiterSlidingWindow()
    {
        RateLimiter l(3, 1000);
        QCOMPARE(l.delayMs(0), 0);
        for (qint64 t : {0, 10, 20}) {
            l.consume(t);
            l.release(t);
        }
        QCOMPARE(l.delayMs(30), 970);  // 4th must wait until the 1st answer leaves the window
        QCOMPARE(l.delayMs(1000), 0);
        l.consume(1000);
        l.release(1000);
        QCOMPARE(l.delayMs(1000), 10);
        l.pauseUntil(5000);
        QCOMPARE(l.delayMs(2000), 3000);
        QCOMPARE(RateLimiter().delayMs(123), 0);
    }

    void rateLimiterCountsFromTheAnswer()
    {
        // A request holds its slot while in flight and for a window after its answer, so the
        // server can never see more than `requests` arrivals in a window, whatever the latency.
        RateLimiter l(2, 1000);
        l.consume(0);
        l.consume(0);
        QVERIFY(l.delayMs(5) > 0);     // both slots in flight
        QCOMPARE(l.outstanding(), 2);
        l.release(300);                // answered after 300 ms latency
        l.release(310);
        QCOMPARE(l.delayMs(400), 900); // free 1000 ms after the first answer, not the send
        QCOMPARE(l.delayMs(1300), 0);
        QCOMPARE(l.outstanding(), 0);
        // Floor: 300 per 5 s, 5000 requests -> 16 further windows.
        RateLimiter plivo(300, 5000);
        QCOMPARE(plivo.floorMs(300), 0);
        QCOMPARE(plivo.floorMs(301), 5000);
        QCOMPARE(plivo.floorMs(5000), 16 * 5000);
    }

    void retryAfterParsing()
    {
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::serverDelayMs("2", {}, now), std::optional<qint64>(2000));
        QCOMPARE(RetryPolicy::serverDelayMs(" 0 ", {}, now), std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::serverDelayMs("Sun, 01 Mar 2026 12:00:07 GMT", {}, now), std::optional<qint64>(7000));
        // A date in the past means "now".
        QCOMPARE(RetryPolicy::serverDelayMs("Sun, 01 Mar 2026 11:00:00 GMT", {}, now), std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::serverDelayMs({}, "3", now), std::optional<qint64>(3000));
        QCOMPARE(RetryPolicy::serverDelayMs({}, QByteArray::number(now.toSecsSinceEpoch() + 4), now), std::optional<qint64>(4000));
        QCOMPARE(RetryPolicy::serverDelayMs("soon", {}, now), std::nullopt);
        // Absurd values are clamped before any float-to-integer conversion (UB otherwise).
        const auto longest = std::optional<qint64>(RetryPolicy::kLongestServerDelayMs);
        QCOMPARE(RetryPolicy::serverDelayMs("1e300", {}, now), longest);
        QCOMPARE(RetryPolicy::serverDelayMs("inf", {}, now), longest);
        QCOMPARE(RetryPolicy::serverDelayMs("999999", {}, now), std::optional<qint64>(999999000));
        QCOMPARE(RetryPolicy::serverDelayMs({}, "99999999999999999999", now), longest);
        QCOMPARE(RetryPolicy::serverDelayMs({}, "1e300", now), longest);
        QCOMPARE(RetryPolicy::serverDelayMs("nan", {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::serverDelayMs("-1e300", {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::serverDelayMs("Fri, 01 Jan 9999 00:00:00 GMT", {}, now), longest);
        QCOMPARE(RetryPolicy::serverDelayMs({}, {}, now), std::nullopt);
        QVERIFY(RetryPolicy::isRetryableStatus(429) && RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(401) && !RetryPolicy::isRetryableStatus(404));
    }

    void serverWaitCapDefaultsTo15Minutes() { QCOMPARE(RetryPolicy().maxServerWaitMs, 15 * 60 * 1000); }

    void scrubberRemovesEverySpelling()
    {
        const QString id = u"MAFAKEPLIVO000000001"_s;
        const QString token = u"tok/en+with=odd~chars"_s;
        const QByteArray pair = (id + u':' + token).toUtf8();
        SecretScrubber s;
        s.addCredential(id, token, {"Basic " + pair.toBase64(), "Bearer " + token.toUtf8()});
        const QStringList spellings{
            token,
            QString::fromUtf8(pair),
            QString::fromLatin1(pair.toBase64()),
            QString::fromLatin1(pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(token.toUtf8().toBase64()),
            QString::fromLatin1(QUrl::toPercentEncoding(token)),
            QString(token).replace(u'/', u"\\/"_s), // JSON-escaped
            u"Bearer "_s + token,
        };
        for (const QString &spelling : spellings) {
            const QString out = s.scrub(u"{\"error\": \"token not valid: "_s + spelling + u"\"}"_s);
            QVERIFY2(!out.contains(token) && !out.contains(spelling), qPrintable(out));
            QVERIFY2(out.contains(SecretScrubber::marker()), qPrintable(out));
        }
        // The account id alone is not a secret; the rest of the message stays.
        QCOMPARE(s.scrub(u"account "_s + id + u" has no calls"_s), u"account "_s + id + u" has no calls"_s);
        // A very short secret is removed only as a whole word.
        SecretScrubber shortOne;
        shortOne.addSent(u"abc"_s);
        QCOMPARE(shortOne.scrub(u"abc rejected; abcdef stays"_s), SecretScrubber::marker() + u" rejected; abcdef stays"_s);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        QCOMPARE(p.backoffMs(1, 0.0), 50);
        QCOMPARE(p.backoffMs(1, 0.999), 99);
        QCOMPARE(p.backoffMs(3, 0.0), 200);
        QCOMPARE(p.backoffMs(10, 0.0), 500);  // capped at maxDelayMs, half of it fixed
        QVERIFY(p.backoffMs(10, 0.99) <= 1000);
    }

    void profilesRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        AccountProfile a;
        a.id = AccountProfile::createId();
        a.name = u"Main Plivo"_s;
        a.provider = Provider::Plivo;
        a.accountId = u"MAXXXXXXXXXXXXXXXXXX"_s;
        a.timeZone = u"Asia/Kolkata"_s;
        AccountProfile b;
        b.id = AccountProfile::createId();
        b.name = u"Branch PBX"_s;
        b.provider = Provider::NexBro;
        b.baseUrl = QUrl(u"https://pbx.example.com"_s);
        {
            QSettings s(path, QSettings::IniFormat);
            a.save(s);
            b.save(s);
        }
        QSettings s(path, QSettings::IniFormat);
        const QList<AccountProfile> all = AccountProfile::loadAll(s);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), b); // sorted by name
        QCOMPARE(all.at(1), a);
        QVERIFY(a.validate().isEmpty());
        QVERIFY(b.validate().isEmpty());
        AccountProfile::remove(s, a.id);
        QCOMPARE(AccountProfile::loadAll(s).size(), 1);
        QCOMPARE(AccountProfile::load(s, a.id), std::nullopt);
        // Nothing secret-shaped is ever written: the store has no such key at all.
        for (const QString &key : s.allKeys())
            QVERIFY2(!key.contains(u"token", Qt::CaseInsensitive) && !key.contains(u"secret", Qt::CaseInsensitive), qPrintable(key));
    }

    void profileValidation()
    {
        AccountProfile p;
        p.provider = Provider::NexBro;
        QVERIFY(p.validate().contains(u"base URL"));
        p.provider = Provider::Vobiz;
        QVERIFY(p.validate().contains(u"auth id"));
        p.accountId = u"MA_X"_s;
        p.timeZone = u"Mars/Olympus"_s;
        QVERIFY(p.validate().contains(u"time zone"));
    }

    void credentialStoreAnswers()
    {
        // On a desktop this stores and reads back; on a headless CI machine there is no keychain
        // backend and the store must say so clearly instead of falling back to a plain file.
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy failed(&store, &CredentialStore::failed);
        const QString key = u"tst-"_s + AccountProfile::createId();
        store.writeSecret(key, u"s3cr3t-value"_s);
        QTRY_VERIFY_WITH_TIMEOUT(written.count() + failed.count() == 1, 20000);
        if (!failed.isEmpty()) {
            const QString message = failed.first().at(1).toString();
            QVERIFY(!message.isEmpty());
            QVERIFY(!message.contains(u"s3cr3t-value"));
            if (failed.first().at(2).toBool())
                QVERIFY(message.contains(u"keychain"));
            return;
        }
        store.readSecret(key);
        QTRY_VERIFY_WITH_TIMEOUT(read.count() + failed.count() == 1, 20000);
        QCOMPARE(read.first().at(1).toString(), u"s3cr3t-value"_s);
        store.deleteSecret(key);
    }
};

QTEST_GUILESS_MAIN(TestProviderUnits)
#include "tst_providerunits.moc"
