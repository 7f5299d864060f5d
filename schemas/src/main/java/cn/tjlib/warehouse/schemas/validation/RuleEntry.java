package cn.tjlib.warehouse.schemas.validation;

import java.util.Map;

/** One {@code [RULE-ID]} section of a rule file as written: its keys and where it starts, for error messages. */
record RuleEntry(String id, String file, int line, Map<String, String> keys) {
    RuleEntry {
        keys = Map.copyOf(keys);
    }

    String where() {
        return file + ":" + line + " [" + id + "]";
    }
}
