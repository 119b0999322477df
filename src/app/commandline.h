// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command words of `cdr-inspector COMMAND ...` and the decision GUI vs
// headless, taken before any QGuiApplication exists: `--help`, `--version`, an
// unknown command and every headless command run on a QCoreApplication (or the
// offscreen platform for the ones that render), so none of them needs a
// display. Used from main() only, on the main thread.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
  /// How a command must be started.
  enum class Needs {
    Core,     ///< a QCoreApplication: no display, no widgets
    Offscreen ///< a QApplication on the offscreen platform (it renders charts)
  };
  struct Command {
    QString name;
    QString summary; ///< one line for `cdr-inspector --help`
    Needs needs = Needs::Core;
    std::function<int(const QStringList &args)>
        run; ///< empty: not part of this build yet
  };

  /// What main() should do with argv.
  enum class Action { Gui, Help, Version, RunCommand, UnknownCommand };
  struct Decision {
    Action action = Action::Gui;
    const Command *command = nullptr; ///< for RunCommand
    QString word;                     ///< the command word, for UnknownCommand
    QStringList args;                 ///< the arguments after the command word
  };

  /// Every headless command, in the order --help lists them.
  static const QList<Command> &commands();
  /// Decides from raw argv; needs no application object.
  static Decision decide(int argc, char **argv);
  /// Runs everything but Action::Gui and returns the exit code (creates the
  /// application).
  static int runHeadless(const Decision &decision, int &argc, char **argv);

  /// The options of the GUI start (--demo, --call, --overview), shared by its
  /// parser and --help.
  static QList<QCommandLineOption> guiOptions();
  /// The text of `cdr-inspector --help`: the commands, one line each, and the
  /// GUI options.
  static QString helpText();
  /// Sets the organization/application names QSettings and the keychain use.
  static void setIdentity();
  /// Installs the English plural forms ("1 call", "2 calls") and the system
  /// language's translation (cdr::Translators).
  static void installTranslators();
};
