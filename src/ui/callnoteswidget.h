// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Local notes and tags on the selected call, kept with the call in the library/archive
// (never sent to a provider). Edits are reported after a short pause in typing.

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace cdr {

class CallNotesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CallNotesWidget(QWidget *parent = nullptr);

    /// Shows the note and tags of a call; an empty id disables the widget.
    void setCall(const QString &id, const QString &note, const QStringList &tags);
    QString note() const;
    QStringList tags() const;

Q_SIGNALS:
    void edited(const QString &note, const QStringList &tags);

private:
    QLabel *m_label;
    QLineEdit *m_tags;
    QPlainTextEdit *m_note;
    QTimer m_commit;
    bool m_loading = false;
};

} // namespace cdr
