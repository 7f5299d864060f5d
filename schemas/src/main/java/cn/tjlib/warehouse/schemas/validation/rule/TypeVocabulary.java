package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The controlled genre words of {@code vocab/types.tsv}, each mapped to its DCMI Type term. */
final class TypeVocabulary {
    private final Map<String, String> dcmiTypes;

    private TypeVocabulary(Map<String, String> dcmiTypes) {
        this.dcmiTypes = Map.copyOf(dcmiTypes);
    }

    /** Reads "genre TAB DCMI type" lines (further columns are notes). */
    static TypeVocabulary parse(List<String> lines) {
        Map<String, String> types = new HashMap<>();
        for (String line : lines) {
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                throw new IllegalArgumentException("type line needs a genre and a DCMI type, got: " + line);
            }
            types.put(key(columns[0]), columns[1].strip());
        }
        return new TypeVocabulary(types);
    }

    boolean contains(String genre) {
        return dcmiTypes.containsKey(key(genre));
    }

    private static String key(String genre) {
        return Text.foldWidth(genre).strip().toLowerCase(Locale.ROOT);
    }
}
