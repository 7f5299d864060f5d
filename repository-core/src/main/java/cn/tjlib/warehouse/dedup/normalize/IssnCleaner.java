package cn.tjlib.warehouse.dedup.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces an ISSN to eight characters, e.g. "issn 0001-0782" to "00010782"; otherwise empty. */
public final class IssnCleaner implements Cleaner {
    private static final Pattern ISSN = Pattern.compile("([0-9]{4})[\\s\\-‐–]?([0-9]{3}[0-9x])");

    @Override
    public String clean(String value) {
        Matcher m = ISSN.matcher(TextFolder.fold(value));
        return m.find() ? (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT) : "";
    }
}
