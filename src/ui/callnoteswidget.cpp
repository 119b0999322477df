// SPDX-License-Identifier: GPL-3.0-or-later
#include "callnoteswidget.h"
#include "ui_callnoteswidget.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cdr {

CallNotesWidget::CallNotesWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallNotesWidget>())
{
    m_ui->setupUi(this);
    m_ui->note->setMaximumHeight(m_ui->note->fontMetrics().height() * 4);
    showPlaceholder();
    m_commit.setSingleShot(true);
    m_commit.setInterval(400);
    connect(&m_commit, &QTimer::timeout, this, [this] { Q_EMIT edited(note(), tags()); });
    auto changed = [this] {
        if (!m_loading)
            m_commit.start();
    };
    connect(m_ui->tags, &QLineEdit::textEdited, this, changed);
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, changed);
    setEnabled(false);
}

CallNotesWidget::~CallNotesWidget() = default;

void CallNotesWidget::setCall(const QString &id, const QString &note, const QStringList &tags)
{
    if (m_commit.isActive()) {
        m_commit.stop();
        Q_EMIT edited(this->note(), this->tags()); // keep what was typed for the previous call
    }
    m_loading = true;
    m_ui->tags->setText(tags.join(QStringLiteral(", ")));
    m_ui->note->setPlainText(note);
    m_loading = false;
    setEnabled(!id.isEmpty());
}

bool CallNotesWidget::refresh(const QString &note, const QStringList &tags)
{
    if (isEditing())
        return false;
    m_loading = true;
    if (tags != this->tags())
        m_ui->tags->setText(tags.join(QStringLiteral(", ")));
    if (note != this->note())
        m_ui->note->setPlainText(note);
    m_loading = false;
    return true;
}

void CallNotesWidget::setByline(const QString &byline, const QString &history)
{
    m_ui->noteByline->setText(byline);
    m_ui->noteByline->setToolTip(history);
    m_ui->noteByline->setVisible(!byline.isEmpty());
}

void CallNotesWidget::setShared(bool shared)
{
    m_shared = shared;
    showPlaceholder();
}

void CallNotesWidget::showPlaceholder()
{
    m_ui->note->setPlaceholderText(m_shared ? tr("Note on this call, shared with the team archive")
                                            : tr("Local note on this call (kept on this computer only)"));
}

QString CallNotesWidget::note() const
{
    return m_ui->note->toPlainText();
}

QStringList CallNotesWidget::tags() const
{
    QStringList out;
    const QStringList parts = m_ui->tags->text().split(u',');
    for (const QString &t : parts) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

void CallNotesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showPlaceholder();
    }
    QWidget::changeEvent(event);
}

} // namespace cdr
