// SPDX-License-Identifier: GPL-3.0-or-later
// The scorecard of a team archive, two ways, in one run: grouped in SQL on the server
// (ArchiveBackend::scorecard, what `scorecard --archive postgresql://...` does) and the naive
// baseline, every call loaded (forEachCall) and prepared as the command prepares it, then
// Scorecard::compute. Prints both times, the group counts and whether the groups' counts agree.
//
// usage: cdr-pgscorecard-bench URI [KEYS]   (KEYS default: provider,day)

#include <core/emodel.h>
#include <core/hangupclassifier.h>
#include <core/scorecard.h>
#include <storage/archivebackend.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace cdr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: cdr-pgscorecard-bench URI [KEYS]\n";
        return 2;
    }
    QString why;
    Scorecard::Options options;
    const auto keys = Scorecard::parseKeys(args.size() > 2 ? args.at(2) : QStringLiteral("provider,day"), &why);
    if (!keys) {
        out << why << '\n';
        return 2;
    }
    options.keys = *keys;
    const ScorecardInput::Options inputOptions;
    const double delayMs = EModel::kDefaultAssumedDelayMs;
    const std::unique_ptr<ArchiveBackend> archive = ArchiveBackend::open(args.at(1), &why);
    if (!archive) {
        out << why << '\n';
        return 1;
    }

    QElapsedTimer t;
    t.start();
    GroupedScorecard sql;
    if (archive->scorecard(inputOptions, options, delayMs, &sql) != ArchiveBackend::Grouping::Done) {
        out << "grouping in SQL failed: " << archive->lastError() << '\n';
        return 1;
    }
    const double sqlS = double(t.nsecsElapsed()) / 1e9;

    t.restart();
    ScorecardInput input(inputOptions);
    quint32 row = 0;
    const bool read = archive->forEachCall({}, [&](Call &&c) {
        if (c.hangupClass == HangupClass::Unknown)
            HangupClassifier::apply(c);
        EModel::apply(c, delayMs);
        input.add(c, row++);
        return true;
    });
    const double loadS = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    const QList<ScorecardGroup> memory = Scorecard::compute(input, options);
    const double computeS = double(t.nsecsElapsed()) / 1e9;
    if (!read) {
        out << "loading failed: " << archive->lastError() << '\n';
        return 1;
    }
    bool same = sql.groups.size() == memory.size();
    for (qsizetype i = 0; same && i < memory.size(); ++i)
        same = sql.groups.at(i).keys == memory.at(i).keys && sql.groups.at(i).kpis.calls == memory.at(i).kpis.calls;
    out << QStringLiteral("  scorecard by %1 over %2 calls: grouped in SQL %3 s (%4 groups); "
                          "loaded + in memory %5 s (load %6 s, compute %7 s; %8 groups); groups %9\n")
               .arg(args.size() > 2 ? args.at(2) : QStringLiteral("provider,day"))
               .arg(sql.scored)
               .arg(sqlS, 0, 'f', 2)
               .arg(sql.groups.size())
               .arg(loadS + computeS, 0, 'f', 2)
               .arg(loadS, 0, 'f', 2)
               .arg(computeS, 0, 'f', 2)
               .arg(memory.size())
               .arg(same ? QStringLiteral("agree") : QStringLiteral("DIFFER"));
    return same ? 0 : 1;
}
