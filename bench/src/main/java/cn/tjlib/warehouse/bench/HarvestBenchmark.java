package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.DemoNetworkOptions;
import cn.tjlib.warehouse.fixtures.DemoSource;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvest.HarvestRequest;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.BackgroundClustering;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.schemas.validation.ProfileValidator;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue-3 harvest benchmark: the demo network scaled to N records, served over loopback HTTP by the
 * fixtures' OAI-PMH server, harvested by the real harvester (Identify, ListRecords, resumption tokens)
 * into H2 or PostgreSQL, {@code --parallel} sources at a time as the service does. Clustering, unified
 * records and the Lucene index run either after each page on the harvest threads, as the service does
 * ({@code --clustering inline}), or on one background thread held until the harvests end ({@code after}, the
 * default: a bulk load); either way they are timed to the moment the catalogue has caught up.
 * <p>
 * Usage: {@code HarvestBenchmark [--records 1000000] [--db h2|postgres] [--page 500] [--parallel 4]
 * [--clustering after|inline|none] [--changes 1000] [--h2 "CACHE_SIZE=32768;…"]}; {@code none} times the harvest only,
 * {@code --h2} replaces or adds H2 settings (the app's are the default). Then the sources retitle {@code --changes} records and every source is
 * harvested incrementally: the time to harvest and re-match them is the incremental figure.
 * Prints the harvest rate (HTTP → parsed, validated, stored, checkpointed), the time until every record is
 * also clustered, published and indexed, and the JVM's peak heap (server and harvester share the JVM, so
 * the figure is an upper bound for the harvester).
 */
