package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.fixtures.DemoLibraries;
import cn.tjlib.warehouse.fixtures.DemoLibrary;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.schemas.validation.ProfileValidator;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import com.zaxxer.hikari.HikariDataSource;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest pipeline without HTTP: generated records → store raw → parse → validate → unified
 * record → Lucene, page by page as a harvest would. Prints records/s and peak heap.
 * Usage: {@code IngestBenchmark [--records N] [--db h2|postgres] [--page 500] [--mode inline|staged]}: inline clusters
 * after every page as the service does; staged stores every page first, then drains the clustering queue, and
 * prints the two stages' rates apart.
 */
public final class IngestBenchmark {
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        try (ScratchDirectory scratch = ScratchDirectory.create("ingest-bench")) {
            run(o, scratch.path());
        }
    }

    private static void run(Options o, Path dir) throws Exception {
        RecordGenerator generator = new RecordGenerator(20120528L, Scale.total(o.records()));
        HeapSampler heap = HeapSampler.start();
        try (HikariDataSource ds = BenchDatabases.open(o.db(), dir);
             LuceneCatalogueIndex index = new LuceneCatalogueIndex(dir.resolve("index"))) {
            Clock clock = Clock.systemUTC();
            Warehouse warehouse = new Warehouse(ds, index, ProfileValidator.loadDefault(), clock, List.of("nlc", "tjl"));
            JdbcSourceRegistry sources = new JdbcSourceRegistry(ds, clock);
            JdbcHarvestLog log = new JdbcHarvestLog(ds);
            long began = System.nanoTime();
            long done = 0;
            for (DemoLibrary library : DemoLibraries.all()) {
                sources.save(Source.of(library.code(), library.name(), URI.create("http://127.0.0.1/" + library.code())));
                long run = log.start(library.code(), true, null, clock.instant());
                List<HarvestedRecord> page = new ArrayList<>(o.page());
                var it = generator.records(library.code()).iterator();
                while (it.hasNext()) {
                    GeneratedRecord g = it.next();
                    page.add(HarvestedRecord.of(g.oaiIdentifier(), g.datestamp(), List.of(g.kind().setSpec()),
                            cn.tjlib.warehouse.xml.XmlChars.strip(g.oaiDc())));
                    if (page.size() == o.page() || !it.hasNext()) {
                        HarvestPage harvested = new HarvestPage(run, library.code(), "oai_dc", page, null);
                        if (o.staged()) {
                            warehouse.store(harvested);
                        } else {
                            warehouse.ingest(harvested);
                        }
                        done += page.size();
                        page = new ArrayList<>(o.page());
                    }
                }
                System.out.printf("%-9s %8d records, %6.0f records/s so far%n", library.code(), done,
                        done / ((System.nanoTime() - began) / 1e9));
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("%s %s: %d records in %.1f s = %.0f records/s, peak heap %d MiB%n",
                    o.staged() ? "store (raw, parse, validate, findings, queue)" : "ingest (all stages)", o.db(), done, seconds,
                    done / seconds, heap.peakMiB());
            if (o.staged()) {
                long clusterStart = System.nanoTime();
                long pending = warehouse.pendingCount();
                int changed = warehouse.unifyPending();
                double clusterSeconds = (System.nanoTime() - clusterStart) / 1e9;
                System.out.printf("cluster + unified records + index %s: %d queued records in %.1f s = %.0f records/s, "
                                + "%d unified records published, peak heap %d MiB%n", o.db(), pending, clusterSeconds,
                        pending / clusterSeconds, changed, heap.peakMiB());
                System.out.printf("end to end %s: %.0f records/s%n", o.db(), done / (seconds + clusterSeconds));
            }
        }
    }

    record Options(long records, String db, int page, boolean staged) {
        static Options parse(String[] args) {
            long records = 100_000;
            String db = "h2";
            int page = 500;
            boolean staged = false;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--records" -> records = Long.parseLong(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    case "--page" -> page = Integer.parseInt(args[i + 1]);
                    case "--mode" -> staged = switch (args[i + 1]) {
                        case "staged" -> true;
                        case "inline" -> false;
                        default -> throw new IllegalArgumentException("--mode is inline or staged, got " + args[i + 1]);
                    };
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Options(records, db, page, staged);
        }
    }
}
