// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cdr {

ImportProblemsDialog::ImportProblemsDialog(QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    m_headline->setWordWrap(true);
    m_view->setModel(m_model);
    // Reasons are long ("... 1 bracket(s) left open at byte offset 2876 (line 2)"): rows grow
    // to hold them wrapped instead of cutting them.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CallsColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(headline() + u'\n' + rowTexts().join(u'\n'));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 320);
    retranslate();
}

void ImportProblemsDialog::retranslate()
{
    setWindowTitle(tr("Problems opening files"));
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Problem"), tr("Calls read")});
    m_copy->setText(tr("Copy list"));
}

void ImportProblemsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The rows' own words (counts, "Warning:"); the reasons came worded from the readers.
        if (!m_problems.isEmpty())
            setProblems(m_problems);
    }
}

void ImportProblemsDialog::setProblems(const QList<FileImportJob::FileProblem> &problems)
{
    m_problems = problems;
    m_model->removeRows(0, m_model->rowCount());
    int failed = 0;
    qint64 kept = 0;
    auto addRow = [this](const QString &path, const QString &text, const QString &calls, bool error) {
        auto *file = new QStandardItem(QFileInfo(path).fileName());
        file->setToolTip(path);
        auto *problem = new QStandardItem(text);
        problem->setToolTip(text);
        if (error)
            problem->setForeground(QColor(0xC0, 0x39, 0x2B));
        auto *count = new QStandardItem(calls);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *i : {file, problem, count})
            i->setEditable(false);
        m_model->appendRow({file, problem, count});
    };
    // Failed files first, each with its own reason; then what the readable files warned about.
    for (const FileImportJob::FileProblem &p : problems) {
        if (p.error.isEmpty())
            continue;
        ++failed;
        kept += p.callsRead;
        addRow(p.path, p.error,
               p.callsRead > 0 ? tr("%Ln kept", nullptr, int(p.callsRead)) : tr("none"), true);
    }
    for (const FileImportJob::FileProblem &p : problems) {
        for (int i = 0; i < p.warnings.size() && i < kMaxWarningsPerFile; ++i)
            addRow(p.path, tr("Warning: %1").arg(p.warnings.at(i)), QString(), false);
        if (p.warnings.size() > kMaxWarningsPerFile)
            addRow(p.path, tr("… and %n more warning(s)", nullptr, int(p.warnings.size() - kMaxWarningsPerFile)),
                   QString(), false);
    }
    QString text = failed > 0 ? tr("%n file(s) could not be read completely.", nullptr, failed)
                              : tr("Every file was read, with warnings.");
    if (kept > 0)
        text += u' ' + tr("The calls read before an error are kept (%Ln call(s)).", nullptr, int(kept));
    m_headline->setText(text);
}

QStringList ImportProblemsDialog::rowTexts() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << m_model->item(r, c)->text();
        out << cells.join(u'\t');
    }
    return out;
}

QString ImportProblemsDialog::headline() const
{
    return m_headline->text();
}

} // namespace cdr
