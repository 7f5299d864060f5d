package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A check's parameters from a rule file; remembers which were read so that a misspelt one is an error. */
final class Params {
    private final String check;
    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();

    Params(String check, Map<String, String> values) {
        this.check = check;
        this.values = Map.copyOf(values);
    }

    String text(String name, String fallback) {
        read.add(name);
        String v = values.get(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    int integer(String name, int fallback) {
        String v = text(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("check " + check + ": " + name + " must be an integer, got '" + v + "'");
        }
    }

    /** A comma-separated list; blank entries dropped. */
    List<String> list(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Throws naming any parameter the check did not read. */
    void requireAllRead() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("check " + check + " has no parameter " + unknown + "; it takes " + read);
        }
    }
}
