package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The parts of a harvested record a rule can name: the 15 DC elements we keep, provenance, or {@code *} for all text. */
public enum Field {
    TITLE("title", s -> s.record().titles()),
    CREATOR("creator", s -> map(s.record().creators(), Field::asCatalogued)),
    SUBJECT("subject", s -> map(s.record().subjects(), Subject::value)),
    PUBLISHER("publisher", s -> s.record().publishers()),
    DATE("date", s -> s.record().dates()),
    TYPE("type", s -> s.record().types()),
    FORMAT("format", s -> s.record().formats()),
    IDENTIFIER("identifier", s -> map(s.record().identifiers(), Identifier::value)),
    LANGUAGE("language", s -> s.record().languages()),
    DESCRIPTION("description", s -> s.record().descriptions()),
    RIGHTS("rights", s -> s.record().rights()),
    RELATION("relation", s -> s.record().relations()),
    SOURCE_LIBRARY("sourceLibrary", s -> nonBlank(s.record().sourceLibrary())),
    OAI_IDENTIFIER("oaiIdentifier", s -> nonBlank(s.oaiIdentifier())),
    DATESTAMP("datestamp", s -> s.datestamp() == null ? List.of() : List.of(s.datestamp().toString())),
    /** Every descriptive text value of the record, each reported under its own field name. */
    ALL_TEXT("*", s -> List.of());

    private static final List<Field> TEXT = List.of(TITLE, CREATOR, SUBJECT, PUBLISHER, DATE, TYPE, FORMAT,
            IDENTIFIER, LANGUAGE, DESCRIPTION, RIGHTS, RELATION);

    private final String fieldName;
    private final Function<ValidationSubject, List<String>> values;

    Field(String fieldName, Function<ValidationSubject, List<String>> values) {
        this.fieldName = fieldName;
        this.values = values;
    }

    /** The name used in rule files and findings, e.g. {@code title}. */
    public String fieldName() {
        return fieldName;
    }

    /** The field a rule file names; throws naming the unknown name. */
    public static Field named(String name) {
        for (Field f : values()) {
            if (f.fieldName.equals(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'; known: "
                + Arrays.stream(values()).map(Field::fieldName).toList());
    }

    /** The values as catalogued; for {@code *}, nothing (use {@link #forEachValue}). */
    List<String> values(ValidationSubject subject) {
        return values.apply(subject);
    }

    /** Whether the field has a non-blank value. */
    boolean present(ValidationSubject subject) {
        if (this == DATESTAMP) {
            return subject.datestamp() != null; // without formatting the instant, as values() would
        }
        for (String v : values(subject)) {
            if (!v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code action} with (field name, value) for each value, expanding {@code *} to every text field. */
    void forEachValue(ValidationSubject subject, BiConsumer<String, String> action) {
        if (this != ALL_TEXT) {
            for (String v : values(subject)) {
                action.accept(fieldName, v);
            }
            return;
        }
        for (Field f : TEXT) {
            f.forEachValue(subject, action);
        }
    }

    static String asCatalogued(Creator c) {
        return c.role().isEmpty() ? c.name() : c.name() + " " + c.role();
    }

    // a loop rather than a stream: this runs for every field of every record
    private static <T> List<String> map(List<T> items, Function<T, String> value) {
        if (items.isEmpty()) {
            return List.of();
        }
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.apply(items.get(i));
        }
        return Arrays.asList(out);
    }

    private static List<String> nonBlank(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s);
    }
}
