package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.search.LuceneCatalogueIndex;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Catalogue search over HTTP: builds the index of N synthetic unified records (default 1,000,000)
 * as {@code ./warehouse reindex} would and prints the indexing rate, starts the real service on it,
 * then runs the query mix of {@link SearchCorpus} from 1, 8 and 32 concurrent clients and prints
 * p50/p95/p99 latency and queries/s for each, overall and per kind of query.
 * Usage: {@code SearchBenchmark [--records N] [--clients 1,8,32] [--queries N] [--warmup N] [--data DIR [--reuse]]
 * [--jar FILE] [--client socket|jdk]}; {@code --warmup} queries at least (default 10,000, from 8 clients, until the JIT has settled) come first;
 * {@code --reuse} queries the index an earlier run left in {@code DIR} instead of building it
 * again; {@code --client} picks the clients' HTTP implementation ({@link KeepAliveHttpClient} by default).
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        System.out.printf(Locale.ROOT, "machine: %d cores, java %s; load average %.1f; %,d records into %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load(), o.records(), o.data());
        if (o.reuse()) {
            System.out.println("reusing the index in " + o.data()); // the service's start checks it holds every record
        } else {
            index(o);
        }
        try (SearchService service = SearchService.start(o.jar(), o.data(), o.records())) {
            System.out.println("service up on " + service.uri("/"));
            warmUp(service, o);
            for (int clients : o.clients()) {
                run(service, o.client(), clients, clients == 1 ? Math.max(500, o.queries() / 4) : o.queries(), 0, true);
            }
        }
    }

    private static void index(Options o) throws Exception {
        long began = System.nanoTime();
        double cpuBefore = processCpuSeconds();
        try (LuceneCatalogueIndex index = new LuceneCatalogueIndex(o.data().resolve("index"))) {
            index.rebuild(SearchCorpus.records(o.records()));
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpu = processCpuSeconds() - cpuBefore;
        // CPU time as well as wall time: on a shared machine the wall time says more about the others' load
        System.out.printf(Locale.ROOT, "indexed %,d records in %.1f s: %,.0f docs/s; %.1f CPU-s = %,.0f docs per CPU-second "
                + "(load average %.1f)%n", o.records(), seconds, o.records() / seconds, cpu, o.records() / cpu, load());
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * Runs rounds of warm-up queries from 8 clients until the JIT compilers have settled: less than
     * {@link #SETTLED} of the service's CPU in a round (or, where their CPU cannot be read, until the
     * service's CPU per query stops falling); at least {@code --warmup} queries, at most five times as
     * many. NOTE: after 2,000 queries C2 was still compiling through every measured phase, a fifth of
     * the service's CPU, and after 16,000 still a tenth; a service running for days does not pay
     * that. Other queries than those measured, so that nothing measured is a replay.
     */
    private static void warmUp(SearchService service, Options o) throws Exception {
        int round = WARM_UP_ROUND;
        double previous = Double.MAX_VALUE;
        List<String> perRound = new ArrayList<>();
        for (int done = 0; done < 5 * o.warmup(); done += round) {
            Duration before = service.cpu();
            Optional<Duration> compilerBefore = service.compilerCpu();
            run(service, o.client(), 8, round, WARM_UP_FIRST + done, false);
            Duration used = service.cpu().minus(before);
            double cpuMillis = used.toNanos() / 1e6 / round;
            Optional<Double> compilerShare = compilerBefore.flatMap(b -> service.compilerCpu()
                    .map(after -> (double) after.minus(b).toNanos() / Math.max(1, used.toNanos())));
            perRound.add(String.format(Locale.ROOT, "%.2f", cpuMillis)
                    + compilerShare.map(c -> String.format(Locale.ROOT, " (JIT %.0f%%)", 100 * c)).orElse(""));
            boolean settled = compilerShare.map(c -> c < SETTLED).orElse(cpuMillis > 0.97 * previous);
            if (done + round >= o.warmup() && settled) {
                break;
            }
            previous = Math.min(previous, cpuMillis);
        }
        System.out.printf(Locale.ROOT, "warm-up: %d rounds of %,d queries, service CPU ms/query %s%n", perRound.size(), round,
                String.join(", ", perRound));
    }

    /** The JIT compilers' share of the service's CPU below which the warm-up ends. */
    private static final double SETTLED = 0.03;

    private static final int WARM_UP_ROUND = 2_000;

    /** The number of the first warm-up query: the measured ones are numbered from 0. */
    private static final int WARM_UP_FIRST = 1_000_000_000;

    private static void run(SearchService service, String client, int clients, int queries, int first, boolean report)
            throws Exception {
        long[] latencies = new long[queries];
        SearchCorpus.Kind[] kinds = new SearchCorpus.Kind[queries];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long began = System.nanoTime();
        Duration cpuBefore = service.cpu();
        double clientCpuBefore = processCpuSeconds();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients, Thread.ofPlatform().name("bench-client-", 0).factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    // one connection per client, kept alive, as a portal's back end would hold it
                    try (Client http = Client.of(client, service)) {
                        for (int i = next.getAndIncrement(); i < queries; i = next.getAndIncrement()) {
                            SearchCorpus.Query query = SearchCorpus.query(first + i);
                            long t0 = System.nanoTime();
                            int status = http.get(query.path());
                            latencies[i] = System.nanoTime() - t0;
                            kinds[i] = query.kind();
                            if (status != 200) {
                                failures.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (!report) {
            return;
        }
        double cpuMillis = service.cpu().minus(cpuBefore).toNanos() / 1e6 / queries;
        // the clients run on the same cores: what they spend is taken from the service
        double clientCpuMillis = (processCpuSeconds() - clientCpuBefore) * 1e3 / queries;
        System.out.printf(Locale.ROOT, "%2d clients: %,d queries, %.0f queries/s, %s, %d failed; service CPU %.2f ms/query, "
                + "clients' CPU %.2f ms/query (load average %.1f)%n", clients, queries, queries / seconds, percentiles(latencies),
                failures.get(), cpuMillis, clientCpuMillis, load());
        Map<SearchCorpus.Kind, long[]> byKind = new EnumMap<>(SearchCorpus.Kind.class);
        for (SearchCorpus.Kind kind : SearchCorpus.Kind.values()) {
            byKind.put(kind, java.util.stream.IntStream.range(0, queries).filter(i -> kinds[i] == kind)
                    .mapToLong(i -> latencies[i]).toArray());
        }
        byKind.forEach((kind, times) -> System.out.printf(Locale.ROOT, "    %-10s %s%n",
                kind.name().toLowerCase(Locale.ROOT), percentiles(times)));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One client's connection: {@code socket}, a blocking HTTP/1.1 client, or {@code jdk}, {@code java.net.http}. */
    private interface Client extends AutoCloseable {
        int get(String pathAndQuery) throws Exception;

        static Client of(String kind, SearchService service) {
            if (kind.equals("jdk")) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                return new Client() {
                    @Override
                    public int get(String pathAndQuery) throws Exception {
                        return http.send(HttpRequest.newBuilder(service.uri(pathAndQuery)).build(),
                                HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    }

                    @Override
                    public void close() {
                        http.close();
                    }
                };
            }
            URI uri = service.uri("/");
            KeepAliveHttpClient http = new KeepAliveHttpClient(uri.getHost(), uri.getPort());
            return new Client() {
                @Override
                public int get(String pathAndQuery) throws Exception {
                    return http.get(pathAndQuery).status();
                }

                @Override
                public void close() throws Exception {
                    http.close();
                }
            };
        }
    }

    record Options(long records, List<Integer> clients, int queries, int warmup, Path data, Path jar, boolean reuse,
                   String client) {
        static Options parse(String[] args) throws java.io.IOException {
            long records = 1_000_000;
            List<Integer> clients = List.of(1, 8, 32);
            int queries = 8_000;
            int warmup = 10_000;
            Path data = null;
            Path jar = Path.of("app/target/warehouse.jar");
            boolean reuse = false;
            String client = "socket";
            List<String> rest = new ArrayList<>(List.of(args));
            if (rest.remove("--reuse")) {
                reuse = true;
            }
            args = rest.toArray(String[]::new);
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--records" -> records = Long.parseLong(args[i + 1]);
                    case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf).toList();
                    case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                    case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                    case "--data" -> data = Path.of(args[i + 1]);
                    case "--jar" -> jar = Path.of(args[i + 1]);
                    case "--client" -> client = switch (args[i + 1]) {
                        case "socket", "jdk" -> args[i + 1];
                        default -> throw new IllegalArgumentException("--client must be socket or jdk, got " + args[i + 1]);
                    };
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: [--records N] [--clients 1,8,32] [--queries N] [--warmup N] [--data DIR [--reuse]] [--jar FILE] [--client socket|jdk]");
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("argument " + args[args.length - 1] + " has no value");
            }
            if (reuse && data == null) {
                throw new IllegalArgumentException("--reuse needs --data DIR, the directory of an earlier run");
            }
            return new Options(records, clients, queries, warmup, data == null ? Files.createTempDirectory("search-bench") : data, jar,
                    reuse, client);
        }
    }
}
