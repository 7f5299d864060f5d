package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Language names catalogued instead of codes (中文, 汉语, English) and the code each stands for, from {@code vocab/language-names.tsv}. */
final class LanguageNames {
    private final Map<String, String> codes;

    private LanguageNames(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** Reads "name TAB code" lines. */
    static LanguageNames parse(List<String> lines) {
        Map<String, String> codes = new HashMap<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalArgumentException("language name line needs name and code, got: " + line);
            }
            codes.put(key(columns[0]), columns[1].strip());
        }
        return new LanguageNames(codes);
    }

    /** The code the name stands for, if it is a name we know. */
    Optional<String> code(String name) {
        return Optional.ofNullable(codes.get(key(name)));
    }

    private static String key(String name) {
        return Text.foldWidth(name).strip().toLowerCase(Locale.ROOT);
    }
}
