// SPDX-License-Identifier: GPL-3.0-or-later
#include "callwriter.h"

#include "callstreamwriter.h"


namespace cdr {

std::optional<CallWriter::Format> CallWriter::formatForPath(const QString &path)
{
    const auto f = CallStreamWriter::formatForPath(path);
    return f ? std::optional<Format>(Format(int(*f))) : std::nullopt;
}

QByteArray CallWriter::serialize(Format format, const QList<Call> &calls)
{
    // One serializer for whole lists and streams: the stream writer's.
    return CallStreamWriter::serialize(CallStreamWriter::Format(int(format)), calls);
}

bool CallWriter::write(const QString &path, const QList<Call> &calls, QString *error)
{
    CallStreamWriter writer;
    if (!writer.open(path, error))
        return false;
    for (const Call &c : calls) {
        if (!writer.write(c))
            break;
    }
    return writer.finish(error);
}

} // namespace cdr
