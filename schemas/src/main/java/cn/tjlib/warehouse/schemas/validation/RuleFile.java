package cn.tjlib.warehouse.schemas.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile or rule file: {@code include}/{@code exclude} lines, then one {@code [RULE-ID]} section
 * per rule with {@code key = value} lines; {@code #} starts a comment line. See profiles/README.md.
 */
record RuleFile(String name, List<String> includes, List<String> excludes, List<RuleEntry> rules) {
    private static final Pattern SECTION = Pattern.compile("^\\[([A-Z][A-Z0-9-]*[A-Z0-9])]$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z][a-z0-9-]*)\\s*=\\s*(.*)$");

    RuleFile {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        rules = List.copyOf(rules);
    }

    /** Parses the lines of {@code name}; throws naming the file and line of the first mistake. */
    static RuleFile parse(String name, List<String> lines) {
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        List<RuleEntry> rules = new ArrayList<>();
        String id = null;
        int start = 0;
        Map<String, String> keys = new LinkedHashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            Matcher kv = KEY_VALUE.matcher(line);
            if (section.matches()) {
                if (id != null) {
                    rules.add(new RuleEntry(id, name, start, keys));
                }
                id = section.group(1);
                start = n;
                keys = new LinkedHashMap<>();
            } else if (!kv.matches()) {
                throw new IllegalArgumentException(name + ":" + n + ": expected [RULE-ID] or key = value, got '" + line + "'");
            } else if (id != null) {
                if (keys.putIfAbsent(kv.group(1), kv.group(2).strip()) != null) {
                    throw new IllegalArgumentException(name + ":" + n + ": " + kv.group(1) + " given twice in [" + id + "]");
                }
            } else {
                header(name, n, kv.group(1), kv.group(2).strip(), includes, excludes);
            }
        }
        if (id != null) {
            rules.add(new RuleEntry(id, name, start, keys));
        }
        return new RuleFile(name, includes, excludes, rules);
    }

    private static void header(String file, int n, String key, String value, List<String> includes, List<String> excludes) {
        switch (key) {
            case "include" -> includes.add(value);
            case "exclude" -> excludes.add(value);
            default -> throw new IllegalArgumentException(file + ":" + n + ": before the first rule only include"
                    + " and exclude are allowed, got '" + key + "'");
        }
    }
}
