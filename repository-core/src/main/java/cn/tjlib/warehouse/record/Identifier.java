package cn.tjlib.warehouse.record;

import java.util.Objects;

/** A typed identifier, e.g. an ISBN or a China serial number (CN). */
public record Identifier(IdentifierType type, String value) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("identifier value must not be blank, got '" + value + "'");
        }
        value = value.strip();
    }
}
