// SPDX-License-Identifier: GPL-3.0-or-later
// The translations the app embeds, loaded as the app loads them (English plural forms first, then
// the language's file): strings from every layer come out translated through the code that shows
// them, plural forms follow each language's rule, and the real binary's help, errors and summary
// lines follow the locale it runs in.

#include <core/hangupcatalog.h>
#include <core/hangupclassifier.h>
#include <charts/chartexporter.h>
#include <models/calltablemodel.h>
#include <providers/secretscrubber.h>
#include <storage/callarchive.h>
#include <ui/importproblemsdialog.h>

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace cdr;

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void everyLayerIsTranslated_data();
    void everyLayerIsTranslated();
    void pluralForms_data();
    void pluralForms();
    void englishGetsItsPluralForms();
    void commandLineFollowsTheLocale_data();
    void commandLineFollowsTheLocale();
    void exportsDoNotFollowTheLocale();

private:
    void install(const QString &language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<QTranslator> m_local;
};

void TstTranslations::install(const QString &language)
{
    cleanup();
    // The same files and order as CommandLine::installTranslators, read from the build's .qm files.
    m_english = std::make_unique<QTranslator>();
    QVERIFY2(m_english->load(QStringLiteral("cdrinspector_en"), QStringLiteral(CDR_QM_DIR)), CDR_QM_DIR);
    QCoreApplication::installTranslator(m_english.get());
    if (language == QLatin1String("en"))
        return;
    m_local = std::make_unique<QTranslator>();
    QVERIFY2(m_local->load(QLocale(language), QStringLiteral("cdrinspector"), QStringLiteral("_"),
                           QStringLiteral(CDR_QM_DIR)),
             qPrintable(language));
    QCoreApplication::installTranslator(m_local.get());
}

void TstTranslations::cleanup()
{
    if (m_local)
        QCoreApplication::removeTranslator(m_local.get());
    if (m_english)
        QCoreApplication::removeTranslator(m_english.get());
    m_local.reset();
    m_english.reset();
}

void TstTranslations::everyLayerIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    // core: a hangup-cause explanation, a hangup-class name; providers: the secret marker;
    // storage: an archive error; models: a column header; charts: an export error; ui: a dialog.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("Der Angerufene hat nicht angenommen."),
                                       QStringLiteral("Besetzt"),
                                       QStringLiteral("[Geheimnis entfernt]"),
                                       QStringLiteral("ist kein lesbares Archiv"),
                                       QStringLiteral("Dauer (s)"),
                                       QStringLiteral("unbekanntes Format \"bmp\" (verwenden Sie png, svg, pdf oder csv)"),
                                       QStringLiteral("Probleme beim Öffnen von Dateien")};
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("El destinatario no contestó."),
                                       QStringLiteral("Ocupado"),
                                       QStringLiteral("[secreto eliminado]"),
                                       QStringLiteral("no es un histórico legible"),
                                       QStringLiteral("Duración (s)"),
                                       QStringLiteral("formato desconocido \"bmp\" (use png, svg, pdf o csv)"),
                                       QStringLiteral("Problemas al abrir archivos")};
    QTest::newRow("hi") << QStringLiteral("hi")
                        << QStringList{QStringLiteral("कॉल प्राप्तकर्ता ने उत्तर नहीं दिया।"),
                                       QStringLiteral("व्यस्त"),
                                       QStringLiteral("[सीक्रेट हटाया गया]"),
                                       QStringLiteral("पढ़ने योग्य आर्काइव नहीं है"),
                                       QStringLiteral("अवधि (s)"),
                                       QStringLiteral("अज्ञात फ़ॉर्मैट \"bmp\" (png, svg, pdf या csv का उपयोग करें)"),
                                       QStringLiteral("फ़ाइलें खोलने में समस्याएँ")};
}

void TstTranslations::everyLayerIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    install(language);

    QCOMPARE(HangupCatalog::explainPlivoCode(3000).explanation, expected.at(0));
    QCOMPARE(HangupClassifier::displayName(HangupClass::Busy), expected.at(1));
    QCOMPARE(SecretScrubber::marker(), expected.at(2));

    QTemporaryDir dir;
    const QString notAnArchive = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notAnArchive);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    CallArchive archive;
    QString error;
    QVERIFY(!archive.open(notAnArchive, &error));
    QVERIFY2(error.contains(expected.at(3)), qPrintable(error));

    CallTableModel model;
    QCOMPARE(model.headerData(CallTableModel::DurationColumn, Qt::Horizontal).toString(), expected.at(4));

    QString formatError;
    QVERIFY(!ChartExporter::parseFormats(QStringLiteral("bmp"), &formatError));
    QCOMPARE(formatError, expected.at(5));

    ImportProblemsDialog dialog;
    QCOMPARE(dialog.windowTitle(), expected.at(6));
}

void TstTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // German and Spanish: one form for exactly 1, the other for everything else, 0 included.
    QTest::newRow("de 0") << QStringLiteral("de") << 0 << QStringLiteral("aus 0 Dateien");
    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("aus 1 Datei");
    QTest::newRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("aus 2 Dateien");
    QTest::newRow("de 5") << QStringLiteral("de") << 5 << QStringLiteral("aus 5 Dateien");
    QTest::newRow("es 0") << QStringLiteral("es") << 0 << QStringLiteral("de 0 archivos");
    QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("de 1 archivo");
    QTest::newRow("es 2") << QStringLiteral("es") << 2 << QStringLiteral("de 2 archivos");
    QTest::newRow("es 5") << QStringLiteral("es") << 5 << QStringLiteral("de 5 archivos");
    // Hindi: the singular for 1, the plural (oblique फ़ाइलों) for 2 and 5. Qt 6.4's rule makes 0
    // plural too (CLDR would take the singular for 0); "0 फ़ाइलों से" reads correctly either way.
    QTest::newRow("hi 0") << QStringLiteral("hi") << 0 << QStringLiteral("0 फ़ाइलों से");
    QTest::newRow("hi 1") << QStringLiteral("hi") << 1 << QStringLiteral("1 फ़ाइल से");
    QTest::newRow("hi 2") << QStringLiteral("hi") << 2 << QStringLiteral("2 फ़ाइलों से");
    QTest::newRow("hi 5") << QStringLiteral("hi") << 5 << QStringLiteral("5 फ़ाइलों से");
}

void TstTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    install(language);
    QCOMPARE(QCoreApplication::translate("ConvertCommand", "from %n file(s)", nullptr, n), expected);
}

void TstTranslations::englishGetsItsPluralForms()
{
    install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ConvertCommand", "from %n file(s)", nullptr, 1), QStringLiteral("from 1 file"));
    QCOMPARE(QCoreApplication::translate("ConvertCommand", "from %n file(s)", nullptr, 2), QStringLiteral("from 2 files"));
    // Everything else stays the English source text.
    QCOMPARE(SecretScrubber::marker(), QStringLiteral("[secret removed]"));
}

void TstTranslations::commandLineFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("helpLine");
    QTest::addColumn<QString>("unknownCommand");
    QTest::addColumn<QStringList>("fromFiles"); // the summary for 1, 2 and 5 input files
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Befehle (ohne Oberfläche, keine Anzeige nötig):")
                        << QStringLiteral("cdr-inspector: unbekannter Befehl \"frobnicate\"")
                        << QStringList{QStringLiteral("aus 1 Datei"), QStringLiteral("aus 2 Dateien"), QStringLiteral("aus 5 Dateien")};
    QTest::newRow("es") << QStringLiteral("es_MX.UTF-8") << QStringLiteral("Comandos (sin interfaz, no requieren pantalla):")
                        << QStringLiteral("cdr-inspector: comando desconocido \"frobnicate\"")
                        << QStringList{QStringLiteral("de 1 archivo"), QStringLiteral("de 2 archivos"), QStringLiteral("de 5 archivos")};
    QTest::newRow("hi") << QStringLiteral("hi_IN.UTF-8") << QStringLiteral("कमांड (बिना इंटरफ़ेस, डिस्प्ले की आवश्यकता नहीं):")
                        << QStringLiteral("cdr-inspector: अज्ञात कमांड \"frobnicate\"")
                        << QStringList{QStringLiteral("1 फ़ाइल से"), QStringLiteral("2 फ़ाइलों से"), QStringLiteral("5 फ़ाइलों से")};
    QTest::newRow("en") << QStringLiteral("en_US.UTF-8") << QStringLiteral("Commands (headless, no display needed):")
                        << QStringLiteral("cdr-inspector: unknown command \"frobnicate\"")
                        << QStringList{QStringLiteral("from 1 file"), QStringLiteral("from 2 files"), QStringLiteral("from 5 files")};
}

void TstTranslations::commandLineFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, helpLine);
    QFETCH(QString, unknownCommand);
    QFETCH(QStringList, fromFiles);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    const auto run = [&env](const QStringList &args, QString *out, QString *err) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };

    QString out, err;
    QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY2(out.contains(helpLine), qPrintable(out));
    QVERIFY(run({QStringLiteral("frobnicate")}, &out, &err) != 0);
    QVERIFY2(err.contains(unknownCommand), qPrintable(err));

    // convert's summary counts its input files with the language's plural forms.
    const QString input = QStringLiteral(CDR_SHARED_DIR "/fixtures/public/plivo_call_get_python_fixture.json");
    QVERIFY2(QFile::exists(input), qPrintable(input));
    QTemporaryDir dir;
    const QList<int> counts{1, 2, 5};
    for (int i = 0; i < counts.size(); ++i) {
        QStringList args{QStringLiteral("convert"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out.json"))};
        for (int k = 0; k < counts.at(i); ++k)
            args << input;
        QCOMPARE(run(args, &out, &err), 0);
        QVERIFY2(err.contains(fromFiles.at(i)), qPrintable(err));
    }
}

// The normalized exports are data for other programs: the same bytes under every locale, with a
// decimal point and ISO timestamps, whatever language the messages are in.
void TstTranslations::exportsDoNotFollowTheLocale()
{
    const QStringList inputs{QStringLiteral(CDR_SHARED_DIR "/fixtures/public/vobiz_cdr_list_wiremock.json"),
                             QStringLiteral(CDR_SHARED_DIR "/fixtures/public/plivo_call_list_python_fixture.json")};
    QTemporaryDir dir;
    QHash<QString, QByteArray> reference;
    for (const QString &locale : {QStringLiteral("C.UTF-8"), QStringLiteral("de_DE.UTF-8"), QStringLiteral("es_MX.UTF-8"),
                                 QStringLiteral("hi_IN.UTF-8")}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
        for (const QString &suffix : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("ndjson")}) {
            const QString out = dir.filePath(locale + QLatin1Char('.') + suffix);
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CDR_INSPECTOR_BIN), QStringList{QStringLiteral("convert"), QStringLiteral("-q"),
                                                                   QStringLiteral("-o"), out} + inputs);
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.isEmpty());
            if (!reference.contains(suffix)) {
                reference.insert(suffix, bytes);
                continue;
            }
            QVERIFY2(bytes == reference.value(suffix), qPrintable(locale + u' ' + suffix));
        }
    }
    // The reference itself has a decimal point where the fixtures have fractions (Vobiz MOS).
    QVERIFY(reference.value(QStringLiteral("json")).contains("4.5"));
    QVERIFY(!reference.value(QStringLiteral("json")).contains("4,5"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TstTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
