package cn.tjlib.warehouse.schemas.validation.rule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormTest {
    private static final CalendarDate CALENDAR =
            new CalendarDate(Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC), 1);

    @ParameterizedTest
    @CsvSource({"2015.6,2015-06", "2015.6.1,2015-06-01", "2015年6月,2015-06", "2015年6月1日,2015-06-01",
            "[2015],2015", "（2015）,2015", "2015/6/1,2015-06-01", "2015-6,2015-06", "c2015,2015",
            "２０１５．６,2015-06"})
    void normalisesChineseFormsToW3cdtf(String catalogued, String w3cdtf) {
        assertThat(DateForm.read(catalogued)).get().satisfies(d -> {
            assertThat(d.w3cdtf()).isFalse();
            assertThat(d.toW3cdtf()).isEqualTo(w3cdtf);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015", "2015-06", "2015-06-01", "2015-06-01T10:20+08:00", "2015-06-01T10:20:30.5Z"})
    void acceptsW3cdtf(String value) {
        assertThat(DateForm.read(value)).get().extracting(DateForm::w3cdtf).isEqualTo(true);
        assertThat(CALENDAR.inspect(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-13-45", "2015-02-29", "2015-00", "2015-06-00", "2028", "2015.13",
            "2015-06-01T25:00Z", "0000"})
    void rejectsDatesTheCalendarDoesNotHave(String value) {
        assertThat(CALENDAR.inspect(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-02-29", "2026", "1911年10月10日"})
    void acceptsRealDatesUpToNextYear(String value) {
        assertThat(CALENDAR.inspect(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"不详", "民国二十年", "20150601x"})
    void leavesUnreadableDatesToTheW3cdtfRule(String value) {
        assertThat(DateForm.read(value)).isEmpty();
        assertThat(CALENDAR.inspect(value)).isEmpty();
        assertThat(new W3cdtfForm().inspect(value)).contains("");
    }
}
