package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Hands the live records of a rebuild, in batches, to one writing thread per core while the
 * calling thread reads them. NOTE: analysis (word segmentation above all) is most of the cost of
 * indexing, and IndexWriter analyses on the calling thread, so one writing thread would use one
 * core however many the machine has.
 */
final class ParallelRebuild {
    /** Records per task: large enough that handing over costs nothing, small enough to spread. */
    private static final int BATCH = 500;

    /** Writes one batch of live records. */
    @FunctionalInterface
    interface BatchWriter {
        void write(List<UnifiedRecord> records) throws IOException;
    }

    private ParallelRebuild() {
    }

    /** Writes every live record of {@code all} with {@code writer}; returns how many. */
    static long writeAll(Iterator<UnifiedRecord> all, BatchWriter writer) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        // A full queue makes the reading thread wait: memory stays bounded and the reader never
        // races ahead of the writers. NOTE: wait, not index the batch itself (CallerRunsPolicy):
        // then the reader stopped reading while it indexed a whole batch, so the queue could run
        // dry, and a third writer on two cores meant a third, smaller segment at every flush.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2 * threads), Thread.ofPlatform().name("catalogue-rebuild-", 0).factory(),
                ParallelRebuild::queueWhenFull);
        List<Future<?>> pending = new ArrayList<>();
        long written = 0;
        try {
            List<UnifiedRecord> batch = new ArrayList<>(BATCH);
            while (all.hasNext()) {
                UnifiedRecord record = all.next();
                if (!record.deleted()) {
                    batch.add(record);
                    written++;
                }
                if (batch.size() == BATCH || !all.hasNext()) {
                    List<UnifiedRecord> records = batch;
                    pending.add(pool.submit(() -> {
                        writer.write(records);
                        return null;
                    }));
                    batch = new ArrayList<>(BATCH);
                    awaitDone(pending, false);
                }
            }
            awaitDone(pending, true);
            return written;
        } catch (IOException | RuntimeException | Error e) {
            // the batches still queued would only be written to be discarded with the rest
            pending.forEach(batch -> batch.cancel(false));
            throw e;
        } finally {
            // NOTE: shutdown and wait, not shutdownNow: interrupting a thread inside IndexWriter
            // closes its NIO channels and the writer with them.
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    private static void queueWhenFull(Runnable batch, ThreadPoolExecutor pool) {
        try {
            pool.getQueue().put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while rebuilding the catalogue index", e);
        }
    }

    private static void awaitTermination(ThreadPoolExecutor pool) {
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes finished batches from {@code pending} (waiting for all if {@code all}), rethrowing a failure. */
    private static void awaitDone(List<Future<?>> pending, boolean all) throws IOException {
        for (Iterator<Future<?>> it = pending.iterator(); it.hasNext(); ) {
            Future<?> batch = it.next();
            if (!all && !batch.isDone()) {
                continue;
            }
            try {
                batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rebuilding the catalogue index", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            it.remove();
        }
    }
}
