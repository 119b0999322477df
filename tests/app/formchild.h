// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds a named widget of a Designer form, as a test types into it or clicks it; a missing
// one stops the test at once (the form changed under the test).

#include <QWidget>

template <typename T>
T *formChild(QWidget *form, const char *name)
{
    T *c = form->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s in the form", name);
    return c;
}
