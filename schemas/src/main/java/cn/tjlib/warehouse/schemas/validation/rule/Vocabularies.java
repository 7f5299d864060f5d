package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads each vocabulary file once, however many rules use it (the CLC tree serves two). */
final class Vocabularies {
    private final StandardFiles files;
    private final Map<String, Object> loaded = new HashMap<>();

    Vocabularies(StandardFiles files) {
        this.files = files;
    }

    <T> T get(String file, Class<T> kind, Function<List<String>, T> compile) {
        Object v = loaded.computeIfAbsent(kind.getSimpleName() + ":" + file, k -> compile.apply(dataLines(file)));
        return kind.cast(v);
    }

    /** The file's lines without blank lines and {@code #} comments. */
    private List<String> dataLines(String file) {
        return files.lines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
