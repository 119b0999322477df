// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

QString plain(QString text)
{
    // "&Open files..." -> "Open files..."; "&&" stays one "&".
    text.replace(u"&&"_s, QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Row> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *a : actions) {
        if (a->menu()) {
            collect(a->menu(), path + u" › " + plain(a->text()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out->append({path, plain(a->text()), keys.join(u", "_s)});
    }
}

} // namespace

QUrl ShortcutsDialog::documentationUrl()
{
    return QUrl(QStringLiteral("https://cdr-inspector.org/docs/"));
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QMenuBar *menus)
{
    QList<Row> out;
    if (!menus)
        return out;
    const QList<QAction *> top = menus->actions();
    for (const QAction *a : top) {
        if (a->menu())
            collect(a->menu(), plain(a->text()), &out);
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    QString html = u"<table cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">"_s + tr("Keys")
                   + u"</th><th align=\"left\">"_s + tr("Action") + u"</th><th align=\"left\">"_s + tr("Menu")
                   + u"</th></tr>"_s;
    for (const Row &r : rows(menus))
        html += u"<tr><td><b>"_s + r.keys.toHtmlEscaped() + u"</b></td><td>"_s + r.action.toHtmlEscaped()
                + u"</td><td>"_s + r.menu.toHtmlEscaped() + u"</td></tr>"_s;
    html += u"</table><p>"_s
            + tr("In the call table the arrow keys move through the calls and the pane follows; "
                 "each filter chip above the table has its own remove button.")
                  .toHtmlEscaped()
            + u"</p><p>"_s
            + tr("The full documentation: <a href=\"%1\">%1</a>").arg(documentationUrl().toString())
            + u"</p>"_s;
    m_browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace cdr
