// SPDX-License-Identifier: GPL-3.0-or-later
#include "callreader.h"

#include "callcsv.h"
#include "readerjob.h"
#include "recordsplitter.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <simdjson.h>

#include <climits>
#include <deque>
#include <memory>

namespace cdr {

namespace {

// Small batches keep each worker's simdjson tape and call list inside the cache and spare the
// first-touch page faults a megabyte-sized batch costs (measured: convert 10-15 % faster than
// with 1 MiB batches, a third fewer page faults).
constexpr qsizetype kBatchBytes = qsizetype(128) << 10;
constexpr qint64 kReadPiece = qint64(4) << 20;

// A pool of its own: readers are often called from the global pool's threads, and waiting there
// for jobs queued behind them on the same pool could starve it.
QThreadPool &normalizerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

class Pipeline
{
public:
    Pipeline(ReaderJob::Setup setup, const CallReader::BatchSink &sink, CallReader::Result &result, bool parallel)
        : m_setup(std::move(setup)), m_sink(sink), m_result(result), m_parallel(parallel)
    {
        m_maxInFlight = qMax(2, normalizerPool().maxThreadCount() * 2 + 1);
    }
    ~Pipeline() { drain(false); }

    ReaderJob::Setup &setup() { return m_setup; }

    bool addJsonItem(const RecordSplitter::Item &item, QByteArrayView bytes)
    {
        ReaderJob &job = pending();
        job.text += job.items.empty() ? '[' : ',';
        const qsizetype from = job.text.size();
        job.text.append(bytes.data(), bytes.size());
        const bool counted = item.kind != RecordSplitter::Kind::Envelope;
        job.items.push_back({ item.kind, item.offset, item.line, counted ? m_nextIndex : -1, item.records, from,
                              bytes.size() });
        if (counted)
            ++m_nextIndex;
        if (job.text.size() >= kBatchBytes)
            return submit();
        return !m_stop;
    }

    bool addCsvRecords(QByteArrayView text, qint64 firstLine)
    {
        ReaderJob &job = pending();
        job.csv = true;
        job.text.resize(0);
        job.text.append(text.data(), text.size());
        job.csvFirstLine = firstLine;
        return submit();
    }

    bool submit()
    {
        if (!m_pending)
            return !m_stop;
        std::shared_ptr<ReaderJob> job = std::move(m_pending);
        m_pending.reset();
        if (!job->csv) {
            job->text += ']';
            job->text.reserve(job->text.size() + qsizetype(simdjson::SIMDJSON_PADDING));
        }
        if (!m_parallel) {
            job->run(m_setup);
            job->done = true;
            const bool ok = deliver(*job);
            recycle(std::move(job));
            return ok;
        }
        m_inFlight.push_back(job);
        // A plain pointer: m_inFlight keeps the job alive until it is done (the destructor
        // drains), and the job can be reused as soon as it is handed out.
        normalizerPool().start([this, job = job.get()] {
            job->run(m_setup);
            QMutexLocker lock(&m_mutex);
            job->done = true;
            m_cond.wakeAll();
        });
        // Hand out what is done, in order; wait when too much is in flight.
        while (!m_inFlight.empty()) {
            const bool full = qsizetype(m_inFlight.size()) >= m_maxInFlight;
            if (!m_inFlight.front()->done) {
                if (!full)
                    break;
                QMutexLocker lock(&m_mutex);
                while (!m_inFlight.front()->done)
                    m_cond.wait(&m_mutex);
            }
            std::shared_ptr<ReaderJob> front = m_inFlight.front();
            m_inFlight.pop_front();
            if (!deliver(*front))
                return false;
            recycle(std::move(front));
        }
        return !m_stop;
    }

    bool finish()
    {
        if (!submit())
            return false;
        return drain(true);
    }

    bool stopped() const { return m_stop; }
    qint64 skipped() const { return m_skipped; }

private:
    // Jobs are reused with their buffers' capacity. A fresh megabyte per batch is soon carved up
    // by the small allocations of normalizing, so the next batch would fault in new pages: that
    // was a fifth of convert's time (perf, page-faults event).
    void recycle(std::shared_ptr<ReaderJob> job)
    {
        if (job.use_count() != 1 || m_spare.size() >= size_t(m_maxInFlight) + 1)
            return;
        job->clear();
        m_spare.push_back(std::move(job));
    }

