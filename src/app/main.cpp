// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: `cdr-inspector COMMAND ...` and --help run headless (CommandLine); anything else starts the GUI.

#include "commandline.h"

#include <storage/callarchive.h>
#include <ui/appsettings.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

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
    // GUI or headless is decided on argv alone: --help, an unknown command and the headless
    // commands must never create a QGuiApplication (no display, no xcb abort).
    const CommandLine::Decision decision = CommandLine::decide(argc, argv);
    if (decision.action != CommandLine::Action::Gui)
        return CommandLine::runHeadless(decision, argc, argv);

    QApplication app(argc, argv);
    CommandLine::setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cdr-inspector.svg")));
    CommandLine::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.\n"
        "Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> guiOptions = CommandLine::guiOptions();
    parser.addOptions(guiOptions);
    const QCommandLineOption &demoOpt = guiOptions.at(0);
    const QCommandLineOption &callOpt = guiOptions.at(1);
    const QCommandLineOption &overviewOpt = guiOptions.at(2);
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
