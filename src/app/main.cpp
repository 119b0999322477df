// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: `cdr-inspector COMMAND ...` and --help run headless (CommandLine); anything else starts the GUI.

#include "commandline.h"

#include <storage/callarchive.h>
#include <session/appsettings.h>
#include <session/translators.h>
#include <ui/apptheme.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#include <cstdio>

// The executable is a GUI program on Windows (WIN32_EXECUTABLE: no console window flashes up when
// it starts from Explorer), so it starts without standard streams. A headless command started
// from cmd.exe or PowerShell attaches to that console; a stream the shell redirected to a file
// or a pipe already has a handle and is left alone.
static void attachParentConsole()
{
    const auto missing = [](DWORD which) {
        return GetFileType(GetStdHandle(which)) == FILE_TYPE_UNKNOWN;
    };
    const bool out = missing(STD_OUTPUT_HANDLE);
    const bool err = missing(STD_ERROR_HANDLE);
    if ((out || err) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *stream = nullptr;
        if (out)
            freopen_s(&stream, "CONOUT$", "w", stdout);
        if (err)
            freopen_s(&stream, "CONOUT$", "w", stderr);
    }
}
#endif


int main(int argc, char **argv)
{
    // GUI or headless is decided on argv alone: --help, an unknown command and the headless
    // commands must never create a QGuiApplication (no display, no xcb abort).
    const CommandLine::Decision decision = CommandLine::decide(argc, argv);
    if (decision.action != CommandLine::Action::Gui) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        return CommandLine::runHeadless(decision, argc, argv);
    }

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
    if (!settings.language().isEmpty())
        cdr::Translators::apply(settings.language()); // the language chosen in Preferences
    cdr::AppTheme::apply(settings.theme());
    cdr::MainWindow window(settings);
    window.show();
    if (parser.isSet(callOpt))
        window.selectWhenLoaded(parser.value(callOpt));
    if (parser.isSet(overviewOpt))
        window.showPage(1);
    window.startWith(parser.isSet(demoOpt), parser.positionalArguments());
    return app.exec();
}