    ReaderJob &pending()
    {
        if (!m_pending && !m_spare.empty()) {
            m_pending = std::move(m_spare.back());
            m_spare.pop_back();
        }
        if (!m_pending) {
            m_pending = std::make_shared<ReaderJob>();
            m_pending->text.reserve(kBatchBytes + (64 << 10));
        }
        return *m_pending;
    }

    // Waits for every job in flight; hands them out when deliverResults.
    bool drain(bool deliverResults)
    {
        while (!m_inFlight.empty()) {
            {
                QMutexLocker lock(&m_mutex);
                while (!m_inFlight.front()->done)
                    m_cond.wait(&m_mutex);
            }
            std::shared_ptr<ReaderJob> front = m_inFlight.front();
            m_inFlight.pop_front();
            if (deliverResults && !m_stop)
                deliver(*front);
            recycle(std::move(front));
        }
        return !m_stop;
    }

    bool deliver(ReaderJob &job)
    {
        if (m_stop)
            return false;
        for (const QString &w : std::as_const(job.warnings)) {
            ++m_result.warningCount;
            if (m_result.warnings.size() < CallReader::kMaxWarnings)
                m_result.warnings << w;
        }
        m_skipped += job.skipped;
        if (job.totalCount)
            m_result.totalCount = job.totalCount;
        if (job.hasMore)
            m_result.hasMore = job.hasMore;
        if (!job.nextUrl.isEmpty())
            m_result.nextUrl = job.nextUrl;
        if (!m_setup.prepare)
            job.prepared.calls = std::move(job.calls);
        const qint64 n = qMax(job.prepared.calls.size(), qMax(job.prepared.keys.size(), job.prepared.ends.size()));
        if (n > 0) {
            if (!m_sink(std::move(job.prepared))) {
                m_result.canceled = true;
                m_stop = true;
                return false;
            }
            m_result.calls += n;
        }
        if (!job.error.isEmpty()) {
            m_result.error = job.error;
            m_result.apiError = job.apiError;
            m_stop = true;
            return false;
        }
        return true;
    }

    ReaderJob::Setup m_setup;
    const CallReader::BatchSink &m_sink;
    CallReader::Result &m_result;
    bool m_parallel;
    qsizetype m_maxInFlight = 3;
    std::shared_ptr<ReaderJob> m_pending;
    std::deque<std::shared_ptr<ReaderJob>> m_inFlight;
    std::vector<std::shared_ptr<ReaderJob>> m_spare;
    QMutex m_mutex;
    QWaitCondition m_cond;
    qint64 m_nextIndex = 0;
    qint64 m_skipped = 0;
    bool m_stop = false;
};

// Pulls pieces of input; returns an empty array at the end. error set on a read error.
using PieceSource = std::function<QByteArray(QString *error)>;

// CSV records are cut at line ends outside quotes, a batch at a time.
class CsvCutter
{
public:
    explicit CsvCutter(Pipeline &pipeline) : m_pipeline(pipeline) {}

    bool feed(QByteArrayView piece)
    {
        m_buf.append(piece.data(), piece.size());
        qsizetype lastEnd = -1;
        qint64 lines = 0, linesAtLastEnd = 0;
        for (qsizetype i = m_scanned; i < m_buf.size(); ++i) {
            const char c = m_buf[i];
            if (c == '"') {
                m_inQuotes = !m_inQuotes;
            } else if (c == '\n') {
                ++lines;
                if (!m_inQuotes) {
                    lastEnd = i + 1;
                    linesAtLastEnd = lines;
                }
            }
        }
        m_scanned = m_buf.size();
        if (lastEnd < 0)
            return true;
        if (!m_headerDone) {
            const qsizetype headerEnd = m_buf.indexOf('\n') + 1;
            if (!readHeader(QByteArrayView(m_buf).first(headerEnd)))
                return false;
            m_buf.remove(0, headerEnd);
            lastEnd -= headerEnd;
            m_scanned -= headerEnd;
            m_line = 2;
            linesAtLastEnd -= 1;
        }
        if (lastEnd < kBatchBytes && m_buf.size() < 4 * kBatchBytes)
            return true; // wait for a bigger batch
        const bool ok = m_pipeline.addCsvRecords(QByteArrayView(m_buf).first(lastEnd), m_line);
        m_line += linesAtLastEnd;
        m_buf.remove(0, lastEnd);
        m_scanned -= lastEnd;
        return ok;
    }

