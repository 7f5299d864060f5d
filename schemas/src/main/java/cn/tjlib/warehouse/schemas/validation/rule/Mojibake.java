package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value must not be garbled by a wrong character set: the replacement character and the marks of
 * GBK read as UTF-8 and back (锟斤拷), given as {@code markers}, and UTF-8 read as Latin-1/CP1252
 * ({@code æ–‡} for 文, {@code Ã©} for é), recognised by a lead byte followed by a continuation byte.
 */
final class Mojibake extends ValueCheck {
    private static final Pattern LATIN1_UTF8 = Pattern.compile(
            "[\\u00C2-\\u00EF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

    private final List<String> markers;
    private final String markerStarts;

    Mojibake(List<String> markers) {
        if (markers.isEmpty()) {
            throw new IllegalArgumentException("no-mojibake needs markers, e.g. markers = \uFFFD, 锟斤拷");
        }
        this.markers = List.copyOf(markers);
        StringBuilder starts = new StringBuilder();
        markers.forEach(m -> starts.append(m.charAt(0)));
        this.markerStarts = starts.toString();
    }

    @Override
    Optional<String> inspect(String value) {
        // one pass over the value; the markers and the regex are consulted only if a suspect character occurs
        boolean markerStart = false;
        boolean latin1Lead = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            markerStart |= markerStarts.indexOf(c) >= 0;
            latin1Lead |= c >= '\u00C2' && c <= '\u00EF';
        }
        if (markerStart && markers.stream().anyMatch(value::contains)
                || latin1Lead && LATIN1_UTF8.matcher(value).find()) {
            return Optional.of("");
        }
        return Optional.empty();
    }
}
