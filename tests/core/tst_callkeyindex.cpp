// SPDX-License-Identifier: GPL-3.0-or-later
// CallKeyIndex: the writers' "which earlier record had this key" table.
#include "core/callkeyindex.h"

#include <QTest>

#include <random>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestCallKeyIndex : public QObject
{
    Q_OBJECT

private slots:
    void newKeysAreNewAndRepeatsNameTheLatestEarlierRecord()
    {
        CallKeyIndex index;
        const CallKey a{ Provider::Plivo, u"acct"_s, u"id-1"_s };
        const CallKey b{ Provider::Plivo, u"acct"_s, u"id-2"_s };
        const CallKey otherAccount{ Provider::Plivo, u"other"_s, u"id-1"_s };
        const CallKey otherProvider{ Provider::Vobiz, u"acct"_s, u"id-1"_s };
        const auto put = [&](const CallKey &k) { return index.insert(k, CallKeyIndex::hashOf(k)); };
        QCOMPARE(put(a), -1);             // record 0
        QCOMPARE(put(b), -1);             // record 1
        QCOMPARE(put(otherAccount), -1);  // record 2: the account is part of the key
        QCOMPARE(put(otherProvider), -1); // record 3: so is the provider
        QCOMPARE(put(a), 0);              // record 4 repeats record 0
        QCOMPARE(put(a), 4);              // record 5 repeats record 4, the latest
        QCOMPARE(put(b), 1);
        QCOMPARE(index.size(), 7);
    }

    void equalHashesAreToldApartByTheKey()
    {
        // Every key given the same hash: the index must still compare keys, not hashes.
        CallKeyIndex index;
        for (int i = 0; i < 200; ++i)
            QCOMPARE(index.insert(CallKey{ Provider::CarrierX, {}, QString::number(i) }, 42), -1);
        QCOMPARE(index.insert(CallKey{ Provider::CarrierX, {}, u"17"_s }, 42), 17);
    }

    void growingKeepsEveryKeyAndItsLatestRecord()
    {
        // Many more keys than the first table holds, in shuffled order with repeats, checked
        // against a QHash doing the same bookkeeping.
        CallKeyIndex index;
        QHash<QString, qsizetype> latest;
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> pick(0, 49999);
        for (qsizetype n = 0; n < 120000; ++n) {
            const QString id = u"call-"_s + QString::number(pick(rng));
            const CallKey k{ Provider::NexBro, u"pbx"_s, id };
            const qsizetype expected = latest.value(id, -1);
            QCOMPARE(index.insert(k, CallKeyIndex::hashOf(k)), expected);
            latest.insert(id, n);
        }
        QCOMPARE(index.size(), 120000);
    }

    void reserveKeepsWhatIsThere()
    {
        CallKeyIndex index;
        const CallKey k{ Provider::Plivo, {}, u"x"_s };
        QCOMPARE(index.insert(k, CallKeyIndex::hashOf(k)), -1);
        index.reserve(100000);
        QCOMPARE(index.insert(k, CallKeyIndex::hashOf(k)), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallKeyIndex)
#include "tst_callkeyindex.moc"
