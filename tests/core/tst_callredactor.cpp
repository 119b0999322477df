// SPDX-License-Identifier: GPL-3.0-or-later
// The one redactor (CallRedactor), used by the report and the GUI's exports: numbers keep
// their last two digits, IPv4 and IPv6 addresses are masked, times and ids are not.

#include <core/callredactor.h>

#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestCallRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("e164") << u"+919876543210"_s << u"+xxxxxxxxxx10"_s;
        QTest::newRow("number in text") << u"from +15012678830 to 4155550100"_s << u"from +xxxxxxxxx30 to xxxxxxxx00"_s;
        QTest::newRow("ipv4 with port") << u"via 162.251.180.18:5060"_s << u"via x.x.x.x:5060"_s;
        QTest::newRow("ipv6 full") << u"src 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok"_s << u"src x:x:x:x ok"_s;
        QTest::newRow("ipv6 compressed") << u"via fe80::1ff:fe23:4567:890a"_s << u"via x:x:x:x"_s;
        QTest::newRow("ipv6 loopback") << u"bound to ::1"_s << u"bound to x:x:x:x"_s;
        QTest::newRow("time") << u"2026-01-16 12:14:19"_s << u"2026-01-16 12:14:19"_s;
        QTest::newRow("time with ms") << u"12:14:19.250"_s << u"12:14:19.250"_s;
        QTest::newRow("iso time") << u"2026-01-16T12:14:19Z"_s << u"2026-01-16T12:14:19Z"_s;
        QTest::newRow("uuid") << u"6075d782-1fd2-40a4-bcfe-d29638f2d598"_s << u"6075d782-1fd2-40a4-bcfe-d29638f2d598"_s;
        QTest::newRow("short number") << u"ext 234"_s << u"ext 234"_s;
    }
    void text()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CallRedactor::redactText(in), out);
    }

    void phoneFields_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("e164") << u"+919876543210"_s << u"+xxxxxxxxxx10"_s;
        QTest::newRow("short") << u"234"_s << u"x34"_s;
        QTest::newRow("sip name") << u"sip:alice@10.0.0.1"_s << u"sip:xxxxx@x.x.x.x"_s;
        QTest::newRow("sip number") << u"sip:+14155550100@pbx.example.com"_s << u"sip:+xxxxxxxxx00@pbx.example.com"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneFields()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CallRedactor::maskPhone(in), out);
    }
};

QTEST_GUILESS_MAIN(TestCallRedactor)
#include "tst_callredactor.moc"
