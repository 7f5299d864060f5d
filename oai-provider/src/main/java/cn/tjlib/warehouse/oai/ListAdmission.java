package cn.tjlib.warehouse.oai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits at most a fixed number of ListIdentifiers and ListRecords requests at once; one more is
 * refused at once, to be answered the OAI-PMH way (HTTP 503 with Retry-After, spec §3.1.2.2), not
 * queued: a queue would slow every harvester down, and OAI clients already know how to come back.
 * Other verbs are cheap and always admitted. One instance per service, shared by its endpoints.
 */
public final class ListAdmission {
    private static final List<String> LIST_VERBS = List.of("ListRecords", "ListIdentifiers");
    private static final Ticket FREE = () -> { };

    private final Semaphore permits;
    private final Duration retryAfter;

    public ListAdmission(int maxConcurrentLists, Duration retryAfter) {
        if (maxConcurrentLists < 1) {
            throw new IllegalArgumentException("maxConcurrentLists must be positive, got " + maxConcurrentLists);
        }
        this.permits = new Semaphore(maxConcurrentLists);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static ListAdmission of(OaiSettings settings) {
        return new ListAdmission(settings.maxConcurrentLists(), settings.retryAfter());
    }

    /** A ticket to answer the request now, to be closed when its response is written; empty when the limit is reached. */
    public Optional<Ticket> tryAdmit(Map<String, List<String>> parameters) {
        List<String> verb = parameters.get("verb");
        if (verb == null || verb.size() != 1 || !LIST_VERBS.contains(verb.get(0))) {
            return Optional.of(FREE);
        }
        if (!permits.tryAcquire()) {
            return Optional.empty();
        }
        AtomicBoolean closed = new AtomicBoolean();
        return Optional.of(() -> {
            if (closed.compareAndSet(false, true)) {
                permits.release();
            }
        });
    }

    /** How long a refused harvester should wait, in whole seconds for the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    /** A request's place among the running ones; closing it twice frees it once. */
    @FunctionalInterface
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }
}
