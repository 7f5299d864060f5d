package cn.tjlib.warehouse.dedup.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a web address to {@code host|path?query} for comparison: scheme, "www.", default port, fragment
 * and a trailing slash go, the host is lower-cased (RFC 3986 §6.2.2–6.2.3); "https://www.tj.gov.cn/a/"
 * and "http://tj.gov.cn/a" both clean to "tj.gov.cn|/a". Anything that is not an http(s) address cleans to "".
 */
public final class UriCleaner implements Cleaner {
    private static final Pattern HTTP = Pattern.compile("(?i)^https?://(?:www\\.)?([^/:?#\\s]+)(?::(?:80|443))?([^#\\s]*)");

    @Override
    public String clean(String value) {
        Matcher m = HTTP.matcher(value == null ? "" : value.strip());
        if (!m.find()) {
            return "";
        }
        String rest = m.group(2);
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return m.group(1).toLowerCase(Locale.ROOT) + "|" + rest;
    }

    /** The host part of a cleaned address. */
    public static String host(String cleaned) {
        int bar = cleaned.indexOf('|');
        return bar < 0 ? cleaned : cleaned.substring(0, bar);
    }
}
