package org.chantilly.workflow.infrastructure.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The engine's job executor on the container's threads: jobs run on the managed executor service (so the
 * container sizes, names and monitors them) and the acquisition loop on a thread from the managed thread factory.
 */
class ManagedJobExecutor extends JobExecutor {

    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final ManagedExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final ManagedThreadFactory threadFactory;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory, Duration lockTime) {
        if (lockTime.isNegative() || lockTime.isZero() || lockTime.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("chantilly.jobs.lock-time must be a positive duration, not " + lockTime);
        }
        this.executor = executor;
        this.threadFactory = threadFactory;
        this.name = "chantilly-job-acquisition";
        // a job that a dead server had taken runs again once its lock expires (see ProcessEngineBootstrap)
        this.lockTimeInMillis = (int) lockTime.toMillis();
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    /**
     * Stops acquiring and waits (up to {@link #SHUTDOWN_GRACE}) for jobs under way, so that none runs on after the
     * application's classes are gone at undeployment.
     */
    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.setName(getName());
            jobAcquisitionThread.start();
        }
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
            running.incrementAndGet();
            try {
                executor.execute(() -> {
                    try {
                        jobs.run();
                    } finally {
                        running.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException e) {
                running.decrementAndGet();
                throw e;
            }
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
