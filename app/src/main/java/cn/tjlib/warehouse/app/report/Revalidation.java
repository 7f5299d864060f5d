package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.ingest.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/** Re-validates every stored record in the background after a profile change; one run at a time. */
@Component
class Revalidation {
    private static final Logger LOG = LoggerFactory.getLogger(Revalidation.class);

    private final Warehouse warehouse;
    private final AtomicBoolean running = new AtomicBoolean();

    Revalidation(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Starts a re-validation unless one is running; returns whether it started. */
    boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofPlatform().name("revalidation").daemon().start(() -> {
            try {
                long began = System.nanoTime();
                int n = warehouse.revalidate();
                LOG.info("re-validated {} records in {} s", n, (System.nanoTime() - began) / 1_000_000_000);
            } catch (RuntimeException e) {
                LOG.error("re-validation failed", e);
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean running() {
        return running.get();
    }
}
