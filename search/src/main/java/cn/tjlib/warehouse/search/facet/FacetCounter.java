package cn.tjlib.warehouse.search.facet;

import cn.tjlib.warehouse.search.Facet;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the values of every {@link Facet} over all matching documents, from doc values: per
 * segment by ordinal, then by value; and counts the matches themselves, which it visits anyway.
 * The facets have few values (libraries, types, decades, languages, top classes), so plain
 * counting beats keeping a taxonomy or a reader state in step with near-real-time refreshes.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {
    /** The facets counted by ordinal, in the order of {@link #FIELDS}. */
    private static final List<Facet> BY_ORDINAL = List.of(Facet.LIBRARY, Facet.TYPE, Facet.LANGUAGE, Facet.CLC);
    private static final List<String> FIELDS = List.of(CatalogueFields.FACET_LIBRARY, CatalogueFields.FACET_TYPE,
            CatalogueFields.FACET_LANGUAGE, CatalogueFields.FACET_CLC);
    private static final int MAX_DECADE = 299;

    /**
     * What a search counted.
     *
     * @param hits    how many documents matched, exactly
     * @param byFacet each facet's values and how many matches have each
     */
    public record Counts(long hits, Map<Facet, Map<String, Long>> byFacet) {
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        Map<Facet, Map<String, Long>> total = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            total.put(facet, new HashMap<>());
        }
        long hits = 0;
        for (Counting c : collectors) {
            hits += c.hits;
            c.counts.forEach((facet, counts) -> counts.forEach((value, n) -> total.get(facet).merge(value, n, Long::sum)));
        }
        return new Counts(hits, total);
    }

    /** Counts of one search thread. */
    public static final class Counting implements Collector {
        private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        private long hits;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            // Arrays indexed like FIELDS, not maps: collect runs once per match, for every match.
            SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
            int[][] perOrdinal = new int[FIELDS.size()][];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                perOrdinal[f] = new int[(int) values[f].getValueCount()];
            }
            NumericDocValues years = DocValues.getNumeric(context.reader(), CatalogueFields.YEAR_ORDER);
            // Years are 1500..2099 (CanonicalRecord.year), so decades fit a small array; others are skipped.
            int[] decades = new int[MAX_DECADE + 1];
            return new LeafCollector() {
                private int matches;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    for (int f = 0; f < values.length; f++) {
                        SortedSetDocValues dv = values[f];
                        if (dv.advanceExact(doc)) {
                            int[] counts = perOrdinal[f];
                            for (int i = dv.docValueCount(); i > 0; i--) {
                                counts[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                    if (years.advanceExact(doc)) {
                        long decade = years.longValue() / 10;
                        if (decade >= 0 && decade <= MAX_DECADE) {
                            decades[(int) decade]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    hits += matches;
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> byValue = counts.computeIfAbsent(BY_ORDINAL.get(f), k -> new HashMap<>());
                        for (int ord = 0; ord < perOrdinal[f].length; ord++) {
                            if (perOrdinal[f][ord] > 0) {
                                byValue.merge(values[f].lookupOrd(ord).utf8ToString(), (long) perOrdinal[f][ord], Long::sum);
                            }
                        }
                    }
                    Map<String, Long> byDecade = counts.computeIfAbsent(Facet.YEAR, k -> new HashMap<>());
                    for (int decade = 0; decade <= MAX_DECADE; decade++) {
                        if (decades[decade] > 0) {
                            byDecade.merge(YearRange.decadeOf(decade * 10), (long) decades[decade], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
