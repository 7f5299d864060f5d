package cn.tjlib.warehouse.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that drains the clustering queue while harvests go on storing pages: harvest threads no
 * longer wait for matching, and matching works on larger batches. It wakes when a page is stored, and
 * also every {@code poll} so that records queued by another service node or before a crash are placed.
 */
public final class BackgroundClustering implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundClustering.class);

    private final Warehouse warehouse;
    private final Duration poll;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Condition drained = lock.newCondition();
    private final Thread thread;
    private boolean signalled;
    private boolean busy;
    private volatile boolean closed;
    private volatile boolean paused;

    BackgroundClustering(Warehouse warehouse, Duration poll) {
        this.warehouse = warehouse;
        this.poll = poll;
        this.thread = Thread.ofPlatform().name("clustering").daemon().unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    boolean running() {
        return !closed;
    }

    /**
     * Holds clustering (true) or lets it go on (false). A bulk load on few cores goes faster with clustering
     * held until the harvests end: both compete for the same processors, and one large drain afterwards
     * finds more of each work's copies already stored.
     */
    public void pause(boolean hold) {
        paused = hold;
        signal();
    }

    /** Records were queued: drain soon. */
    void signal() {
        lock.lock();
        try {
            signalled = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the queue is empty and no batch is in flight, or the timeout passes; returns whether it
     * is drained. Records queued by other nodes meanwhile count too.
     */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        signal();
        lock.lock();
        try {
            while (busy || signalled || warehouse.pendingCount() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed || paused) {
                    return false;
                }
                drained.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (!closed) {
            lock.lock();
            try {
                while ((!signalled || paused) && !closed) {
                    if (!wake.await(poll.toMillis(), TimeUnit.MILLISECONDS) && !paused) {
                        break;
                    }
                }
                if (closed) {
                    return; // closing wakes the thread: it must not start another drain
                }
                signalled = false;
                busy = true;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                warehouse.unifyPending();
            } catch (RuntimeException e) {
                // the queue keeps the records; the next wake-up tries again
                LOG.error("clustering queued records failed; retrying in {}", poll, e);
                sleep();
            } finally {
                lock.lock();
                try {
                    busy = false;
                    drained.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops after the batch in flight; queued records stay queued for the next start. */
    @Override
    public void close() {
        closed = true;
        signal();
        try {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
