// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: `cdr-inspector convert|fetch|report ...` runs headless; anything else starts the GUI.

#include "convertcommand.h"
#include "fetchcommand.h"
#include "reportcommand.h"

#include <storage/callarchive.h>
#include <ui/appsettings.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <cstring>

namespace {

QStringList commandArgs(int argc, char **argv)
{
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CDR Inspector"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cdr-inspector.org"));
    QCoreApplication::setApplicationName(QStringLiteral("cdr-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

void applyTheme(cdr::AppSettings::Theme theme)
{
    if (theme == cdr::AppSettings::Theme::System)
        return;
    // Fusion honours a palette on every platform, so light and dark look the same everywhere.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (theme == cdr::AppSettings::Theme::Dark) {
        p.setColor(QPalette::Window, QColor(37, 37, 38));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(50, 50, 52));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::ToolTipBase, QColor(50, 50, 52));
        p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(38, 79, 120));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        p.setColor(QPalette::Link, QColor(86, 156, 214));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    } else {
        p = QApplication::style()->standardPalette();
    }
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char **argv)
{
    const char *command = argc > 1 ? argv[1] : "";
    if (std::strcmp(command, "convert") == 0 || std::strcmp(command, "fetch") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const QStringList args = commandArgs(argc, argv);
        return std::strcmp(command, "convert") == 0 ? ConvertCommand::run(args) : FetchCommand::run(args);
    }
    if (std::strcmp(command, "report") == 0) {
        // Charts render through widgets, so a QApplication is needed even headless; the
        // offscreen platform lets it run on a machine with no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        return ReportCommand::run(commandArgs(argc, argv));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cdr-inspector.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cdrinspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.\n"
        "Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QCoreApplication::translate("main", "Open the bundled demo data."));
    parser.addOption(demoOpt);
    const QCommandLineOption callOpt(QStringLiteral("call"),
                                     QCoreApplication::translate("main", "Select this call id once loaded."),
                                     QStringLiteral("id"));
    parser.addOption(callOpt);
    const QCommandLineOption overviewOpt(QStringLiteral("overview"),
                                         QCoreApplication::translate("main", "Start on the Overview page."));
    parser.addOption(overviewOpt);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Call record files to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    cdr::AppSettings settings;
    applyTheme(settings.theme());
    cdr::MainWindow window(settings);
    window.show();
    if (parser.isSet(callOpt))
        window.selectWhenLoaded(parser.value(callOpt));
    if (parser.isSet(overviewOpt))
        window.showPage(1);
    if (parser.isSet(demoOpt))
        window.openDemo();
    else if (parser.positionalArguments().isEmpty())
        window.openArchive(cdr::CallArchive::defaultPath()); // reopening shows the archive at once
    window.openFiles(parser.positionalArguments());
    return app.exec();
}
