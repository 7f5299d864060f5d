package cn.tjlib.warehouse.search.facet;

import java.util.Locale;
import java.util.Map;

/**
 * Language values as catalogued ({@code zh}, {@code chi}, {@code 中文}) folded to one ISO 639-2/B
 * code each, so that a facet counts a language once; what cannot be read is {@code und}.
 */
public final class Languages {
    public static final String UNDETERMINED = "und";
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("zh", "chi"), Map.entry("zho", "chi"), Map.entry("chi", "chi"), Map.entry("chinese", "chi"),
            Map.entry("中文", "chi"), Map.entry("汉语", "chi"), Map.entry("zh-cn", "chi"), Map.entry("zh-tw", "chi"),
            Map.entry("en", "eng"), Map.entry("eng", "eng"), Map.entry("english", "eng"), Map.entry("英文", "eng"),
            Map.entry("ja", "jpn"), Map.entry("jpn", "jpn"), Map.entry("日文", "jpn"),
            Map.entry("ru", "rus"), Map.entry("rus", "rus"), Map.entry("俄文", "rus"),
            Map.entry("fr", "fre"), Map.entry("fra", "fre"), Map.entry("fre", "fre"),
            Map.entry("de", "ger"), Map.entry("deu", "ger"), Map.entry("ger", "ger"),
            Map.entry("ko", "kor"), Map.entry("kor", "kor"), Map.entry("mn", "mon"), Map.entry("mon", "mon"),
            Map.entry("bo", "tib"), Map.entry("tib", "tib"), Map.entry("bod", "tib"), Map.entry("ug", "uig"),
            Map.entry("uig", "uig"));
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("chi", "中文"), Map.entry("eng", "英文"), Map.entry("jpn", "日文"), Map.entry("rus", "俄文"),
            Map.entry("fre", "法文"), Map.entry("ger", "德文"), Map.entry("kor", "朝鲜文"), Map.entry("mon", "蒙古文"),
            Map.entry("tib", "藏文"), Map.entry("uig", "维吾尔文"), Map.entry(UNDETERMINED, "未知语种"));

    private Languages() {
    }

    /** The ISO 639-2/B code of {@code value}, or {@code und}. */
    public static String code(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return CODES.getOrDefault(v, UNDETERMINED);
    }

    /** The Chinese name of a code, or the code itself. */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
