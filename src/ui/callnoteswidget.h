// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Notes and tags on the selected call, kept with the call in the library/archive (never sent
// to a provider). Edits are reported after a short pause in typing. In a team archive they
// are shared: a line under them names who edited the note last (the history in its tooltip),
// and another analyst's edit replaces what is shown unless this user is typing.
// UI thread only.

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CallNotesWidget;
}

namespace cdr {

class CallNotesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CallNotesWidget(QWidget *parent = nullptr);
    ~CallNotesWidget() override;

    /// Shows the note and tags of a call; an empty id disables the widget.
    void setCall(const QString &id, const QString &note, const QStringList &tags);
    QString note() const;
    QStringList tags() const;
    /// True while an edit waits to be reported (the user is typing).
    bool isEditing() const { return m_commit.isActive(); }
    /// Shows a newer note and tags of the same call (someone else's edit), unless the user is
    /// typing; false when it kept the user's text.
    bool refresh(const QString &note, const QStringList &tags);
    /// Team archive: who edited the note last (empty hides the line) and its history.
    void setByline(const QString &byline, const QString &history);
    /// Shared notes (team archive) or local ones: the placeholder says which.
    void setShared(bool shared);

Q_SIGNALS:
    void edited(const QString &note, const QStringList &tags);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPlaceholder();
    std::unique_ptr<Ui::CallNotesWidget> m_ui;
    QTimer m_commit;
    bool m_shared = false;
    bool m_loading = false;
};

} // namespace cdr
