package cn.tjlib.warehouse.schemas.validation.rule;

import java.time.Clock;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date must exist in the calendar (month 1–12, a day the month has, a time of day that exists) and
 * lie no further ahead than {@code max-years-ahead} years after this year (forthcoming items are
 * catalogued a year ahead at most); dates in no known form are left to {@link W3cdtfForm}.
 */
final class CalendarDate extends ValueCheck {
    private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$");
    private final Clock clock;
    private final int maxYearsAhead;

    CalendarDate(Clock clock, int maxYearsAhead) {
        if (maxYearsAhead < 0) {
            throw new IllegalArgumentException("max-years-ahead must be >= 0, got " + maxYearsAhead);
        }
        this.clock = clock;
        this.maxYearsAhead = maxYearsAhead;
    }

    @Override
    Optional<String> inspect(String value) {
        return DateForm.read(value).filter(d -> !possible(d)).map(d -> "");
    }

    private boolean possible(DateForm d) {
        if (d.year() < 1 || d.year() > Year.now(clock).getValue() + maxYearsAhead) {
            return false;
        }
        if (d.month() == DateForm.ABSENT) {
            return d.day() == DateForm.ABSENT;
        }
        if (d.month() < 1 || d.month() > 12) {
            return false;
        }
        boolean dayExists = d.day() == DateForm.ABSENT
                || d.day() >= 1 && d.day() <= YearMonth.of(d.year(), d.month()).lengthOfMonth();
        return dayExists && timeExists(d.time());
    }

    private static boolean timeExists(String time) {
        if (time.isEmpty()) {
            return true;
        }
        String clockPart = ZONE.matcher(time.substring(1)).replaceFirst("");
        try {
            LocalTime.parse(clockPart);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
