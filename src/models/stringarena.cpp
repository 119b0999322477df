// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringarena.h"

#include <cstring>

namespace cdr {

namespace {

constexpr quint16 kUuidMarker = 0xFFFF;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Canonical lower-case UUIDs are most ids: packing them halves the id column.
bool packUuid(QByteArrayView s, unsigned char out[16])
{
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return false;
    int o = 0;
    for (int i = 0; i < 36;) {
        if (s[i] == '-') {
            ++i;
            continue;
        }
        const int hi = hexValue(s[i]), lo = hexValue(s[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[o++] = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    return true;
}

void unpackUuid(const unsigned char *in, QByteArray *out)
{
    static const char digits[] = "0123456789abcdef";
    out->resize(36);
    char *d = out->data();
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            d[o++] = '-';
        d[o++] = digits[in[i] >> 4];
        d[o++] = digits[in[i] & 15];
    }
}

} // namespace

StringArena::StringArena() : m_data(new std::unique_ptr<char[]>[kMaxBlocks]) {}

QByteArrayView StringArena::encode(QByteArrayView utf8, Encoded *out)
{
    unsigned char packed[16];
    const bool uuid = packUuid(utf8, packed);
    const qsizetype len = uuid ? 16 : qMin<qsizetype>(utf8.size(), 0xFFFE);
    const quint16 header = uuid ? kUuidMarker : quint16(len);
    out->bytes.resize(len + 2);
    std::memcpy(out->bytes.data(), &header, 2);
    // An empty view may have a null data(): memcpy from null is undefined even for 0 bytes.
    if (len > 0)
        std::memcpy(out->bytes.data() + 2, uuid ? reinterpret_cast<const char *>(packed) : utf8.data(), size_t(len));
    return QByteArrayView(out->bytes.data(), len + 2);
}

QByteArrayView StringArena::raw(quint32 ref) const
{
    const char *p = m_data[ref >> kBlockShift].get() + (ref & (kBlock - 1));
    quint16 header;
    std::memcpy(&header, p, 2);
    return QByteArrayView(p, (header == kUuidMarker ? 16 : header) + 2);
}

quint32 StringArena::addEncoded(QByteArrayView encoded)
{
    const quint32 need = quint32(encoded.size());
    if (m_used + need > kBlock) {
        if (m_blocks >= kMaxBlocks)
            return 0;
        m_data[m_blocks].reset(new char[kBlock]);
        ++m_blocks;
        m_used = 0;
    }
    char *p = m_data[m_blocks - 1].get() + m_used;
    std::memcpy(p, encoded.data(), need);
    const quint32 ref = ((m_blocks - 1) << kBlockShift) | m_used;
    m_used += need;
    return ref;
}

quint32 StringArena::add(QByteArrayView utf8)
{
    Encoded e;
    return addEncoded(encode(utf8, &e));
}

QByteArrayView StringArena::get(quint32 ref, QByteArray *out) const
{
    const char *p = m_data[ref >> kBlockShift].get() + (ref & (kBlock - 1));
    quint16 header;
    std::memcpy(&header, p, 2);
    if (header == kUuidMarker) {
        unpackUuid(reinterpret_cast<const unsigned char *>(p + 2), out);
        return *out;
    }
    return QByteArrayView(p + 2, header);
}

QString StringArena::string(quint32 ref) const
{
    QByteArray buf;
    return QString::fromUtf8(get(ref, &buf));
}

bool StringArena::equals(quint32 ref, QByteArrayView utf8) const
{
    QByteArray buf;
    return get(ref, &buf) == utf8;
}

} // namespace cdr
