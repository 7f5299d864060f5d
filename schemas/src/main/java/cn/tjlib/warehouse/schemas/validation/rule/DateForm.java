package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as catalogued, read into year, month and day: either W3CDTF (YYYY, YYYY-MM, YYYY-MM-DD, with
 * optional time) or one of the forms Chinese catalogues use ({@code 2015.6}, {@code 2015年6月},
 * {@code [2015]}, {@code 2015/6/1}). Components are not range-checked: {@code 2015-13-45} reads as
 * month 13, day 45, so that the calendar rule can say what is wrong.
 *
 * @param month {@link #ABSENT} when not given
 * @param day {@link #ABSENT} when not given
 * @param time the W3CDTF time part ({@code T10:20:30+08:00}), empty when absent
 * @param w3cdtf whether the value was already written in W3CDTF
 */
record DateForm(int year, int month, int day, String time, boolean w3cdtf) {
    static final int ABSENT = -1;
    private static final Pattern W3CDTF = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?)?)?$");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("^[\\[(（〔]\\s*(\\d{4})\\s*[)\\]）〕]$");
    private static final Pattern CHINESE = Pattern.compile(
            "^(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?$");
    private static final Pattern SEPARATED = Pattern.compile("^(\\d{4})[./-](\\d{1,2})(?:[./-](\\d{1,2}))?$");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("^(?:[cC©]|出版年?[:：]?)\\s*(\\d{4})$");

    /** The date the value denotes, if it is written in one of the forms we know. */
    static Optional<DateForm> read(String value) {
        String v = Text.foldWidth(value).strip();
        if (v.length() == 4 && isYear(v)) { // the commonest form, without a regex
            return Optional.of(new DateForm(Integer.parseInt(v), ABSENT, ABSENT, "", true));
        }
        Matcher m = W3CDTF.matcher(v);
        if (m.matches()) {
            return Optional.of(new DateForm(number(m.group(1)), number(m.group(2)), number(m.group(3)),
                    m.group(4) == null ? "" : m.group(4), true));
        }
        for (Pattern p : new Pattern[] {CHINESE, SEPARATED, BRACKETED_YEAR, COPYRIGHT_YEAR}) {
            m = p.matcher(v);
            if (m.matches()) {
                return Optional.of(new DateForm(number(m.group(1)), group(m, 2), group(m, 3), "", false));
            }
        }
        return Optional.empty();
    }

    /** The value in W3CDTF, e.g. {@code 2015-06} for {@code 2015.6}. */
    String toW3cdtf() {
        StringBuilder s = new StringBuilder(16);
        pad(s, year, 4);
        if (month > 0) {
            pad(s.append('-'), month, 2);
            if (day > 0) {
                pad(s.append('-'), day, 2).append(time);
            }
        }
        return s.toString();
    }

    private static boolean isYear(String v) {
        for (int i = 0; i < 4; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder pad(StringBuilder s, int n, int width) {
        String digits = Integer.toString(n);
        return s.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    private static int group(Matcher m, int group) {
        return group <= m.groupCount() ? number(m.group(group)) : ABSENT;
    }

    private static int number(String digits) {
        return digits == null ? ABSENT : Integer.parseInt(digits);
    }
}
