package cn.tjlib.warehouse.search.facet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The top classes of the Chinese Library Classification with their Chinese names, read from
 * {@code clc-top-classes.tsv}: the 22 letters, and the two-letter classes under T (工业技术),
 * which is too broad to be one facet value.
 */
public final class ClcClasses {
    static final String RESOURCE = "clc-top-classes.tsv";
    private static final Map<String, String> LABELS = load();

    private ClcClasses() {
    }

    /**
     * The facet class of a class number: {@code K29 → K}, {@code TP311 → TP}; empty for a number
     * that does not start with a class letter.
     */
    public static Optional<String> topClass(String classNumber) {
        String c = classNumber.strip().toUpperCase(Locale.ROOT);
        if (c.length() >= 2 && LABELS.containsKey(c.substring(0, 2))) {
            return Optional.of(c.substring(0, 2));
        }
        return c.isEmpty() || !LABELS.containsKey(c.substring(0, 1)) ? Optional.empty() : Optional.of(c.substring(0, 1));
    }

    /** The Chinese name of a top class, or the code itself if it is not one. */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = ClcClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + ClcClasses.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    labels.put(columns[0], columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(labels);
    }
}
