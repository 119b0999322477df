// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A date picker for whole days with a calendar pop-up, written as the calls table writes dates
// in the chosen language ("12.01.2026" in German) and switched with it. UI thread only.

#include <QDateEdit>

namespace cdr {

class DayPicker : public QDateEdit
{
    Q_OBJECT
public:
    explicit DayPicker(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace cdr
