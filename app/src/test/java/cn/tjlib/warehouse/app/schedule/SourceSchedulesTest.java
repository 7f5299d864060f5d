package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.source.Source;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceSchedulesTest {
    private static final ZoneId TIANJIN = ZoneId.of("Asia/Shanghai");
    private final SourceSchedules schedules = new SourceSchedules(TIANJIN, LocalTime.of(1, 0), Duration.ofMinutes(7));

    @Test
    void sourcesWithoutAScheduleAreStaggeredSevenMinutesApartFromOneAm() {
        assertThat(schedules.defaultCron(0)).isEqualTo("0 0 1 * * *");
        assertThat(schedules.defaultCron(1)).isEqualTo("0 7 1 * * *");
        assertThat(schedules.defaultCron(9)).isEqualTo("0 3 2 * * *");
        assertThat(schedules.defaultCron(21)).isEqualTo("0 27 3 * * *");
    }

    @Test
    void theStaggerWrapsAroundMidnight() {
        SourceSchedules late = new SourceSchedules(TIANJIN, LocalTime.of(23, 50), Duration.ofMinutes(7));
        assertThat(late.defaultCron(2)).isEqualTo("0 4 0 * * *");
    }

    @Test
    void aNegativePositionIsRefused() {
        assertThatThrownBy(() -> schedules.defaultCron(-1)).hasMessageContaining("got -1");
    }

    @Test
    void theNextRunIsReadInTheNetworksTimeZone() {
        Source s = source(null, true);
        // 2025-03-01 00:30 in Tianjin is 2025-02-28 16:30 UTC; the 5th source runs at 01:28 Tianjin time
        Instant next = schedules.next(s, 4, Instant.parse("2025-02-28T16:30:00Z")).orElseThrow();
        assertThat(next).isEqualTo(Instant.parse("2025-02-28T17:28:00Z"));
    }

    @Test
    void aSourcesOwnScheduleWinsOverTheDefault() {
        Source s = source("0 30 2 * * MON", true);
        assertThat(schedules.cronOf(s, 3)).isEqualTo("0 30 2 * * MON");
        assertThat(schedules.next(s, 3, Instant.parse("2025-03-01T00:00:00Z")))
                .contains(Instant.parse("2025-03-02T18:30:00Z"));
    }

    @Test
    void aDisabledSourceHasNoNextRun() {
        assertThat(schedules.next(source(null, false), 0, Instant.now())).isEmpty();
    }

    private static Source source(String cron, boolean enabled) {
        return new Source("heping", "和平区图书馆", URI.create("http://127.0.0.1/heping/oai"), "oai_dc", null, cron, enabled);
    }
}
