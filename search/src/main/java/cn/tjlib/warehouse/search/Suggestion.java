package cn.tjlib.warehouse.search;

import java.util.Objects;

/** A title or creator name that starts with what the reader typed, and in how many records it occurs. */
public record Suggestion(String text, Kind kind, long count) {
    /** Where the suggested text comes from. */
    public enum Kind { TITLE, CREATOR }

    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