    bool finish(QString *error)
    {
        if (m_inQuotes) {
            *error = CallReader::tr("%1: unterminated quoted field in the CSV after line %2")
                         .arg(ReaderJob::sourceLabel(m_pipeline.setup().source)).arg(m_line);
            // What came before the open quote is still read.
        }
        if (!m_headerDone) {
            if (!readHeader(m_buf))
                return false;
            m_buf.clear();
        }
        if (m_inQuotes) {
            const qsizetype cut = m_buf.lastIndexOf('\n', m_buf.indexOf('"')) + 1;
            m_buf.truncate(qMax<qsizetype>(0, cut));
        }
        if (!m_buf.trimmed().isEmpty())
            return m_pipeline.addCsvRecords(m_buf, m_line) && !m_inQuotes;
        return !m_inQuotes;
    }

    QString headerError() const { return m_headerError; }

private:
    bool readHeader(QByteArrayView line)
    {
        m_headerDone = true;
        QList<QStringList> records;
        QString error;
        if (!CallCsv::splitRecords(line, &records, &error) || records.isEmpty()
            || (records.first().size() == 1 && records.first().first().trimmed().isEmpty())) {
            m_headerError = CallReader::tr("%1: the CSV file has no header").arg(ReaderJob::sourceLabel(m_pipeline.setup().source));
            return false;
        }
        QStringList header = records.first();
        for (QString &h : header)
            h = h.trimmed();
        m_pipeline.setup().csvHeader = header;
        m_pipeline.setup().csvOurs = header.contains(QLatin1String("provider")) && header.contains(QLatin1String("id"))
            && header.contains(QLatin1String("start_time")) && header.contains(QLatin1String("duration_s"));
        return true;
    }

