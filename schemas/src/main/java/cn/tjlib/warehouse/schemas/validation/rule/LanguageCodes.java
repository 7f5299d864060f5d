package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ISO 639-1 and 639-2 (T and B) codes of {@code vocab/languages.tsv}, and the BCP 47 shape of a tag
 * built on one of them ({@code zh}, {@code chi}, {@code zh-CN}, {@code zh-Hans-CN}).
 */
final class LanguageCodes {
    // after the primary subtag: script (Hans), region (CN, 156), variants and extensions, all 1–8 alphanumerics
    private static final Pattern SUBTAGS = Pattern.compile("^([-_][A-Za-z0-9]{1,8})*$");

    private final Set<String> codes;

    private LanguageCodes(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** Reads 639-2/T, 639-2/B, 639-1 from the first three tab-separated columns; "-" means none. */
    static LanguageCodes parse(List<String> lines) {
        Set<String> codes = new HashSet<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException("language line needs 639-2/T, 639-2/B and 639-1 columns: " + line);
            }
            for (int i = 0; i < 3; i++) {
                if (!columns[i].equals("-")) {
                    codes.add(columns[i].strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new LanguageCodes(codes);
    }

    /** Whether the value is an ISO 639 code or a BCP 47 tag whose primary language subtag is one. */
    boolean known(String value) {
        String v = Text.foldWidth(value).strip();
        int end = 0;
        while (end < v.length() && end <= 3 && Character.isLetter(v.charAt(end)) && v.charAt(end) < 128) {
            end++;
        }
        return end >= 2 && end <= 3 && codes.contains(v.substring(0, end).toLowerCase(Locale.ROOT))
                && SUBTAGS.matcher(v.substring(end)).matches();
    }
}
