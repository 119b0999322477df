// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionjob.h"

namespace cdr {

SessionJob::SessionJob(QObject *parent)
    : QObject(parent)
{
}

SessionJob::~SessionJob() = default; // m_job drops a running job

void SessionJob::cancel()
{
    m_job.cancel();
}

} // namespace cdr
