// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the recovery tests share: a real `cdr-inspector` started in a private home on a given
// archive (to be killed), and the notice bar's buttons found by their visible text, as a user would.

#include <ui/noticebar.h>

#include <QDir>
#include <QProcess>
#include <QPushButton>

#ifdef CDR_INSPECTOR_BIN
/// Starts the app offscreen with HOME and the XDG folders under `home` and CDR_ARCHIVE=`archive`.
inline bool startAppIn(QProcess &app, const QString &home, const QString &archive, const QStringList &args)
{
    if (!QDir().mkpath(home + QStringLiteral("/config")))
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("CDR_ARCHIVE"), archive);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
    return app.waitForStarted();
}
#endif

inline QPushButton *noticeButton(cdr::NoticeBar *bar, const QString &startsWith)
{
    const QList<QPushButton *> all = bar->buttons();
    for (QPushButton *b : all) {
        if (b->text().startsWith(startsWith))
            return b;
    }
    return nullptr;
}
