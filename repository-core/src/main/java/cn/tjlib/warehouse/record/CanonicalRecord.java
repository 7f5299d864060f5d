package cn.tjlib.warehouse.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One library's bibliographic record in the warehouse's own model, whatever format it arrived in.
 * Values are kept as catalogued; normalisation for matching and search happens downstream.
 */
public record CanonicalRecord(
        String sourceLibrary,
        String sourceRecordId,
        List<String> titles,
        List<Creator> creators,
        List<Subject> subjects,
        List<String> publishers,
        List<String> dates,
        List<String> types,
        List<String> formats,
        List<Identifier> identifiers,
        List<String> languages,
        List<String> descriptions,
        List<String> rights,
        List<String> relations) {

    /** NOTE: compiled once, not per call: indexing asks every record for its year. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)");

    public CanonicalRecord {
        if (sourceLibrary == null || sourceLibrary.isBlank()) {
            throw new IllegalArgumentException("sourceLibrary must not be blank");
        }
        if (sourceRecordId == null || sourceRecordId.isBlank()) {
            throw new IllegalArgumentException("sourceRecordId must not be blank");
        }
        titles = List.copyOf(titles);
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
        publishers = List.copyOf(publishers);
        dates = List.copyOf(dates);
        types = List.copyOf(types);
        formats = List.copyOf(formats);
        identifiers = List.copyOf(identifiers);
        languages = List.copyOf(languages);
        descriptions = List.copyOf(descriptions);
        rights = List.copyOf(rights);
        relations = List.copyOf(relations);
    }

    public static Builder builder(String sourceLibrary, String sourceRecordId) {
        return new Builder(sourceLibrary, sourceRecordId);
    }

    /** The first title, if the record has one. */
    public Optional<String> title() {
        return titles.stream().findFirst();
    }

    /** The four-digit year of the first date that has one. */
    public Optional<Integer> year() {
        for (String date : dates) {
            var m = YEAR.matcher(date);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    public List<Identifier> identifiers(IdentifierType type) {
        return identifiers.stream().filter(i -> i.type() == type).toList();
    }

    public List<String> clcClasses() {
        return subjects.stream().filter(Subject::isClc).map(Subject::value).toList();
    }

    /** Mutable assembly of a record; {@link #build()} returns an immutable copy. */
    public static final class Builder {
        private final String sourceLibrary;
        private final String sourceRecordId;
        private final List<String> titles = new ArrayList<>();
        private final List<Creator> creators = new ArrayList<>();
        private final List<Subject> subjects = new ArrayList<>();
        private final List<String> publishers = new ArrayList<>();
        private final List<String> dates = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> formats = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<String> descriptions = new ArrayList<>();
        private final List<String> rights = new ArrayList<>();
        private final List<String> relations = new ArrayList<>();

        private Builder(String sourceLibrary, String sourceRecordId) {
            this.sourceLibrary = Objects.requireNonNull(sourceLibrary);
            this.sourceRecordId = Objects.requireNonNull(sourceRecordId);
        }

        public Builder title(String v) { titles.add(v); return this; }
        public Builder creator(Creator v) { creators.add(v); return this; }
        public Builder subject(Subject v) { subjects.add(v); return this; }
        public Builder publisher(String v) { publishers.add(v); return this; }
        public Builder date(String v) { dates.add(v); return this; }
        public Builder type(String v) { types.add(v); return this; }
        public Builder format(String v) { formats.add(v); return this; }
        public Builder identifier(Identifier v) { identifiers.add(v); return this; }
        public Builder language(String v) { languages.add(v); return this; }
        public Builder description(String v) { descriptions.add(v); return this; }
        public Builder rights(String v) { rights.add(v); return this; }
        public Builder relation(String v) { relations.add(v); return this; }

        public CanonicalRecord build() {
            return new CanonicalRecord(sourceLibrary, sourceRecordId, titles, creators, subjects,
                    publishers, dates, types, formats, identifiers, languages, descriptions, rights, relations);
        }
    }
}
