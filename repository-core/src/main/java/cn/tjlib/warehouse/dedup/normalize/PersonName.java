package cn.tjlib.warehouse.dedup.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A creator's name reduced for matching: the folded family name and the folded given names (possibly
 * only initials). Names written without spaces (Chinese) keep everything in {@code family}.
 */
public record PersonName(String family, List<String> given) {
    public PersonName {
        Objects.requireNonNull(family, "family");
        if (family.isBlank()) {
            throw new IllegalArgumentException("family name must not be blank");
        }
        given = List.copyOf(given);
    }

    /** Family name and first initial: the short key used for blocking. */
    public String key() {
        return given.isEmpty() ? family : family + " " + given.get(0).charAt(0);
    }
}
