// SPDX-License-Identifier: GPL-3.0-or-later
#include "daypicker.h"

#include <core/displayformat.h>

#include <QEvent>

namespace cdr {

DayPicker::DayPicker(QWidget *parent)
    : QDateEdit(QDate::currentDate(), parent)
{
    setCalendarPopup(true);
    setDisplayFormat(DisplayFormat::datePattern());
}

void DayPicker::changeEvent(QEvent *event)
{
    // LanguageChange is posted, so it arrives after the language switch has set the display
    // locale the pattern comes from.
    if (event->type() == QEvent::LanguageChange)
        setDisplayFormat(DisplayFormat::datePattern());
    QDateEdit::changeEvent(event);
}

} // namespace cdr
