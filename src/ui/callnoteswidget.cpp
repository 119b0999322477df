// SPDX-License-Identifier: GPL-3.0-or-later
#include "callnoteswidget.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cdr {

CallNotesWidget::CallNotesWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_byline(new QLabel(this))
    , m_tagsLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 2, 4, 2);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(m_noteLabel, m_note);
    m_byline->setObjectName(QStringLiteral("noteByline"));
    m_byline->setWordWrap(true);
    m_byline->hide();
    form->addRow(m_byline);
    retranslate();
    m_commit.setSingleShot(true);
    m_commit.setInterval(400);
    connect(&m_commit, &QTimer::timeout, this, [this] { Q_EMIT edited(note(), tags()); });
    auto changed = [this] {
        if (!m_loading)
            m_commit.start();
    };
    connect(m_tags, &QLineEdit::textEdited, this, changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, changed);
    setEnabled(false);
}

void CallNotesWidget::retranslate()
{
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. escalated, carrier-issue"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Local note on this call (kept on this computer only)"));
    m_tagsLabel->setText(tr("Tags:"));
    m_noteLabel->setText(tr("Note:"));
}

void CallNotesWidget::setCall(const QString &id, const QString &note, const QStringList &tags)
{
    if (m_commit.isActive()) {
        m_commit.stop();
        Q_EMIT edited(this->note(), this->tags()); // keep what was typed for the previous call
    }
    m_loading = true;
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_note->setPlainText(note);
    m_loading = false;
    setEnabled(!id.isEmpty());
}

bool CallNotesWidget::refresh(const QString &note, const QStringList &tags)
{
    if (isEditing())
        return false;
    m_loading = true;
    if (tags != this->tags())
        m_tags->setText(tags.join(QStringLiteral(", ")));
    if (note != this->note())
        m_note->setPlainText(note);
    m_loading = false;
    return true;
}

void CallNotesWidget::setByline(const QString &byline, const QString &history)
{
    m_byline->setText(byline);
    m_byline->setToolTip(history);
    m_byline->setVisible(!byline.isEmpty());
}

void CallNotesWidget::setShared(bool shared)
{
    m_note->setPlaceholderText(shared ? tr("Note on this call, shared with the team archive")
                                      : tr("Local note on this call (kept on this computer only)"));
}

QString CallNotesWidget::note() const
{
    return m_note->toPlainText();
}

QStringList CallNotesWidget::tags() const
{
    QStringList out;
    const QStringList parts = m_tags->text().split(u',');
    for (const QString &t : parts) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

void CallNotesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cdr
