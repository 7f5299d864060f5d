package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims on sources, on H2 and on PostgreSQL: one holder at a time, lapsing after a crash, and one harvest per cron firing. */
class HarvestLeasesIT {
    private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(90);

    @Test
    void onH2() {
        contract(TestDatabases.h2());
    }

    @Test
    void onPostgres() {
        contract(TestDatabases.postgres());
    }

    private static void contract(DataSource ds) {
        new JdbcSourceRegistry(ds, Clock.systemUTC()).save(Source.of("heping", "和平区图书馆", URI.create("http://127.0.0.1/heping/oai")));
        JdbcHarvestLeases leases = new JdbcHarvestLeases(ds);

        assertThat(leases.tryClaim("heping", "node-a", TTL, T0)).as("a free source is claimed").isTrue();
        assertThat(leases.tryClaim("heping", "node-b", TTL, T0.plusSeconds(10))).as("a held claim excludes others").isFalse();
        assertThat(leases.tryClaim("heping", "node-a", TTL, T0.plusSeconds(10))).as("and its own holder, too").isFalse();
        assertThat(leases.holder("heping", T0.plusSeconds(10))).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("node-a"));

        assertThat(leases.renew("heping", "node-a", TTL, T0.plusSeconds(60))).isTrue();
        assertThat(leases.tryClaim("heping", "node-b", TTL, T0.plusSeconds(120))).as("renewed until 150 s").isFalse();
        // node-a crashes without releasing: its claim lapses and node-b takes over
        assertThat(leases.tryClaim("heping", "node-b", TTL, T0.plusSeconds(151))).isTrue();
        assertThat(leases.renew("heping", "node-a", TTL, T0.plusSeconds(152))).as("the lost claim cannot be renewed").isFalse();

        leases.release("heping", "node-a");
        assertThat(leases.holder("heping", T0.plusSeconds(153))).as("only the holder releases").isPresent();
        leases.release("heping", "node-b");
        assertThat(leases.holder("heping", T0.plusSeconds(153))).isEmpty();
        assertThat(leases.tryClaim("heping", "node-a", TTL, T0.plusSeconds(154))).isTrue();

        Instant firing = Instant.parse("2025-03-02T01:00:00Z");
        assertThat(leases.tryFire("heping", firing)).as("the first instance to see a firing").isTrue();
        assertThat(leases.tryFire("heping", firing)).as("a second instance seeing the same firing").isFalse();
        assertThat(leases.tryFire("heping", firing.plus(Duration.ofDays(1)))).as("the next night's firing").isTrue();
    }
}
