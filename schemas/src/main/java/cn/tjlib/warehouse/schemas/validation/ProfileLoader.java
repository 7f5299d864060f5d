package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.schemas.validation.rule.Checks;
import cn.tjlib.warehouse.schemas.validation.rule.Field;
import cn.tjlib.warehouse.schemas.validation.rule.StandardFiles;
import cn.tjlib.warehouse.validation.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a profile file and the rule files it includes into a {@link Profile}, building each rule's check once. */
final class ProfileLoader {
    private static final Set<String> RULE_KEYS = Set.of("field", "check", "severity", "standard", "zh", "en");

    private final StandardFiles files;
    private final Checks checks;
    // a rule file included by several profiles is built once, so its checks (and vocabularies) are shared
    private final Map<RuleEntry, Rule> built = new HashMap<>();

    ProfileLoader(StandardFiles files, Checks checks) {
        this.files = files;
        this.checks = checks;
    }

    /** The profile in {@code profiles/<name>.profile}. */
    Profile load(String name) {
        Map<String, RuleEntry> entries = new LinkedHashMap<>();
        collect("profiles/" + name + ".profile", entries, new Includes(new HashSet<>(), new HashSet<>(), new ArrayList<>()));
        return new Profile(name, entries.values().stream().map(e -> built.computeIfAbsent(e, this::build)).toList());
    }

    /** What one profile's include walk has seen: files read, rule ids excluded, the include chain for cycles. */
    private record Includes(Set<String> visited, Set<String> excluded, List<String> chain) {
    }

    private void collect(String path, Map<String, RuleEntry> entries, Includes walk) {
        if (walk.chain().contains(path)) {
            throw new IllegalArgumentException("rule files include each other: " + walk.chain() + " -> " + path);
        }
        if (!walk.visited().add(path)) {
            return; // included twice through different files: its rules are already in
        }
        walk.chain().add(path);
        RuleFile file = RuleFile.parse(path, files.lines(path));
        walk.excluded().addAll(file.excludes());
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        for (String include : file.includes()) {
            collect(folder + include, entries, walk);
        }
        for (RuleEntry e : file.rules()) {
            RuleEntry earlier = entries.putIfAbsent(e.id(), e);
            if (earlier != null) {
                throw new IllegalArgumentException(e.where() + ": rule id already defined at " + earlier.where());
            }
        }
        entries.keySet().removeAll(walk.excluded());
        walk.chain().remove(walk.chain().size() - 1);
    }

    private Rule build(RuleEntry e) {
        try {
            Map<String, String> params = new HashMap<>(e.keys());
            params.keySet().removeAll(RULE_KEYS);
            return new Rule(e.id(), Field.named(need(e, "field")), checks.create(need(e, "check"), params),
                    Severity.valueOf(need(e, "severity")), e.keys().get("standard"), e.keys().get("zh"), e.keys().get("en"));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(e.where() + ": " + ex.getMessage(), ex);
        }
    }

    private static String need(RuleEntry e, String key) {
        String v = e.keys().get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }
}
