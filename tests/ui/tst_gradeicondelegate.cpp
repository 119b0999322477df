// SPDX-License-Identifier: GPL-3.0-or-later
// GradeIconDelegate: a quality cell of the call table gets its grade's shape (one distinct icon
// per grade) from the model's GradeRole; cells without a grade get none.

#include <ui/gradeicondelegate.h>

#include <models/calltablemodel.h>

#include <QApplication>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace cdr;

namespace {

// initStyleOption is what a view calls before painting a cell.
class ProbeDelegate : public GradeIconDelegate
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestGradeIconDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qualityCellsGetTheirGradesShape()
    {
        CallTableModel m;
        Call good, average, bad;
        good.provider = average.provider = bad.provider = Provider::Vobiz;
        good.id = QStringLiteral("g");
        average.id = QStringLiteral("a");
        bad.id = QStringLiteral("b");
        good.mos = 4.4;
        average.mos = 3.8;
        bad.mos = 2.0;
        QSignalSpy applied(&m, &CallTableModel::viewApplied);
        m.appendCalls({ good, average, bad });
        QVERIFY(applied.wait(5000) || m.rowCount() == 3);

        ProbeDelegate d;
        QList<qint64> keys;
        for (const QString &id : { QStringLiteral("g"), QStringLiteral("a"), QStringLiteral("b") }) {
            const QModelIndex mos = m.index(m.rowForId(Provider::Vobiz, id), CallTableModel::MosColumn);
            const QualityGrade grade = QualityGrade(mos.data(CallTableModel::GradeRole).toInt());
            QVERIFY(grade != QualityGrade::None);
            const QStyleOptionViewItem o = d.optionFor(mos);
            QVERIFY(o.features & QStyleOptionViewItem::HasDecoration);
            QVERIFY(!o.icon.isNull());
            QCOMPARE(o.icon.cacheKey(), GradeIconDelegate::icon(grade).cacheKey());
            QCOMPARE(o.text, mos.data().toString()); // the value is still drawn
            keys.append(o.icon.cacheKey());
        }
        // Three grades, three shapes.
        QCOMPARE(QSet<qint64>(keys.begin(), keys.end()).size(), 3);
        QVERIFY(GradeIconDelegate::icon(QualityGrade::None).isNull());

        // No grade, no shape: a text column, and a quality cell with nothing reported.
        const int row = m.rowForId(Provider::Vobiz, QStringLiteral("g"));
        QVERIFY(!(d.optionFor(m.index(row, CallTableModel::IdColumn)).features & QStyleOptionViewItem::HasDecoration));
        QVERIFY(!(d.optionFor(m.index(row, CallTableModel::LossColumn)).features & QStyleOptionViewItem::HasDecoration));
    }
};

QTEST_MAIN(TestGradeIconDelegate)
#include "tst_gradeicondelegate.moc"
