package cn.tjlib.warehouse.search.facet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive range of publication years, as filters write it: {@code 2015}, {@code 2010-2019}, {@code 2010-}, {@code -1949}. */
public record YearRange(int from, int to) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})?\\s*(-)?\\s*(\\d{1,4})?");

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("year range must not end before it starts, got " + from + "-" + to);
        }
    }

    /** The range {@code text} names; throws naming the text if it is not a year or a range of years. */
    public static YearRange parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || (m.group(1) == null && m.group(3) == null) || (m.group(2) == null && m.group(3) != null)) {
            throw new IllegalArgumentException("year filter must be a year or a range like 2010-2019, got '" + text + "'");
        }
        int from = m.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new YearRange(from, from);
        }
        return new YearRange(from, m.group(3) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(3)));
    }

    /** The decade {@code year} falls in, as a filter value: {@code 2010-2019}. */
    public static String decadeOf(int year) {
        int start = Math.floorDiv(year, 10) * 10;
        return start + "-" + (start + 9);
    }
}
