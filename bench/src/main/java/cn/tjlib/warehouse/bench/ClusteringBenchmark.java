package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
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
import cn.tjlib.warehouse.xml.XmlChars;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue-5 clustering benchmark. Stores N generated demo records (raw, parsed, validated) without
 * clustering them, then times (1) the full clustering of all of them: blocking, matching, clusters, stable
 * ids, unified records with provenance, through the same queue the service drains; and (2) an incremental
 * run after a harvest that retitles {@code --changes} records spread over every library.
 * <p>
 * Usage: {@code ClusteringBenchmark [--records 1000000] [--db h2|postgres] [--changes 1000] [--index none|lucene]}.
 * With {@code --index none} (the default) unified records are not indexed: the search benchmark measures
 * indexing on its own.
 */
public final class ClusteringBenchmark {
    private static final Pattern TITLE = Pattern.compile("(<dc:title[^>]*>)([^<]*)(</dc:title>)");

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        try (ScratchDirectory scratch = ScratchDirectory.create("clustering-bench")) {
            run(o, scratch.path());
        }
    }

    private static void run(Options o, Path dir) throws Exception {
        RecordGenerator generator = new RecordGenerator(20120528L, Scale.total(o.records()));
        HeapSampler heap = HeapSampler.start();
        HikariDataSource opened = BenchDatabases.open(o.db(), dir);
        try {
            measure(o, generator, heap, opened, dir);
        } finally {
            opened.close();
            if (o.db().equals("postgres")) {
                dropPostgres(opened.getJdbcUrl());
            }
        }
    }

    private static void measure(Options o, RecordGenerator generator, HeapSampler heap, HikariDataSource ds, Path dir) throws Exception {
        try (LuceneCatalogueIndex lucene = o.lucene() ? new LuceneCatalogueIndex(dir.resolve("index")) : null) {
            Clock clock = Clock.systemUTC();
            CatalogueIndex index = lucene != null ? lucene : new NoIndex();
            Warehouse warehouse = new Warehouse(ds, index, ProfileValidator.loadDefault(), clock, List.of("nlc", "tjl"));
            JdbcSourceRegistry sources = new JdbcSourceRegistry(ds, clock);
            JdbcHarvestLog log = new JdbcHarvestLog(ds);
            long began = System.nanoTime();
            long stored = 0;
            for (DemoLibrary library : DemoLibraries.all()) {
                sources.save(Source.of(library.code(), library.name(), URI.create("http://127.0.0.1/" + library.code())));
                long run = log.start(library.code(), true, null, clock.instant());
                stored += store(warehouse, run, library.code(), generator.records(library.code()).iterator(), r -> r);
            }
            double storeSeconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("stored %,d records (not clustered) in %.1f s = %,.0f records/s%n", stored, storeSeconds, stored / storeSeconds);

            long queued = warehouse.pendingCount();
            long t0 = System.nanoTime();
            int published = warehouse.unifyPending();
            double full = (System.nanoTime() - t0) / 1e9;
            Long clusters = new JdbcTemplate(ds).queryForObject("select count(*) from unified_record where not deleted", Long.class);
            System.out.printf("full clustering %s: %,d records into %,d unified records in %.1f s = %,.0f records/s "
                            + "(%,d unified records published, index: %s), peak heap %d MiB, GC %.1f%%%n", o.db(), queued, clusters, full,
                    queued / full, published, o.lucene() ? "Lucene" : "none", heap.peakMiB(), heap.gcPercent());
            ClusterQuality.print(ds, generator);

            long changed = 0;
            int perLibrary = Math.max(1, o.changes() / DemoLibraries.all().size());
            List<DemoLibrary> libraries = DemoLibraries.all();
            for (int l = 0; l < libraries.size() && changed < o.changes(); l++) {
                DemoLibrary library = libraries.get(l);
                int count = generator.count(library.code());
                int take = (int) Math.min(Math.min(perLibrary, count), o.changes() - changed);
                if (l == libraries.size() - 1) {
                    take = (int) Math.min(count, o.changes() - changed);
                }
                List<GeneratedRecord> picked = new ArrayList<>();
                for (int k = 0; k < take; k++) {
                    picked.add(generator.record(library.code(), (int) ((long) k * count / take)));
                }
                long run = log.start(library.code(), false, null, clock.instant());
                changed += store(warehouse, run, library.code(), picked.iterator(), ClusteringBenchmark::retitled);
            }
            long t1 = System.nanoTime();
            int republished = warehouse.unifyPending();
            double incremental = (System.nanoTime() - t1) / 1e9;
            System.out.printf("incremental %s: %,d retitled records re-matched in %.2f s (%,d unified records changed)%n", o.db(),
                    changed, incremental, republished);
        }
    }

    /** Drops the scratch PostgreSQL database, as the H2 file goes with the scratch directory. */
    private static void dropPostgres(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection con = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = con.createStatement()) {
            s.execute("drop database if exists " + name);
        }
    }

    private static long store(Warehouse warehouse, long run, String library, Iterator<GeneratedRecord> records,
                              java.util.function.UnaryOperator<String> edit) {
        long n = 0;
        List<HarvestedRecord> page = new ArrayList<>(500);
        while (records.hasNext()) {
            GeneratedRecord g = records.next();
            page.add(HarvestedRecord.of(g.oaiIdentifier(), g.datestamp(), List.of(g.kind().setSpec()), edit.apply(XmlChars.strip(g.oaiDc()))));
            if (page.size() == 500 || !records.hasNext()) {
                warehouse.store(new HarvestPage(run, library, "oai_dc", page, null));
                n += page.size();
                page = new ArrayList<>(500);
            }
        }
        return n;
    }

    /** The record with its first title changed, as a cataloguer's correction would. */
    private static String retitled(String oaiDc) {
        Matcher m = TITLE.matcher(oaiDc);
        return m.find() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1) + m.group(2) + "（修订本）" + m.group(3))) : oaiDc;
    }

    /** Clustering measured alone: unified records are not indexed. */
    private static final class NoIndex implements CatalogueIndex {
        @Override
        public void update(List<UnifiedRecord> changes) {
        }

        @Override
        public void rebuild(Iterator<UnifiedRecord> all) {
        }
    }

    record Options(long records, String db, int changes, boolean lucene) {
        static Options parse(String[] args) {
            long records = 1_000_000;
            String db = "h2";
            int changes = 1000;
            boolean lucene = false;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--records" -> records = Long.parseLong(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    case "--changes" -> changes = Integer.parseInt(args[i + 1]);
                    case "--index" -> lucene = switch (args[i + 1]) {
                        case "lucene" -> true;
                        case "none" -> false;
                        default -> throw new IllegalArgumentException("--index is none or lucene, got " + args[i + 1]);
                    };
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Options(records, db, changes, lucene);
        }
    }
}
