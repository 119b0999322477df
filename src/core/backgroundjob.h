// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one way work leaves a QObject's thread and comes back (after hotspot's JobTracker). A
// BackgroundJob belongs to one context object and carries the current job id: start() runs
// `work` on the global thread pool and `done(result)` back on the main thread, only while the
// context exists (QPointer guard) and the job is current: a newer start(), drop() or the
// BackgroundJob's destruction make it stale, and its result is dropped. cancel() asks the work
// to stop (its Handle says canceled) but still delivers what it returns, so the owner can report
// a canceled job. The work's Handle carries the id, the cancel check and the guard, and posts
// progress back the same guarded way. run() is the one-shot form for work nothing supersedes.
// Threading: the context lives on the main thread; construct, start, cancel, drop and destroy
// there. A Handle may be used from any thread.

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace cdr {

class BackgroundJob
{
    struct Shared
    {
        std::atomic<quint64> generation = 0; ///< id of the current job
    };
    struct Job
    {
        std::atomic<bool> canceled = false; ///< canceled, or made stale
    };

public:
    /// One job as its work sees it. Copyable; any thread.
    class Handle
    {
    public:
        quint64 id() const { return m_id; }
        /// Stale: superseded, dropped, or its BackgroundJob is gone; the result will be dropped.
        bool isStale() const { return m_shared->generation.load() != m_id; }
        /// Canceled or stale: the work should stop.
        bool isCanceled() const { return m_job->canceled.load(); }
        bool operator()() const { return isCanceled(); }
        /// The same check as a flag, for APIs that poll one (CallExporter, CallReader callers).
        const std::atomic<bool> *cancelFlag() const { return &m_job->canceled; }
        /// Runs fn() on the main thread if the job is still current then and the context alive.
        template <typename Fn>
        void post(Fn fn) const
        {
            // Posted to the application object, not to the context, which may be gone by then:
            // the QPointer is read on the main thread, where the context dies.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [job = *this, fn = std::move(fn)]() mutable {
                    if (job.m_guard && !job.isStale())
                        fn();
                },
                Qt::QueuedConnection);
        }

    private:
        friend class BackgroundJob;
        Handle(std::shared_ptr<const Shared> shared, std::shared_ptr<const Job> job, quint64 id, QPointer<QObject> guard)
            : m_shared(std::move(shared))
            , m_job(std::move(job))
            , m_id(id)
            , m_guard(std::move(guard))
        {
        }
        std::shared_ptr<const Shared> m_shared;
        std::shared_ptr<const Job> m_job;
        quint64 m_id;
        QPointer<QObject> m_guard;
    };

    explicit BackgroundJob(QObject *context)
        : m_context(context)
    {
    }
    ~BackgroundJob() { drop(); }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    /// Starts a job that supersedes the current one; returns its id. `work()` or
    /// `work(const Handle &)` runs on the pool; `done(result)` (or `done()` for void work) runs
    /// on the main thread while the job is current and the context alive.
    template <typename Work, typename Done>
    quint64 start(Work work, Done done)
    {
        drop();
        m_current = std::make_shared<Job>();
        const quint64 id = m_shared->generation.load();
        launch(handle(id), std::move(work), std::move(done));
        return id;
    }

    /// Asks the current job to stop: its Handle says canceled; what it returns is delivered.
    void cancel() { m_current->canceled = true; }
    /// Makes the current job stale: it is told to stop and its result is dropped.
    void drop()
    {
        m_current->canceled = true;
        m_shared->generation.fetch_add(1);
    }
    quint64 currentId() const { return m_shared->generation.load(); }
    bool isCurrent(quint64 id) const { return currentId() == id; }
    /// The handle of job `id` (e.g. for a progress callback made before the work starts); a
    /// stale id gets a handle that is canceled and posts nothing.
    Handle handle(quint64 id) const
    {
        return Handle(m_shared, isCurrent(id) ? m_current : staleJob(), id, m_context);
    }

    /// One-shot: `work()` on the pool, `done(result)` on the main thread if `context` still exists.
    template <typename Work, typename Done>
    static void run(QObject *context, Work work, Done done)
    {
        launch(Handle(std::make_shared<const Shared>(), std::make_shared<const Job>(), 0, context), std::move(work),
               std::move(done));
    }

private:
    static std::shared_ptr<const Job> staleJob()
    {
        auto job = std::make_shared<Job>();
        job->canceled = true;
        return job;
    }

    template <typename Work, typename Done>
    static void launch(Handle job, Work work, Done done)
    {
        QThreadPool::globalInstance()->start(
            [job, work = std::move(work), done = std::move(done)]() mutable { execute(job, work, done); });
    }

    /// On the worker thread: runs the work unless it is stale already and posts its result.
    template <typename Work, typename Done>
    static void execute(const Handle &job, Work &work, Done &done)
    {
        if (job.isStale())
            return;
        using Result = decltype(invoke(work, job));
        if constexpr (std::is_void_v<Result>) {
            invoke(work, job);
            job.post(std::move(done));
        } else {
            // shared_ptr: the queued functor must be copyable, a result may not be.
            auto result = std::make_shared<Result>(invoke(work, job));
            job.post([done = std::move(done), result]() mutable { done(std::move(*result)); });
        }
    }

    template <typename Work>
    static decltype(auto) invoke(Work &work, const Handle &job)
    {
        if constexpr (std::is_invocable_v<Work &, const Handle &>)
            return work(job);
        else
            return work();
    }

    QPointer<QObject> m_context;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::shared_ptr<Job> m_current = std::make_shared<Job>();
};

} // namespace cdr
