package cn.tjlib.warehouse.search.query;

import cn.tjlib.warehouse.search.index.CatalogueFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.tjlib.warehouse.search.index.CatalogueFields.bigrams;
import static cn.tjlib.warehouse.search.index.CatalogueFields.words;

/** The field names readers type ({@code title:}, {@code isbn:} …) and the index fields each searches. */
final class QueryFields {
    /** The pseudo-field of terms typed without a field name. */
    static final String ANY = "_any";

    /** How much less a bigram match counts than a word match: bigrams trade precision for recall. */
    private static final float BIGRAM_WEIGHT = 0.7f;

    record Target(String field, float boost) {
    }

    private static final Map<String, List<Target>> ALIASES = Map.ofEntries(
            Map.entry(ANY, any()),
            Map.entry("title", title(1f)),
            Map.entry("creator", creator()),
            Map.entry("author", creator()),
            Map.entry("subject", text(CatalogueFields.SUBJECT, 1f)),
            Map.entry("publisher", text(CatalogueFields.PUBLISHER, 1f)),
            Map.entry("description", description(1f)),
            Map.entry("pinyin", List.of(new Target(CatalogueFields.TITLE_PINYIN, 1f),
                    new Target(CatalogueFields.CREATOR_PINYIN, 1f))),
            Map.entry("isbn", List.of(new Target(CatalogueFields.ISBN, 1f))),
            Map.entry("year", List.of(new Target(CatalogueFields.YEAR, 1f))),
            Map.entry("library", List.of(new Target(CatalogueFields.LIBRARY, 1f))),
            Map.entry("type", List.of(new Target(CatalogueFields.TYPE, 1f))),
            Map.entry("language", List.of(new Target(CatalogueFields.LANGUAGE, 1f))),
            Map.entry("clc", List.of(new Target(CatalogueFields.CLC, 1f))));

    private QueryFields() {
    }

    /** The index fields that {@code alias} searches, or null if readers cannot name it. */
    static List<Target> targets(String alias) {
        return ALIASES.get(alias);
    }

    /** Whether {@code field} is the segmented-words field of a text element ({@code title.word}). */
    static boolean isWords(String field) {
        return CatalogueFields.TEXT.stream().anyMatch(element -> words(element).equals(field));
    }

    /** Whether {@code field} is an index field that is not also a reader's field name. */
    static boolean isIndexFieldOnly(String field) {
        return !ALIASES.containsKey(field) && ALIASES.values().stream()
                .anyMatch(targets -> targets.stream().anyMatch(t -> t.field().equals(field)));
    }

    /**
     * What an unquoted free-text term searches besides {@link CatalogueFields#FREE_TEXT}: the
     * targets of {@link #ANY} whose terms are not in it (pinyin, ISBN).
     */
    static List<Target> besideFreeText() {
        return ANY_BESIDE_FREE_TEXT;
    }

    private static final List<Target> ANY_BESIDE_FREE_TEXT = any().stream()
            .filter(t -> !CatalogueFields.inFreeText(t.field())).toList();

    static List<String> aliases() {
        return ALIASES.keySet().stream().filter(a -> !a.equals(ANY)).sorted().toList();
    }

    private static List<Target> any() {
        List<Target> targets = new ArrayList<>(title(3f));
        targets.addAll(text(CatalogueFields.CREATOR, 2f));
        targets.add(new Target(CatalogueFields.CREATOR_PINYIN, 1.5f));
        targets.addAll(text(CatalogueFields.SUBJECT, 1f));
        targets.addAll(text(CatalogueFields.PUBLISHER, 1f));
        targets.addAll(description(0.5f));
        targets.add(new Target(CatalogueFields.ISBN, 5f));
        return List.copyOf(targets);
    }

    private static List<Target> creator() {
        List<Target> targets = new ArrayList<>(text(CatalogueFields.CREATOR, 1f));
        targets.add(new Target(CatalogueFields.CREATOR_PINYIN, 0.5f));
        return List.copyOf(targets);
    }

    private static List<Target> title(float boost) {
        List<Target> targets = new ArrayList<>(text(CatalogueFields.TITLE, boost));
        targets.add(new Target(CatalogueFields.TITLE_PINYIN, boost * 0.5f));
        return targets;
    }

    /** Descriptions have bigrams only ({@link CatalogueFields#BIGRAMS_ONLY}), at the element's full weight. */
    private static List<Target> description(float boost) {
        return List.of(new Target(bigrams(CatalogueFields.DESCRIPTION), boost));
    }

    private static List<Target> text(String element, float boost) {
        return List.of(new Target(words(element), boost), new Target(bigrams(element), boost * BIGRAM_WEIGHT));
    }
}
