package cn.tjlib.warehouse.harvest.protocol;

import java.util.Objects;

/** A set a repository declares in its ListSets response: its setSpec (as used in requests) and name (may be empty). */
public record OaiSet(String spec, String name) {
    public OaiSet {
        Objects.requireNonNull(spec, "spec");
        if (spec.isBlank()) {
            throw new IllegalArgumentException("a setSpec must not be blank");
        }
        name = name == null ? "" : name;
    }
}
