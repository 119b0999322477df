// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery tests press the notice bar's buttons as a user would: found by their visible text.

#include <ui/noticebar.h>

#include <QPushButton>

inline QPushButton *noticeButton(cdr::NoticeBar *bar, const QString &startsWith)
{
    const QList<QPushButton *> all = bar->buttons();
    for (QPushButton *b : all) {
        if (b->text().startsWith(startsWith))
            return b;
    }
    return nullptr;
}
