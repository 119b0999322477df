// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-detail-shots OUTDIR [--dark] FILE...: renders the detail pane offscreen for the first
// call of each input file (seed pages, provider bodies, normalized files) and saves one PNG per
// tab, so the pane can be looked at without a display. Run with QT_SCALE_FACTOR=1.5 or 2 to
// check HiDPI sharpness. A developer tool for docs/screenshots, not a test.

#include <core/recordparser.h>
#include <ui/calldetailpane.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextStream>

using namespace cdr;

namespace {

QByteArray bodyOf(const QByteArray &text)
{
    // Seed pages wrap the JSON in prose: take the first balanced object after "Response".
    const qsizetype response = text.indexOf("Response");
    const qsizetype start = response >= 0 ? text.indexOf('{', response) : -1;
    if (start < 0)
        return text;
    int depth = 0;
    bool inString = false;
    for (qsizetype j = start; j < text.size(); ++j) {
        const char c = text.at(j);
        if (inString) {
            if (c == '\\')
                ++j;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return text.mid(start, j - start + 1);
        }
    }
    return text;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::AlternateBase, QColor(0x2A, 0x2A, 0x2A));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        err << "usage: cdr-detail-shots OUTDIR [--dark] FILE...\n";
        return 2;
    }
    const QString outDir = args.takeFirst();
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    QDir().mkpath(outDir);

    QList<std::pair<QString, Call>> calls;
    for (const QString &path : std::as_const(args)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": " << f.errorString() << '\n';
            return 1;
        }
        const ParseResult r = RecordParser::parse(bodyOf(f.readAll()), ParseOptions(), path);
        if (r.calls.isEmpty()) {
            err << path << ": " << (r.error.isEmpty() ? QStringLiteral("no calls") : r.error) << '\n';
            return 1;
        }
        calls.append({QFileInfo(path).completeBaseName(), r.calls.first()});
    }
    const QString suffix = (dark ? QStringLiteral("-dark") : QString())
                           + (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                  ? u"@"_qs + qEnvironmentVariable("QT_SCALE_FACTOR") + u"x"_qs
                                  : QString());
    for (const auto &[name, call] : calls) {
        CallDetailPane pane;
        pane.resize(1200, 860);
        pane.setCall(call);
        pane.setDisplayTimeZone(QTimeZone("Asia/Kolkata"));
        pane.show();
        auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            // A developer tool: let the tab lay out, and the flaws chart align with the timeline
            // (queued, two passes), before grabbing.
            for (int pass = 0; pass < 4; ++pass)
                QCoreApplication::processEvents();
            const QString file = QDir(outDir).filePath(name + u'-' + QString::number(i) + suffix + u".png");
            pane.grab().save(file);
            err << file << '\n';
        }
    }
    return 0;
}
