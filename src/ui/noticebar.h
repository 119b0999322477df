// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NoticeBar: a strip above the main window's pages for what asks for the user's decision (a
// damaged archive, an import cut short), with buttons for what is offered and a close button.
// Unlike a modal box it leaves the window usable, and unlike the status bar it stays until the
// user acts or closes it. Hidden while empty. UI thread only.

#include <QFrame>
#include <QList>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cdr {

class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    struct Action
    {
        QString text;
        std::function<void()> run;
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Replaces what is shown. warning: drawn as a problem (damage), else as information.
    void showNotice(const QString &text, const QList<Action> &actions, bool warning);
    void clearNotice();

    QString text() const;
    /// The offered actions' buttons, in order (the close button not included).
    QList<QPushButton *> buttons() const { return m_buttons; }

private:
    QLabel *m_text;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
};

} // namespace cdr
