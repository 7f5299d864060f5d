package cn.tjlib.warehouse.dedup.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a China standard serial number (CN, GB/T 9999) to its region-serial part: "CN 12-1034/G2"
 * and "12-1034" both clean to "12-1034"; the classification after the slash varies between catalogues.
 */
public final class SerialNumberCleaner implements Cleaner {
    private static final Pattern CN = Pattern.compile("([0-9]{2})\\s*[\\-‐–]\\s*([0-9]{4})");

    @Override
    public String clean(String value) {
        Matcher m = CN.matcher(TextFolder.fold(value));
        return m.find() ? m.group(1) + "-" + m.group(2) : "";
    }
}