public final class HarvestBenchmark {
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        try (ScratchDirectory scratch = ScratchDirectory.create("harvest-bench")) {
            run(o, scratch.path());
        }
    }

    private static void run(Options o, Path dir) throws Exception {
        HeapSampler heap = HeapSampler.start();
        DemoNetworkOptions network = DemoNetworkOptions.defaults().withScale(Scale.total(o.records())).withPageSize(o.page());
        try (DemoNetwork demo = DemoNetwork.start(network);
             HikariDataSource ds = BenchDatabases.open(o.db(), dir, o.h2Settings());
             LuceneCatalogueIndex index = new LuceneCatalogueIndex(dir.resolve("index"));
             JdkHttpOaiClient client = new JdkHttpOaiClient(HarvestSettings.DEFAULTS)) {
            Clock clock = Clock.systemUTC();
            Warehouse warehouse = new Warehouse(ds, index, ProfileValidator.loadDefault(), clock, List.of("nlc", "tjl"));
            JdbcSourceRegistry sources = new JdbcSourceRegistry(ds, clock);
            Harvester harvester = new Harvester(warehouse, new JdbcHarvestLog(ds), client, clock);
            for (DemoSource s : demo.sources()) {
                sources.save(Source.of(s.code(), s.name(), java.net.URI.create(s.baseUrl())));
            }
            AtomicLong stored = new AtomicLong();
            HarvestListener counting = new HarvestListener() {
                @Override
                public void pageHarvested(HarvestProgress progress) {
                    stored.addAndGet(progress.lastPage().total());
                }
            };
            System.out.printf("harvesting %,d records from %d loopback sources into %s, %d at a time, %d records per page%n",
                    o.records(), demo.sources().size(), o.db(), o.parallel(), o.page());
            long began = System.nanoTime();
            long cpuBefore = processCpuNanos();
            List<HarvestReport> reports = new ArrayList<>();
            try (BackgroundClustering clustering = o.inline() ? null : warehouse.clusterInBackground(Duration.ofSeconds(1));
                 ExecutorService pool = Executors.newFixedThreadPool(o.parallel())) {
                if (clustering != null) {
                    clustering.pause(true);
                }
                List<Future<HarvestReport>> runs = new ArrayList<>();
                for (DemoSource s : demo.sources()) {
                    Source source = sources.find(s.code()).orElseThrow();
                    runs.add(pool.submit(() -> harvester.harvest(source, HarvestRequest.fullHarvest().withListener(counting))));
                }
                Progress progress = new Progress(began, stored, warehouse, heap);
                for (Future<HarvestReport> run : runs) {
                    while (!run.isDone()) {
                        progress.printEvery(Duration.ofSeconds(15));
                        Thread.sleep(200);
                    }
                    reports.add(run.get());
                }
                double harvestSeconds = (System.nanoTime() - began) / 1e9;
                long total = reports.stream().mapToLong(r -> r.counts().total()).sum();
                long failed = reports.stream().filter(r -> !r.succeeded()).count();
                System.out.printf("harvest %s: %,d records (%,d new, %,d rejected) in %.1f s = %,.0f records/s, %d failed sources, "
                                + "%,d records still queued for clustering, peak heap %d MiB%n", o.db(), total,
                        reports.stream().mapToLong(r -> r.counts().created()).sum(),
                        reports.stream().mapToLong(r -> r.counts().rejected()).sum(), harvestSeconds, total / harvestSeconds, failed,
                        warehouse.pendingCount(), heap.peakMiB());
                double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
                System.out.printf("harvest %s CPU: %.1f s of the JVM (server and harvester) = %.0f µs a record, %.2f cores busy%n",
                        o.db(), cpuSeconds, cpuSeconds * 1e6 / Math.max(1, total), cpuSeconds / harvestSeconds);
                if (o.harvestOnly()) {
                    // closing the held worker would drain the queue first: empty it, the run ends here
                    new JdbcTemplate(ds).update("delete from unify_queue");
                    return;
                }
                long clusterStart = System.nanoTime();
                long queued = warehouse.pendingCount();
                if (clustering != null) {
                    clustering.pause(false);
                    while (!clustering.awaitDrained(Duration.ofSeconds(15))) {
                        progress.print();
                    }
                }
                double allSeconds = (System.nanoTime() - began) / 1e9;
                Long published = new JdbcTemplate(ds).queryForObject("select count(*) from unified_record where not deleted", Long.class);
                double clusterSeconds = (System.nanoTime() - clusterStart) / 1e9;
                System.out.printf("catalogue caught up %s: %,d unified records published and indexed %.1f s after the start "
                                + "(%,.0f records/s end to end); the %,d records queued when the harvest ended took %.1f s "
                                + "(%,.0f records/s); peak heap %d MiB, GC %.1f%% of the time%n", o.db(), published, allSeconds,
                        total / allSeconds, queued, clusterSeconds, queued / clusterSeconds, heap.peakMiB(), heap.gcPercent());

                printQuality(ds, o);
                if (o.changes() > 0) {
                    incremental(o, demo, sources, harvester, clustering, pool);
                }
            }
        }
    }

    /**
     * The sources retitle {@code --changes} records spread over every library, then every source is harvested
     * incrementally (from the last harvest's start): times the harvest and the re-matching of what it changed.
     */
    private static void incremental(Options o, DemoNetwork demo, JdbcSourceRegistry sources, Harvester harvester,
                                    BackgroundClustering clustering, ExecutorService pool) throws Exception {
        RecordGenerator generator = new RecordGenerator(DemoNetworkOptions.DEFAULT_SEED, Scale.total(o.records()));
        List<DemoSource> all = demo.sources();
        int edited = 0;
        for (int l = 0; l < all.size(); l++) {
            String code = all.get(l).code();
            int count = generator.count(code);
            int take = Math.min(count, (o.changes() - edited) / (all.size() - l));
            for (int k = 0; k < take; k++) {
                GeneratedRecord g = generator.record(code, (int) ((long) k * count / take));
                demo.editor(code).updateTitle(g.localId(), g.cleanTitle() + "（修订本）");
            }
            edited += take;
        }
        // datestamps have seconds granularity and the next harvest starts from this one's start: step past it
        Thread.sleep(1100);
        long began = System.nanoTime();
        List<Future<HarvestReport>> runs = new ArrayList<>();
        for (DemoSource s : all) {
            Source source = sources.find(s.code()).orElseThrow();
            runs.add(pool.submit(() -> harvester.harvest(source, HarvestRequest.incremental())));
        }
        long served = 0;
        long updated = 0;
        for (Future<HarvestReport> run : runs) {
            HarvestReport report = run.get();
            served += report.counts().total();
            updated += report.counts().updated();
        }
        double harvestSeconds = (System.nanoTime() - began) / 1e9;
        if (clustering != null) {
            clustering.awaitDrained(Duration.ofMinutes(10));
        }
        double allSeconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("incremental %s: %,d records retitled at the sources; incremental harvest of %d sources read %,d records "
                        + "(%,d updated) in %.2f s; re-matched, published and indexed %.2f s after it began%n", o.db(), edited, all.size(),
                served, updated, harvestSeconds, allSeconds);
    }

    /**
     * Pairwise precision, recall and F1 of the clusters against the generator's works, over the published
     * members (records rejected or quarantined belong to no cluster and to no gold pair).
     */
    private static void printQuality(HikariDataSource ds, Options o) {
        ClusterQuality.print(ds, new RecordGenerator(DemoNetworkOptions.DEFAULT_SEED, Scale.total(o.records())));
    }

    /**
     * CPU time of the whole JVM: on the shared 2-core machine the records/s figure moves with other people's
     * load, while the CPU spent per record mostly does not.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A progress line: records stored so far, rate, clustering queue, heap. */
    private static final class Progress {
        private final long began;
        private final AtomicLong stored;
        private final Warehouse warehouse;
        private final HeapSampler heap;
        private long last = System.nanoTime();

        Progress(long began, AtomicLong stored, Warehouse warehouse, HeapSampler heap) {
            this.began = began;
            this.stored = stored;
            this.warehouse = warehouse;
            this.heap = heap;
        }

        void printEvery(Duration every) {
            if (System.nanoTime() - last >= every.toNanos()) {
                print();
            }
        }

        void print() {
            last = System.nanoTime();
            double seconds = (last - began) / 1e9;
            System.out.printf("  %6.0f s: %,10d stored (%,6.0f records/s), %,9d queued for clustering, peak heap %d MiB%n", seconds,
                    stored.get(), stored.get() / seconds, warehouse.pendingCount(), heap.peakMiB());
        }
    }

    /** {@code harvestOnly}: {@code --clustering none} stops after the harvest figure (the queue is left undrained). */
    record Options(long records, String db, int page, int parallel, boolean inline, boolean harvestOnly, int changes, String h2Settings) {
        static Options parse(String[] args) {
            long records = 1_000_000;
            String db = "h2";
            int page = 500;
            int parallel = 4;
            boolean inline = false;
            boolean harvestOnly = false;
            int changes = 1000;
            String h2Settings = "";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--records" -> records = Long.parseLong(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    case "--page" -> page = Integer.parseInt(args[i + 1]);
                    case "--parallel" -> parallel = Integer.parseInt(args[i + 1]);
                    case "--changes" -> changes = Integer.parseInt(args[i + 1]);
                    case "--h2" -> h2Settings = args[i + 1];
                    case "--clustering" -> inline = switch (args[i + 1]) {
                        case "inline" -> true;
                        case "after" -> false;
                        case "none" -> {
                            harvestOnly = true;
                            yield false;
                        }
                        default -> throw new IllegalArgumentException("--clustering is after, inline or none, got " + args[i + 1]);
                    };
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Options(records, db, page, parallel, inline, harvestOnly, changes, h2Settings);
        }
    }
}
