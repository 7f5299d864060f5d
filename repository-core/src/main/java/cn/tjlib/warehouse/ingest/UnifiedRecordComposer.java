package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.dedup.normalize.IsbnCleaner;
import cn.tjlib.warehouse.dedup.normalize.SerialNumberCleaner;
import cn.tjlib.warehouse.dedup.normalize.TextFolder;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.Subject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes one published description out of a cluster's records. The master is the best record by weight:
 * preferred libraries first (the national repository, Tianjin Library), then completeness, then fewest
 * validation findings, then the oldest record. A field the master lacks is taken whole from the best
 * record that has it; identifiers and subjects are the union; every value keeps its provenance.
 */
final class UnifiedRecordComposer {
    /** A member as the composer sees it. */
    record Source(long rawId, String library, String oaiIdentifier, Instant datestamp, CanonicalRecord record, String type,
                  int findings) {
    }

    record Composed(CanonicalRecord record, List<FieldProvenance> provenance, List<Source> ranked) {
    }

    private final List<String> preferredLibraries;
    private final IsbnCleaner isbns = new IsbnCleaner();
    private final SerialNumberCleaner serialNumbers = new SerialNumberCleaner();

    UnifiedRecordComposer(List<String> preferredLibraries) {
        this.preferredLibraries = List.copyOf(preferredLibraries);
    }

    Composed compose(List<Source> members) {
        List<Source> ranked = members.stream().sorted(Comparator.comparingInt((Source s) -> rank(s.library()))
                .thenComparingInt(s -> -completeness(s.record())).thenComparingInt(Source::findings)
                .thenComparingLong(Source::rawId)).toList();
        CanonicalRecord master = ranked.get(0).record();
        CanonicalRecord.Builder b = CanonicalRecord.builder(master.sourceLibrary(), master.sourceRecordId());
        List<FieldProvenance> provenance = new ArrayList<>();
        fill(ranked, "title", CanonicalRecord::titles, v -> v, b::title, provenance);
        fill(ranked, "creator", CanonicalRecord::creators, Creator::name, b::creator, provenance);
        union(ranked, "subject", CanonicalRecord::subjects, s -> s.scheme() + "|" + TextFolder.fold(s.value()), Subject::value,
                b::subject, provenance);
        fill(ranked, "publisher", CanonicalRecord::publishers, v -> v, b::publisher, provenance);
        fill(ranked, "date", CanonicalRecord::dates, v -> v, b::date, provenance);
        fill(ranked, "type", CanonicalRecord::types, v -> v, b::type, provenance);
        fill(ranked, "format", CanonicalRecord::formats, v -> v, b::format, provenance);
        union(ranked, "identifier", CanonicalRecord::identifiers, this::identifierKey, Identifier::value, b::identifier, provenance);
        fill(ranked, "language", CanonicalRecord::languages, v -> v, b::language, provenance);
        fill(ranked, "description", CanonicalRecord::descriptions, v -> v, b::description, provenance);
        fill(ranked, "rights", CanonicalRecord::rights, v -> v, b::rights, provenance);
        fill(ranked, "relation", CanonicalRecord::relations, v -> v, b::relation, provenance);
        return new Composed(b.build(), provenance, ranked);
    }

    private <T> void fill(List<Source> ranked, String field, Function<CanonicalRecord, List<T>> values, Function<T, String> text,
                          java.util.function.Consumer<T> add, List<FieldProvenance> provenance) {
        for (Source s : ranked) {
            List<T> vs = values.apply(s.record());
            if (!vs.isEmpty()) {
                vs.forEach(v -> {
                    add.accept(v);
                    provenance.add(provenance(field, text.apply(v), s));
                });
                return;
            }
        }
    }

    private <T> void union(List<Source> ranked, String field, Function<CanonicalRecord, List<T>> values, Function<T, String> key,
                           Function<T, String> text, java.util.function.Consumer<T> add, List<FieldProvenance> provenance) {
        Set<String> seen = new HashSet<>();
        for (Source s : ranked) {
            for (T v : values.apply(s.record())) {
                if (seen.add(key.apply(v))) {
                    add.accept(v);
                    provenance.add(provenance(field, text.apply(v), s));
                }
            }
        }
    }

    private static FieldProvenance provenance(String field, String value, Source s) {
        return new FieldProvenance(field, value, s.library(), s.record().sourceRecordId(), s.rawId(), s.datestamp());
    }

    /** One ISBN written four ways ("978-7-…", "7-…", "ISBN 978…") is one identifier. */
    private String identifierKey(Identifier id) {
        String normal = switch (id.type()) {
            case ISBN -> isbns.clean(id.value());
            case CN -> serialNumbers.clean(id.value());
            case ISSN -> id.value().replace("-", "").toUpperCase(java.util.Locale.ROOT);
            default -> "";
        };
        return id.type() + "|" + (normal.isEmpty() ? id.value() : normal);
    }

    private static int completeness(CanonicalRecord r) {
        return (int) java.util.stream.Stream.of(r.titles(), r.creators(), r.subjects(), r.publishers(), r.dates(), r.types(),
                r.formats(), r.identifiers(), r.languages(), r.descriptions(), r.rights(), r.relations())
                .filter(l -> !l.isEmpty()).count();
    }

    private int rank(String library) {
        int i = preferredLibraries.indexOf(Objects.requireNonNull(library));
        return i < 0 ? preferredLibraries.size() : i;
    }
}
