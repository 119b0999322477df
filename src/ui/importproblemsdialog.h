// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The problems of the last File > Open (or drop, or file arguments): one row per failed file
// with its own reason and how many of its calls were read before the error (they are kept),
// then the warnings per file. Replaces one cut status line naming only the first error. Not
// modal: the table stays usable beside it. GUI thread only.

#include <session/fileimportjob.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cdr {

class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FileColumn, ProblemColumn, CallsColumn, ColumnCount };

    explicit ImportProblemsDialog(QWidget *parent = nullptr);

    void setProblems(const QList<FileImportJob::FileProblem> &problems);
    /// The rows as shown, for tests and Copy: "file<TAB>problem<TAB>calls".
    QStringList rowTexts() const;
    QString headline() const;
    QStandardItemModel *model() const { return m_model; }

    /// Warnings listed per file before the rest is counted in one row (a file can warn per record).
    static constexpr int kMaxWarningsPerFile = 200;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_headline = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_copy = nullptr;
    QList<FileImportJob::FileProblem> m_problems; ///< worded again when the language changes
};

} // namespace cdr
