package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.validation.ValidationSubject;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Validates the fixture corpus (parsed once, up front) over and over on N threads and prints records/s,
 * both by the wall clock and per CPU-second of the validating threads (which other load on the machine
 * does not skew). Not a test: run {@code main [threads] [seconds]}, e.g. under {@code taskset -c 0,1}.
 */
public final class ValidationBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ValidationBenchmark() {
    }

    /** What one thread did: records validated, findings seen (so the JIT cannot drop the work), CPU time used. */
    private record Tally(long records, long findings, long cpuNanos) {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<ValidationSubject> corpus = FixtureCorpus.demo().map(FixtureCorpus.Entry::subject)
                .flatMap(Optional::stream).toList();
        ProfileValidator validator = ProfileValidator.loadDefault();
        System.out.printf("corpus: %d parsed records; %d threads; rules %s%n", corpus.size(), threads, validator.rulesVersion());
        run(validator, corpus, threads, 3); // warm-up: JIT
        List<Tally> tallies = run(validator, corpus, threads, seconds);
        long records = tallies.stream().mapToLong(Tally::records).sum();
        double cpuSeconds = tallies.stream().mapToLong(Tally::cpuNanos).sum() / 1e9;
        System.out.printf("validated %,d records in %d s on %d threads: %,.0f records/s wall clock;"
                        + " %,.0f records per CPU-second (x %d cores = %,.0f records/s on an idle machine)%n",
                records, seconds, threads, records / (double) seconds, records / cpuSeconds, threads,
                threads * records / cpuSeconds);
    }

    private static List<Tally> run(ProfileValidator validator, List<ValidationSubject> corpus, int threads, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("validate-", 0).factory());
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * corpus.size() / threads;
                running.add(pool.submit(() -> validate(validator, corpus, offset, deadline)));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : running) {
                tallies.add(f.get());
            }
            if (tallies.stream().mapToLong(Tally::findings).sum() == 0) {
                throw new IllegalStateException("no findings at all: the benchmark validated nothing real");
            }
            return tallies;
        } finally {
            pool.shutdown();
        }
    }

    private static Tally validate(ProfileValidator validator, List<ValidationSubject> corpus, int offset, long deadline) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long records = 0;
        long findings = 0;
        for (int i = offset; System.nanoTime() < deadline; i = (i + 1) % corpus.size()) {
            findings += validator.validate(corpus.get(i)).findings().size();
            records++;
        }
        return new Tally(records, findings, THREADS.getCurrentThreadCpuTime() - cpuStart);
    }
}
