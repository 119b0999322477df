// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: `cdr-inspector convert|fetch|report ...` runs headless; anything else starts the GUI.

#include "convertcommand.h"
#include "fetchcommand.h"
#include "reportcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>

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
    QLabel placeholder(QObject::tr("CDR Inspector"));
    placeholder.show();
    return app.exec();
}
