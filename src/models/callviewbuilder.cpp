// SPDX-License-Identifier: GPL-3.0-or-later
#include "callviewbuilder.h"

#include "calltablemodel.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace cdr {

namespace {

using Model = CallTableModel; // the columns

constexpr quint64 kNoKey = 0;

// Order-preserving map of a double to an unsigned key; NaN (not reported) sorts first.
quint64 numberKey(double v)
{
    if (std::isnan(v))
        return kNoKey;
    quint64 u;
    std::memcpy(&u, &v, 8);
    u = (u >> 63) ? ~u : (u | (quint64(1) << 63));
    return u == kNoKey ? 1 : u;
}

quint64 timeKey(qint64 ms)
{
    return ms == BulkRow::kMissingTime ? kNoKey : quint64(ms) ^ (quint64(1) << 63);
}

quint64 prefixKey(QByteArrayView s, qsizetype from)
{
    quint64 k = 0;
    for (qsizetype i = 0; i < 8; ++i)
        k = (k << 8) | (from + i < s.size() ? uchar(s[from + i]) : 0u);
    return k;
}

// Ranks of a pool's strings in case-insensitive order (empty first), so text columns with
// few distinct values sort as numbers.
std::vector<quint32> poolRanks(const InternPool &pool)
{
    const quint32 n = pool.size();
    std::vector<quint32> order(n);
    for (quint32 i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const int c = pool.at(a).compare(pool.at(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<quint32> rank(n);
    for (quint32 i = 0; i < n; ++i)
        rank[order[i]] = i;
    return rank;
}

struct KeyRow
{
    quint64 key;
    quint32 row;
};

// Stable LSD radix sort on 16-bit digits; digits every key shares are skipped (time keys
// share their top bytes, small numbers most of theirs). A million keys take a few passes of
// a few ms where std::sort needs ~100 ms of comparisons.
void radixSort(std::vector<KeyRow> &items, const std::atomic<bool> *cancel)
{
    if (items.size() < 2)
        return;
    std::vector<KeyRow> tmp(items.size());
    std::vector<quint32> count(65536);
    quint64 orAll = 0, andAll = ~quint64(0);
    for (const KeyRow &k : items) {
        orAll |= k.key;
        andAll &= k.key;
    }
    const quint64 varying = orAll ^ andAll;
    for (int shift = 0; shift < 64; shift += 16) {
        if (((varying >> shift) & 0xFFFF) == 0)
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        std::fill(count.begin(), count.end(), 0);
        for (const KeyRow &k : items)
            ++count[(k.key >> shift) & 0xFFFF];
        quint32 sum = 0;
        for (quint32 &c : count) {
            const quint32 v = c;
            c = sum;
            sum += v;
        }
        for (const KeyRow &k : items)
            tmp[count[(k.key >> shift) & 0xFFFF]++] = k;
        items.swap(tmp);
    }
}

} // namespace

double CallViewBuilder::sortValue(const CallStore &s, quint32 r, int column)
{
    switch (column) {
    case Model::ProviderColumn: return double(quint8(s.provider(r)));
    case Model::StartColumn: return s.startMs(r) == BulkRow::kMissingTime ? std::nan("") : double(s.startMs(r));
    case Model::StatusColumn: return double(quint8(s.status(r)));
    case Model::DurationColumn: return s.durationS(r);
    case Model::TalkColumn: return s.talkS(r);
    case Model::BilledColumn: return s.billedS(r);
    case Model::CostColumn: return s.cost(r);
    case Model::MosColumn: return s.mos(r);
    case Model::JitterColumn: return s.jitterMs(r);
    case Model::LossColumn: return s.lossPct(r);
    case Model::LegsColumn: return s.legs(r);
    case Model::FlawsColumn: return s.flaws(r);
    default: return std::nan("");
    }
}

bool CallViewBuilder::computeView(const CallStore &s, quint32 n, const CallFilter &filter,
                                  const QualityThresholds &thresholds, int column, Qt::SortOrder order,
                                  std::vector<quint32> *out, const std::atomic<bool> *cancel)
{
    auto stale = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    std::vector<quint32> &rows = *out;
    rows.clear();
    const CallFilter::Matcher matcher(filter, s, thresholds);
    if (matcher.matchesAll()) {
        rows.resize(n);
        for (quint32 r = 0; r < n; ++r)
            rows[r] = r;
    } else {
        rows.reserve(n / 4);
        for (quint32 r = 0; r < n; ++r) {
            if ((r & 0xFFFF) == 0 && stale())
                return false;
            if (matcher.matches(r))
                rows.push_back(r);
        }
    }
    if (stale())
        return false;
    if (column >= 0 && column < Model::ColumnCount) {
        const bool arenaText = column == Model::FromColumn || column == Model::ToColumn || column == Model::IdColumn
                               || column == Model::SipCallIdColumn;
        auto text = [&s, column](quint32 r, QByteArray *b) {
            return column == Model::FromColumn ? s.fromBytes(r, b)
                 : column == Model::ToColumn   ? s.toBytes(r, b)
                 : column == Model::IdColumn   ? s.idBytes(r, b)
                                        : s.sipCallIdBytes(r, b);
        };
        if (arenaText) {
            // Radix-sort on the first 8 bytes, then order each run of equal prefixes by the
            // next 8 bytes, the length and, past 16 bytes, the whole text. Phone numbers are
            // decided by the prefix sort almost entirely.
            std::vector<KeyRow> items(rows.size());
            QByteArray buf;
            for (size_t i = 0; i < rows.size(); ++i) {
                const quint32 r = rows[i];
                const QByteArrayView v = text(r, &buf);
                items[i] = { prefixKey(v, 0), r };
            }
            radixSort(items, cancel);
            if (stale())
                return false;
            QByteArray ba, bb;
            for (size_t i = 0; i < items.size();) {
                size_t j = i + 1;
                while (j < items.size() && items[j].key == items[i].key)
                    ++j;
                if (j - i > 1) {
                    std::sort(items.begin() + qsizetype(i), items.begin() + qsizetype(j), [&](const KeyRow &a, const KeyRow &b) {
                        const QByteArrayView va = text(a.row, &ba), vb = text(b.row, &bb);
                        const int c = va.compare(vb);
                        return c != 0 ? c < 0 : a.row < b.row;
                    });
                }
                i = j;
            }
            for (size_t i = 0; i < items.size(); ++i)
                rows[i] = items[i].row;
        } else {
            std::vector<quint32> rank;
            const InternPool *pool = nullptr;
            switch (column) {
            case Model::DirectionColumn: pool = &s.directions(); break;
            case Model::HangupCauseColumn: pool = &s.causes(); break;
            case Model::CodecColumn: pool = &s.codecs(); break;
            case Model::AccountColumn: pool = &s.accounts(); break;
            default: break;
            }
            if (pool)
                rank = poolRanks(*pool);
            std::vector<KeyRow> items(rows.size());
            quint32 providerRank[8] = {}, statusRank[8] = {};
            if (column == Model::ProviderColumn || column == Model::StatusColumn) {
                QList<QPair<QString, int>> names;
                for (int i = 0; i < 8; ++i)
                    names.append({ column == Model::ProviderColumn ? providerDisplayName(Provider(i)) : statusName(CallStatus(i)), i });
                std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) {
                    const int c = a.first.compare(b.first, Qt::CaseInsensitive);
                    return c != 0 ? c < 0 : a.second < b.second;
                });
                for (int i = 0; i < 8; ++i)
                    (column == Model::ProviderColumn ? providerRank : statusRank)[names[i].second] = quint32(i);
            }
            for (size_t i = 0; i < rows.size(); ++i) {
                const quint32 r = rows[i];
                quint64 k;
                switch (column) {
                case Model::ProviderColumn: k = providerRank[quint8(s.provider(r)) & 7]; break;
                case Model::StatusColumn: k = statusRank[quint8(s.status(r)) & 7]; break;
                case Model::StartColumn: k = timeKey(s.startMs(r)); break;
                case Model::DirectionColumn: k = rank[s.directionIx(r)]; break;
                case Model::HangupCauseColumn: k = rank[s.causeIx(r)]; break;
                case Model::CodecColumn: k = rank[s.codecIx(r)]; break;
                case Model::AccountColumn: k = rank[s.accountIx(r)]; break;
                default: k = numberKey(sortValue(s, r, column)); break;
                }
                items[i] = { k, r };
            }
            if (stale())
                return false;
            radixSort(items, cancel); // stable: ties keep row order
            if (stale())
                return false;
            for (size_t i = 0; i < items.size(); ++i)
                rows[i] = items[i].row;
        }
    }
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return !stale();
}

} // namespace cdr
