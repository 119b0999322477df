// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one way the UI runs work off its thread: `work` runs on the global thread pool, and
// `done(result)` runs back on the UI thread, only if `context` still exists (QPointer guard).
// Stale results are the caller's to drop (compare a job id captured in `done`).

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>

namespace cdr {

template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace cdr
