package cn.tjlib.warehouse.app.source;

import cn.tjlib.warehouse.source.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the sources file: a YAML document {@code sources: [{code, name, baseUrl, metadataPrefix,
 * set, schedule, enabled}]}. Errors name the entry and the field.
 */
public final class SourcesFile {
    private SourcesFile() {
    }

    public static List<Source> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(doc instanceof Map<?, ?> map) || !(map.get("sources") instanceof List<?> list)) {
                throw new IllegalArgumentException(file + ": expected a top-level 'sources:' list");
            }
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> entry)) {
                    throw new IllegalArgumentException(file + ": sources[" + i + "] is not a mapping");
                }
                sources.add(source(file, i, entry));
            }
            return sources;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read sources file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Source source(Path file, int i, Map<?, ?> e) {
        try {
            Object enabled = e.get("enabled");
            return new Source(text(e, "code"), text(e, "name"), URI.create(text(e, "baseUrl")), text(e, "metadataPrefix"),
                    text(e, "set"), text(e, "schedule"), enabled == null || Boolean.parseBoolean(enabled.toString()));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file + ": sources[" + i + "]: " + ex.getMessage(), ex);
        }
    }

    private static String text(Map<?, ?> e, String key) {
        Object v = e.get(key);
        return v == null ? null : v.toString();
    }
}
