// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the session's UI-thread jobs (file import, view export, archive recovery) share: one
// BackgroundJob tied to this object, whether a job is running, and cancel. launch() runs the work
// as the one current job (superseding a running one) and clears the running flag just before
// `done` runs on the UI thread; destroying the object drops a running job, whose result is then
// never delivered. Subclasses publish cancel() where their work honours it.
// Threading: construct, launch, cancel and destroy on the UI thread.

#include <core/backgroundjob.h>

#include <QObject>

#include <utility>

namespace cdr {

class SessionJob : public QObject
{
    Q_OBJECT

public:
    explicit SessionJob(QObject *parent = nullptr);
    ~SessionJob() override;

    bool isRunning() const { return m_running; }

protected:
    /// Asks the current job to stop; what its work returns is still delivered to `done`.
    void cancel();

    /// `work(const BackgroundJob::Handle &)` on the pool, then `done(result)` on the UI thread
    /// while this job is current (see BackgroundJob::start).
    template <typename Work, typename Done>
    void launch(Work work, Done done)
    {
        m_running = true;
        m_job.start(std::move(work), [this, done = std::move(done)](auto &&...result) mutable {
            m_running = false;
            done(std::forward<decltype(result)>(result)...);
        });
    }

private:
    BackgroundJob m_job{this};
    bool m_running = false;
};

} // namespace cdr
