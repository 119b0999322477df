// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "convertcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "recovercommand.h"
#include "fetchcommand.h"
#include "reportcommand.h"
#include "scorecardcommand.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <session/translators.h>

#include <cstring>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

bool isOneOf(const char *arg, std::initializer_list<const char *> words) {
  for (const char *w : words) {
    if (std::strcmp(arg, w) == 0)
      return true;
  }
  return false;
}

} // namespace

const QList<CommandLine::Command> &CommandLine::commands() {
  static const QList<Command> list{
      {QStringLiteral("convert"),
       tr("Convert provider CDR bodies and exports to normalized JSON, NDJSON "
          "or CSV."),
       Needs::Core, &ConvertCommand::run},
      {QStringLiteral("fetch"),
       tr("Fetch call records from Plivo, Vobiz, CarrierX or NexBro into a "
          "file."),
       Needs::Core, &FetchCommand::run},
      {QStringLiteral("report"),
       tr("Write one call's timeline, quality charts and PDF report into a "
          "folder."),
       Needs::Offscreen, &ReportCommand::run},
      {QStringLiteral("import"),
       tr("Import call record files into the local archive."),
       Needs::Core, &ImportCommand::run},
      {QStringLiteral("export"),
       tr("Export calls from the local archive to JSON, NDJSON or CSV."),
       Needs::Core, &ExportCommand::run},
      {QStringLiteral("scorecard"),
       tr("Write KPIs (ASR, NER, ACD, PDD, MOS) per provider, country, ... to CSV, JSON or PDF."),
       Needs::Offscreen, &ScorecardCommand::run},
      {QStringLiteral("recover"),
       tr("Copy the readable calls of a damaged archive file into a new archive."),
       Needs::Core, &RecoverCommand::run},
  };
  return list;
}

QList<QCommandLineOption> CommandLine::guiOptions() {
  return {
      QCommandLineOption(QStringLiteral("demo"),
                         tr("Open the bundled demo data.")),
      QCommandLineOption(QStringLiteral("call"),
                         tr("Select this call id once loaded."),
                         QStringLiteral("id")),
      QCommandLineOption(QStringLiteral("overview"),
                         tr("Start on the Overview page.")),
  };
}

CommandLine::Decision CommandLine::decide(int argc, char **argv) {
  Decision d;
  if (argc < 2)
    return d;
  const char *first = argv[1];
  for (int i = 2; i < argc; ++i)
    d.args << QString::fromLocal8Bit(argv[i]);
  if (isOneOf(first, {"--help", "-h", "-?", "--help-all", "help"})) {
    d.action = Action::Help;
    return d;
  }
  if (isOneOf(first, {"--version", "-v"})) {
    d.action = Action::Version;
    return d;
  }
  const QString word = QString::fromLocal8Bit(first);
  for (const Command &c : commands()) {
    if (c.name == word) {
      d.action = Action::RunCommand;
      d.command = &c;
      return d;
    }
  }
  // A bare word that is no file (no dot, no slash) is a mistyped command, not a
  // file to open: saying so beats starting a window that then cannot open
  // "conver".
  if (!word.startsWith(u'-') && !word.contains(u'.') && !word.contains(u'/') &&
      !word.contains(u'\\') && !QFileInfo::exists(word)) {
    d.action = Action::UnknownCommand;
    d.word = word;
  }
  return d;
}

QString CommandLine::helpText() {
  QString text;
  QTextStream out(&text);
  out << tr("Usage: cdr-inspector [options] [FILE...]") << '\n'
      << tr("       cdr-inspector COMMAND [options]   (run `cdr-inspector "
            "COMMAND --help` for its options)")
      << "\n\n"
      << tr("Inspect call detail records from Plivo, Vobiz, CarrierX and "
            "NexBro.")
      << "\n\n"
      << tr("Commands (headless, no display needed):") << '\n';
  qsizetype width = 0;
  for (const Command &c : commands())
    width = std::max(width, c.name.size());
  for (const Command &c : commands())
    out << "  " << c.name.leftJustified(width + 2) << c.summary << '\n';
  out << '\n' << tr("Options of the window (no command):") << '\n';
  QList<std::pair<QString, QString>> rows;
  for (const QCommandLineOption &o : guiOptions()) {
    QString names = QStringLiteral("--") + o.names().constFirst();
    if (!o.valueName().isEmpty())
      names += u' ' + o.valueName().toUpper();
    rows.append({names, o.description()});
  }
  rows.append({QStringLiteral("FILE..."), tr("Call record files to open.")});
  rows.append({QStringLiteral("-h, --help"), tr("Show this help.")});
  rows.append({QStringLiteral("--version"), tr("Show the version.")});
  qsizetype optWidth = 0;
  for (const auto &r : std::as_const(rows))
    optWidth = std::max(optWidth, r.first.size());
  for (const auto &r : std::as_const(rows))
    out << "  " << r.first.leftJustified(optWidth + 2) << r.second << '\n';
  out.flush();
  return text;
}

void CommandLine::setIdentity() {
  QCoreApplication::setOrganizationName(QStringLiteral("CDR Inspector"));
  QCoreApplication::setOrganizationDomain(QStringLiteral("cdr-inspector.org"));
  QCoreApplication::setApplicationName(QStringLiteral("cdr-inspector"));
  QCoreApplication::setApplicationVersion(
      QStringLiteral(PROJECT_VERSION_STRING));
}

void CommandLine::installTranslators() {
  // The system's language; the GUI then applies the one chosen in Preferences.
  cdr::Translators::apply(QString());
}

int CommandLine::runHeadless(const Decision &decision, int &argc, char **argv) {
#ifdef __GLIBC__
  // The ingest path allocates and frees millions of small strings across threads: keep freed
  // memory for reuse instead of returning it to the kernel and faulting it in again (measured
  // on convert: a fifth of the time went to page faults and heap trimming).
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  std::unique_ptr<QCoreApplication> app;
  if (decision.action == Action::RunCommand &&
      decision.command->needs == Needs::Offscreen) {
    // Charts render through widgets, so a QApplication is needed even headless.
    // It never shows a window, so the offscreen platform is forced: a
    // QT_QPA_PLATFORM=xcb left in the environment must not make it abort on a
    // machine with no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QApplication>(argc, argv);
  } else {
    app = std::make_unique<QCoreApplication>(argc, argv);
  }
  setIdentity();
  installTranslators();
  switch (decision.action) {
  case Action::Help:
    QTextStream(stdout) << helpText();
    return 0;
  case Action::Version:
    QTextStream(stdout) << "cdr-inspector "
                        << QCoreApplication::applicationVersion() << '\n';
    return 0;
  case Action::UnknownCommand:
    QTextStream(stderr) << tr("cdr-inspector: unknown command \"%1\"; the "
                              "commands are %2 (see cdr-inspector --help)")
                               .arg(decision.word,
                                    [] {
                                      QStringList names;
                                      for (const Command &c : commands())
                                        names << c.name;
                                      return names.join(QStringLiteral(", "));
                                    }())
                        << '\n';
    return 2;
  case Action::RunCommand:
    if (!decision.command->run) {
      QTextStream(stderr)
          << tr("cdr-inspector %1: this command is not part of this build yet")
                 .arg(decision.command->name)
          << '\n';
      return 2;
    }
    return decision.command->run(decision.args);
  case Action::Gui:
    break;
  }
  return 2;
}
