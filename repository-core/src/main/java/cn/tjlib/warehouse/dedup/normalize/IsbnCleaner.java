package cn.tjlib.warehouse.dedup.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an ISBN to its thirteen digits: hyphens, spaces, qualifiers such as "(平装)" and the
 * "ISBN" prefix go; an ISBN-10 becomes its ISBN-13 (978 prefix, check digit recomputed).
 * Anything that is not ten or thirteen digits cleans to the empty string.
 */
public final class IsbnCleaner implements Cleaner {
    private static final Pattern CANDIDATE = Pattern.compile("(97[89][0-9]{10}|[0-9]{9}[0-9x])");

    @Override
    public String clean(String value) {
        String compact = TextFolder.fold(value).replaceAll("[\\s\\-‐‑–]", "");
        Matcher m = CANDIDATE.matcher(compact);
        if (!m.find()) {
            return "";
        }
        String isbn = m.group(1);
        return isbn.length() == 13 ? isbn : toIsbn13(isbn.substring(0, 9));
    }

    static String toIsbn13(String nineDigits) {
        String twelve = "978" + nineDigits;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
