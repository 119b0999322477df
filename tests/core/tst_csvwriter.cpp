// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV writer: RFC 4180 quoting, UTF-8, row endings, and that what it writes is read
// back field for field by the project's CSV reader (CallCsv::splitRecords).
#include "core/callcsv.h"
#include "core/csvwriter.h"

#include <QTest>

using cdr::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "NORMAL_CLEARING" << QByteArray("NORMAL_CLEARING");
        QTest::newRow("empty") << "" << QByteArray("");
        QTest::newRow("comma") << "Doe, Jane" << QByteArray("\"Doe, Jane\"");
        QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << "a\nb" << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << "a\rb" << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << QStringLiteral("Zürich") << QByteArray("Z\xc3\xbcrich");
        QTest::newRow("utf-8 quoted") << QStringLiteral("Zürich, CH") << QByteArray("\"Z\xc3\xbcrich, CH\"");
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QByteArray fromText;
        CsvWriter::appendField(fromText, QStringView(field));
        QCOMPARE(fromText, expected);
        QByteArray fromUtf8;
        CsvWriter::appendField(fromUtf8, QByteArrayView(field.toUtf8()));
        QCOMPARE(fromUtf8, expected);
        QCOMPARE(CsvWriter::quoted(field), QString::fromUtf8(expected));
    }

    void rowsReadBack()
    {
        const QStringList header = { QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("value") };
        const QStringList tricky = { QStringLiteral("Doe, \"JJ\" Jane"), QStringLiteral("line1\r\nline2"),
                                     QString() };
        QByteArray out;
        CsvWriter csv(&out);
        csv.row(header);
        csv.field(tricky[0]).field(tricky[1]).plainField("").endRow();
        csv.utf8Field("x").plainField("4.25").field(QStringLiteral("ü")).endRow();
        QVERIFY(out.startsWith("name,note,value\r\n"));
        QVERIFY(out.endsWith("x,4.25,\xc3\xbc\r\n"));
        QList<QStringList> records;
        QString error;
        QVERIFY2(cdr::CallCsv::splitRecords(out, &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], header);
        QCOMPARE(records[1][0], tricky[0]);
        QCOMPARE(records[1][1], tricky[1]);
        QCOMPARE(records[1][2], QString());
        QCOMPARE(records[2], (QStringList{ QStringLiteral("x"), QStringLiteral("4.25"), QStringLiteral("ü") }));
    }

    void lineEnd()
    {
        QByteArray out;
        CsvWriter(&out, "\n").row({ QStringLiteral("a"), QStringLiteral("b") }).row({ QStringLiteral("c") });
        QCOMPARE(out, QByteArray("a,b\nc\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
