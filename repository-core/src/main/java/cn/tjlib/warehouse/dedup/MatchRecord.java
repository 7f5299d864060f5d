package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.ResourceType;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The fields matching looks at, as catalogued (normalisation happens inside the engine). {@code id} is
 * unique within its {@code source} (the contributing library); {@code venue} is the publisher of a book
 * or the journal or conference of an article; {@code volume} and {@code edition} are empty unless a
 * separate field states them (statements inside the title are found anyway).
 */
public record MatchRecord(String id, String source, String title, List<String> creators, String venue,
                          OptionalInt year, List<Identifier> identifiers, ResourceType type, String volume,
                          String edition) {
    public MatchRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record id must not be blank, got '" + id + "'");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source of record '" + id + "' must not be blank");
        }
        title = title == null ? "" : title;
        creators = List.copyOf(creators);
        venue = venue == null ? "" : venue;
        Objects.requireNonNull(year, "year of record " + id);
        identifiers = List.copyOf(identifiers);
        type = type == null ? ResourceType.OTHER : type;
        volume = volume == null ? "" : volume;
        edition = edition == null ? "" : edition;
    }

    /** A citation-style record: no identifiers, type unknown. */
    public static MatchRecord of(String id, String source, String title, List<String> creators, String venue,
                                 OptionalInt year) {
        return new MatchRecord(id, source, title, creators, venue, year, List.of(), ResourceType.OTHER, "", "");
    }

    /** The record a library contributed, keyed by its library and its own record id. */
    public static MatchRecord from(CanonicalRecord record) {
        return new MatchRecord(record.sourceRecordId(), record.sourceLibrary(), record.title().orElse(""),
                record.creators().stream().map(Creator::name).toList(),
                record.publishers().stream().findFirst().orElse(""),
                record.year().map(OptionalInt::of).orElse(OptionalInt.empty()),
                record.identifiers(), ResourceType.fromDcTypes(record.types()), "", "");
    }
}