    Pipeline &m_pipeline;
    QByteArray m_buf;
    qsizetype m_scanned = 0;
    bool m_inQuotes = false;
    bool m_headerDone = false;
    qint64 m_line = 1;
    QString m_headerError;
};

CallReader::Result readPieces(const PieceSource &next, qint64 total, const ParseOptions &options,
                              const QString &source, const CallReader::Prepare &prepare,
                              const CallReader::BatchSink &sink,
                              const CallReader::Progress &progress, bool parallel)
{
    CallReader::Result result;
    QString readError;
    QByteArray piece = next(&readError);
    if (!readError.isEmpty()) {
        result.error = readError;
        return result;
    }
    if (piece.startsWith("\xEF\xBB\xBF"))
        piece.remove(0, 3);
    // Sniff: the first byte that is not white space tells JSON from CSV.
    qsizetype first = 0;
    while (first < piece.size() && QChar::isSpace(uchar(piece.at(first))))
        ++first;
    const QString label = ReaderJob::sourceLabel(source);
    while (first == piece.size()) {
        const qint64 seen = piece.size();
        QByteArray more = next(&readError);
        if (more.isEmpty()) {
            result.bytes = seen;
            result.error = readError.isEmpty() ? (seen == 0 ? CallReader::tr("%1: the file is empty (0 bytes)").arg(label)
                                                            : CallReader::tr("%1: the file holds only white space").arg(label))
                                               : readError;
            return result;
        }
        piece += more;
        while (first < piece.size() && QChar::isSpace(uchar(piece.at(first))))
            ++first;
    }
    ReaderJob::Setup setup;
    setup.options = options;
    setup.source = source;
    setup.prepare = prepare;
    const char c0 = piece.at(first);
    const bool json = c0 == '{' || c0 == '[';
    if (!json) {
        const QByteArrayView head = QByteArrayView(piece).first(qMin<qsizetype>(piece.size(), 1 << 16));
        if (head.indexOf(',') < 0 || head.indexOf('\0') >= 0) {
            result.error = CallReader::tr("%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)")
                               .arg(label).arg(uchar(c0), 2, 16, QLatin1Char('0')).arg(first);
            return result;
        }
    }
    Pipeline pipeline(setup, sink, result, parallel);
    RecordSplitter splitter([&pipeline](const RecordSplitter::Item &item, QByteArrayView bytes) {
        return pipeline.addJsonItem(item, bytes);
    });
    CsvCutter csv(pipeline);
    qint64 done = 0;
    while (!piece.isEmpty()) {
        done += piece.size();
        const bool ok = json ? splitter.feed(piece) : csv.feed(piece);
        if (!ok) {
            if (pipeline.stopped())
                return result;
            pipeline.finish();
            if (result.error.isEmpty())
                result.error = json ? label + QStringLiteral(": ") + splitter.error() : csv.headerError();
            result.bytes = done;
            return result;
        }
        if (progress && !progress(done, total)) {
            result.canceled = true;
            return result;
        }
        piece = QByteArray(); // let go first: the source may refill the same buffer
        piece = next(&readError);
        if (!readError.isEmpty()) {
            pipeline.finish();
            result.error = readError;
            result.bytes = done;
            return result;
        }
    }
    result.bytes = done;
    QString csvError;
    const bool ended = json ? splitter.finish() : csv.finish(&csvError);
    if (!pipeline.finish())
        return result;
    if (!ended && result.error.isEmpty()) {
        if (json)
            result.error = label + QStringLiteral(": ") + splitter.error();
        else
            result.error = csvError.isEmpty() ? csv.headerError() : csvError;
    }
    if (result.error.isEmpty() && result.calls == 0 && pipeline.skipped() > 0)
        result.error = CallReader::tr("%1: no call record found (%n record(s) had no provider's keys and no call id)",
                                      nullptr, int(qMin<qint64>(pipeline.skipped(), INT_MAX))).arg(label);
    return result;
}

} // namespace

CallReader::Result CallReader::readBytes(QByteArrayView data, const ParseOptions &options, const QString &sourceName,
                                         const Sink &sink, const Progress &progress)
{
    qsizetype at = 0;
    const qsizetype total = data.size();
    PieceSource next = [&](QString *) {
        if (at >= total)
            return QByteArray();
        const qsizetype n = qMin<qsizetype>(kReadPiece, total - at);
        QByteArray piece(data.data() + at, n);
        at += n;
        return piece;
    };
    return readPieces(next, total, options, sourceName, {}, [&sink](Batch &&b) { return sink(std::move(b.calls)); },
                      progress, total > 2 * kBatchBytes);
}

CallReader::Result CallReader::readFile(const QString &path, const ParseOptions &options, const Sink &sink,
                                        const Progress &progress)
{
    return readFile(path, options, Prepare(), [&sink](Batch &&b) { return sink(std::move(b.calls)); }, progress);
}

CallReader::Result CallReader::readFile(const QString &path, const ParseOptions &options, const Prepare &prepare,
                                        const BatchSink &sink, const Progress &progress)
{
    QFile file;
    QString source;
    if (path == QLatin1String("-")) {
        source = tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            Result r;
            r.error = tr("cannot read standard input: %1").arg(file.errorString());
            return r;
        }
    } else {
        const QFileInfo info(path);
        source = path; // as the user gave it, so messages point at the very file
        if (info.isDir()) {
            Result r;
            r.error = tr("%1: is a directory, not a file").arg(path);
            return r;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Result r;
            r.error = tr("%1: cannot open: %2").arg(path, file.errorString());
            return r;
        }
    }
    const qint64 total = file.isSequential() ? 0 : file.size();
    // One buffer for every piece: the caller lets go of a piece before asking for the next,
    // so it is refilled in place instead of faulting in fresh pages each time.
    QByteArray buffer;
    PieceSource next = [&file, &path, &buffer](QString *error) {
        buffer.resize(kReadPiece);
        const qint64 n = file.read(buffer.data(), kReadPiece);
        buffer.resize(qMax<qint64>(n, 0));
        if (n <= 0 && file.error() != QFileDevice::NoError)
            *error = tr("%1: read error: %2").arg(path, file.errorString());
        return buffer;
    };
    // Small files are read on this thread alone: the pool would cost more than it gives.
    return readPieces(next, total, options, source, prepare, sink, progress, total == 0 || total > 2 * kBatchBytes);
}

} // namespace cdr
