package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.storage.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * The issue-6 endpoint benchmark: a catalogue of N unified records written straight into a fresh
 * database (H2 file, or a new database on the local PostgreSQL), served by the real service jar in a
 * child JVM limited to {@code --heap} (512m), and harvested in full over loopback with ListRecords by
 * a plain HTTP client following resumption tokens. Prints records/s, MB/s, the service's peak heap in
 * use, and the first and last pages' times.
 * <p>
 * Usage: {@code OaiBenchmark [--records 1000000] [--db h2|postgres] [--prefix oai_dc] [--page 100]
 * [--heap 512m] [--jfr true] [--jar app/target/warehouse.jar]}; the service jar must be built
 * ({@code ./warehouse bench oai} builds it).
 */
public final class OaiBenchmark {
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path jar = Path.of(o.jar()).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the service jar " + jar + " is missing: run ./warehouse bench oai from the repository root");
        }
        Path dir = Files.createTempDirectory("oai-bench");
        System.out.printf("OAI-PMH benchmark: %,d records, %s, %s, page size %d, service heap -Xmx%s; load average %.2f on %d CPUs%n",
                o.records(), o.db(), o.prefix(), o.page(), o.heap(), load(), Runtime.getRuntime().availableProcessors());

        long fillStart = System.nanoTime();
        List<String> database;
        long filled;
        try (HikariDataSource ds = open(o.db(), dir)) {
            filled = OaiBenchCatalogue.fill(ds, o.records());
            database = o.db().equals("h2") ? List.of()
                    : List.of("--spring.datasource.url=" + ds.getJdbcUrl(), "--spring.datasource.username=postgres");
        } // closed before the service opens it: an H2 file has one owner at a time
        System.out.printf("catalogue filled: %,d unified records in %.1f s%n", filled, (System.nanoTime() - fillStart) / 1e9);

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        long startStart = System.nanoTime();
        Path jfr = o.jfr() ? dir.resolve("service.jfr") : null;
        try (OaiBenchServer server = OaiBenchServer.start(jar, dir, port, o.heap(), o.page(), database, jfr)) {
            System.out.printf("service up in %.1f s (pid %d, log %s)%n", (System.nanoTime() - startStart) / 1e9, server.pid(),
                    dir.resolve("service.log"));
            OaiBenchHarvest.Result r = new OaiBenchHarvest().listRecords(server::oai, o.prefix());
            report(o, filled, r, server.peakHeapMiB());
        }
        if (jfr != null) {
            System.out.println("service profile: " + jfr);
        }
        drop(o.db(), dir, database);
    }

    /** Removes the million-record database (gigabytes); the service's log and GC log stay in {@code dir}. */
    private static void drop(String db, Path dir, List<String> database) throws IOException, SQLException {
        if (db.equals("h2")) {
            try (var files = Files.walk(dir.resolve("db"))) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            return;
        }
        String url = database.get(0).substring(database.get(0).indexOf('=') + 1);
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection con = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = con.createStatement()) {
            s.execute("drop database " + name);
        }
    }

    private static void report(Options o, long filled, OaiBenchHarvest.Result r, long peakHeapMiB) {
        List<Double> pages = r.pageMillis();
        int n = pages.size();
        int tenth = Math.max(1, n / 10);
        System.out.printf("harvested %,d records (%,d deleted) in %,d pages, %.1f s: %,.0f records/s, %.1f MB/s (%,.0f MB)%n",
                r.records(), r.deleted(), n, r.seconds(), r.records() / r.seconds(), r.bytes() / 1e6 / r.seconds(), r.bytes() / 1e6);
        System.out.printf("complete: %s (%,d in the catalogue), duplicates: %d%n", r.records() == filled ? "yes" : "NO", filled, r.duplicates());
        System.out.printf("first page %.1f ms, last page %.1f ms; mean of first tenth %.1f ms, of last tenth %.1f ms%n",
                pages.get(0), pages.get(n - 1), mean(pages.subList(0, tenth)), mean(pages.subList(n - tenth, n)));
        System.out.printf("service peak heap in use %d MiB (limit -Xmx%s, from its GC log, start-up included); load average now %.2f%n",
                peakHeapMiB, o.heap(), load());
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The service's own H2 database under {@code dir} (same URL as application.yml), or a new PostgreSQL one. */
    private static HikariDataSource open(String db, Path dir) {
        if (!db.equals("h2")) {
            return BenchDatabases.open(db, dir);
        }
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(2);
        c.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/warehouse") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        c.setUsername("sa");
        HikariDataSource ds = new HikariDataSource(c);
        Migrations.migrate(ds);
        return ds;
    }

    record Options(long records, String db, String prefix, int page, String heap, boolean jfr, String jar) {
        static Options parse(String[] args) {
            long records = 1_000_000;
            String db = "h2";
            String prefix = "oai_dc";
            int page = 100;
            String heap = "512m";
            boolean jfr = false;
            String jar = "app/target/warehouse.jar";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--records" -> records = Long.parseLong(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    case "--prefix" -> prefix = args[i + 1];
                    case "--page" -> page = Integer.parseInt(args[i + 1]);
                    case "--heap" -> heap = args[i + 1];
                    case "--jfr" -> jfr = Boolean.parseBoolean(args[i + 1]);
                    case "--jar" -> jar = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (!db.equals("h2") && !db.equals("postgres")) {
                throw new IllegalArgumentException("--db must be h2 or postgres, got '" + db + "'");
            }
            return new Options(records, db, prefix, page, heap, jfr, jar);
        }
    }
}
