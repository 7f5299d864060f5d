package cn.tjlib.warehouse.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use, sampled every 50 ms on a daemon thread (the sum of the pools' own peaks overstates it:
 * the pools peak at different moments), and the share of time spent in garbage collection: a heap that
 * fits only by collecting all the time does not really fit.
 */
final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final long startGcMillis = gcMillis();

    private HeapSampler() {
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread.ofPlatform().name("heap-sampler").daemon().start(() -> {
            while (true) {
                sampler.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return sampler;
    }

    long peakMiB() {
        return peak.get() / (1024 * 1024);
    }

    /** Percentage of wall time since the start spent in GC (all collectors, summed). */
    double gcPercent() {
        return 100.0 * (gcMillis() - startGcMillis) / ((System.nanoTime() - startNanos) / 1e6);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }
}
