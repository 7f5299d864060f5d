package cn.tjlib.warehouse.app.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real service process killed with SIGKILL in the middle of a harvest and started again on the same
 * data directory continues the interrupted run from its last checkpoint: the source is not asked for
 * the list's first page again, and every record is stored exactly once.
 */
class CrashResumeIT {
    private static final int PAGES = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir Path dir;
    // the services' logs stay after the test, for whoever has to find out why it failed
    private final Path logs = Path.of("target", "crash-resume-logs");

    @Test
    void aServiceKilledMidHarvestResumesFromTheCheckpointWhenRestarted() throws Exception {
        Files.createDirectories(logs);
        try (SlowOaiSource source = SlowOaiSource.start(PAGES, 25, Duration.ofMillis(700))) {
            Path data = dir.resolve("data");
            Path sources = dir.resolve("sources.yml");
            Files.writeString(sources, """
                    sources:
                      - code: slow
                        name: 慢速测试图书馆
                        baseUrl: %s
                        metadataPrefix: oai_dc
                    """.formatted(source.baseUrl()), StandardCharsets.UTF_8);
            String[] common = {"warehouse.demo.enabled=false", "warehouse.sources-file=" + sources,
                    // a claim outlives a killed process by this long; short, so the restarted service need not wait 90 s
                    "warehouse.schedule.lease-ttl=10s"};

            try (ServiceProcess first = ServiceProcess.start(data, logs.resolve("first.log"), with(common, "warehouse.harvest.on-start=true"))) {
                await(first, "the first page's checkpoint", run -> run.get("pages").asInt() >= 1);
                first.kill();
            }
            Checkpoint checkpoint = checkpoint(data);
            assertThat(checkpoint.status()).as("the killed run is left RUNNING").isEqualTo("RUNNING");
            assertThat(checkpoint.pages()).as("killed mid-harvest").isBetween(1, PAGES - 1);
            assertThat(checkpoint.token()).isEqualTo("page-" + (checkpoint.pages() + 1));
            assertThat(checkpoint.storedRecords()).isEqualTo(checkpoint.pages() * 25);
            int seenBeforeRestart = source.requests().size();

            // no start-up harvest this time: the service itself must find and resume the interrupted run
            try (ServiceProcess second = ServiceProcess.start(data, logs.resolve("second.log"), with(common, "warehouse.harvest.on-start=false"))) {
                JsonNode run = await(second, "the resumed run's success", r -> "SUCCEEDED".equals(r.get("status").asString()));
                assertThat(run.get("id").asLong()).as("the same run, continued").isEqualTo(checkpoint.runId());
                second.stop();
            }

            List<SlowOaiSource.Request> afterRestart = source.requests().subList(seenBeforeRestart, source.requests().size())
                    .stream().filter(r -> r.verb().equals("ListRecords")).toList();
            assertThat(afterRestart).as("ListRecords requests after the restart").isNotEmpty();
            assertThat(afterRestart.get(0).resumptionToken()).as("continues from the checkpoint's token").isEqualTo(checkpoint.token());
            assertThat(afterRestart).as("the list is never started again").allSatisfy(r -> assertThat(r.resumptionToken()).isNotNull());

            try (Connection db = open(data); Statement s = db.createStatement()) {
                assertThat(single(s, "select count(*) from raw_record where source_code = 'slow'")).isEqualTo(source.recordCount());
                assertThat(single(s, "select count(distinct oai_identifier) from raw_record where source_code = 'slow'"))
                        .as("no record stored twice").isEqualTo(source.recordCount());
                assertThat(single(s, "select count(*) from raw_record_version")).as("no record re-versioned").isZero();
                assertThat(single(s, "select max(version) from raw_record")).isEqualTo(1);
                assertThat(single(s, "select count(*) from harvest_run")).as("one run, resumed rather than restarted").isEqualTo(1);
                try (ResultSet r = s.executeQuery("select status, pages, records_new, records_unchanged, records_updated from harvest_run")) {
                    r.next();
                    assertThat(r.getString(1)).isEqualTo("SUCCEEDED");
                    assertThat(r.getInt(2)).isEqualTo(PAGES);
                    assertThat(r.getInt(3)).as("counted new once each").isEqualTo(source.recordCount());
                    assertThat(r.getInt(4) + r.getInt(5)).isZero();
                }
            }
        }
    }

    /** The newest run of source slow once {@code reached} holds for it, polled through the admin API. */
    private static JsonNode await(ServiceProcess service, String what, Predicate<JsonNode> reached) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!service.alive()) {
                throw new AssertionError("the service exited while waiting for " + what + ":\n" + service.logTail());
            }
            String body = service.admin("/api/admin/sources/slow");
            if (body != null) {
                JsonNode runs = JSON.readTree(body).get("runs");
                if (!runs.isEmpty() && reached.test(runs.get(0))) {
                    return runs.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + ":\n" + service.logTail());
    }

    private record Checkpoint(long runId, String status, int pages, String token, long storedRecords) {
    }

    // the killed process holds no lock on the H2 file any more, so the test can read what it left behind
    private static Checkpoint checkpoint(Path data) throws SQLException {
        try (Connection db = open(data); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, status, pages, resumption_token from harvest_run")) {
            assertThat(r.next()).as("a run was recorded").isTrue();
            Checkpoint c = new Checkpoint(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), 0);
            assertThat(r.next()).as("one run only").isFalse();
            return new Checkpoint(c.runId(), c.status(), c.pages(), c.token(),
                    single(s, "select count(*) from raw_record where source_code = 'slow'"));
        }
    }

    private static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("db/warehouse")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String[] with(String[] common, String more) {
        String[] all = java.util.Arrays.copyOf(common, common.length + 1);
        all[common.length] = more;
        return all;
    }
}
