// SPDX-License-Identifier: GPL-3.0-or-later
// StringArena: empty strings (a null view among them: under UBSan the memcpy from its null
// data() was undefined behaviour before the fix), packed UUIDs, the length cap and block changes.

#include <models/stringarena.h>

#include <QTest>

using cdr::StringArena;

class TestStringArena : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStrings()
    {
        StringArena arena;
        const QByteArrayView null; // data() == nullptr
        QVERIFY(null.data() == nullptr);
        const quint32 a = arena.add(null);
        const quint32 b = arena.add(QByteArrayView(""));
        const quint32 c = arena.add("x");
        QByteArray buf;
        QCOMPARE(arena.get(a, &buf).size(), 0);
        QCOMPARE(arena.get(b, &buf).size(), 0);
        QCOMPARE(arena.string(c), QStringLiteral("x"));
        QVERIFY(arena.equals(a, ""));

        StringArena::Encoded e;
        const QByteArrayView encoded = StringArena::encode(null, &e);
        QCOMPARE(encoded.size(), 2); // the length header only
        const quint32 d = arena.addEncoded(encoded);
        QCOMPARE(arena.raw(d), encoded);
        QCOMPARE(arena.string(d), QString());
    }

    void uuidsArePackedAndRestored()
    {
        StringArena arena;
        const QByteArray uuid = "ca3a834a-d4a7-48ab-a7fc-7a20fd577884";
        const quint32 ref = arena.add(uuid);
        QCOMPARE(arena.raw(ref).size(), 18); // 2-byte header + 16 bytes
        QCOMPARE(arena.string(ref), QString::fromLatin1(uuid));
        // Upper case is not canonical: kept verbatim, so it reads back exactly as sent.
        const QByteArray upper = uuid.toUpper();
        const quint32 u = arena.add(upper);
        QCOMPARE(arena.raw(u).size(), upper.size() + 2);
        QCOMPARE(arena.string(u), QString::fromLatin1(upper));
    }

    void longStringsAreCappedAndBlocksChange()
    {
        StringArena arena;
        const QByteArray big(100000, 'a');
        QList<quint32> refs;
        for (int i = 0; i < 40; ++i) // ~2.6 MB: crosses two 1 MiB block boundaries
            refs << arena.add(big);
        for (quint32 ref : std::as_const(refs)) {
            QByteArray buf;
            QCOMPARE(arena.get(ref, &buf), QByteArrayView(big).first(0xFFFE));
        }
        QVERIFY(arena.bytes() >= 3u * (1u << 20));
    }
};

QTEST_GUILESS_MAIN(TestStringArena)
#include "tst_stringarena.moc"
