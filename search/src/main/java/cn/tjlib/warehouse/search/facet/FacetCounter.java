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
import java.util.Map;

/**
 * Counts the values of every {@link Facet} over all matching documents, from doc values: per
 * segment by ordinal, then by value. The facets have few values (libraries, types, decades,
 * languages, top classes), so plain counting beats keeping a taxonomy or a reader state in step
 * with near-real-time refreshes.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<Facet, Map<String, Long>>> {
    private static final Map<Facet, String> FIELDS = Map.of(
            Facet.LIBRARY, CatalogueFields.FACET_LIBRARY,
            Facet.TYPE, CatalogueFields.FACET_TYPE,
            Facet.LANGUAGE, CatalogueFields.FACET_LANGUAGE,
            Facet.CLC, CatalogueFields.FACET_CLC);
    private static final int MAX_DECADE = 299;

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<Facet, Map<String, Long>> reduce(Collection<Counting> collectors) {
        Map<Facet, Map<String, Long>> total = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            total.put(facet, new HashMap<>());
        }
        for (Counting c : collectors) {
            c.counts.forEach((facet, counts) -> counts.forEach((value, n) -> total.get(facet).merge(value, n, Long::sum)));
        }
        return total;
    }

    /** Counts of one search thread. */
    public static final class Counting implements Collector {
        private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
            Map<Facet, int[]> ordinals = new EnumMap<>(Facet.class);
            for (Map.Entry<Facet, String> field : FIELDS.entrySet()) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field.getValue());
                values.put(field.getKey(), dv);
                ordinals.put(field.getKey(), new int[(int) dv.getValueCount()]);
            }
            NumericDocValues years = DocValues.getNumeric(context.reader(), CatalogueFields.YEAR_ORDER);
            // Years are 1500..2099 (CanonicalRecord.year), so decades fit a small array; others are skipped.
            int[] decades = new int[MAX_DECADE + 1];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (Map.Entry<Facet, SortedSetDocValues> entry : values.entrySet()) {
                        SortedSetDocValues dv = entry.getValue();
                        if (dv.advanceExact(doc)) {
                            int[] perOrd = ordinals.get(entry.getKey());
                            for (int i = dv.docValueCount(); i > 0; i--) {
                                perOrd[(int) dv.nextOrd()]++;
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
                    for (Map.Entry<Facet, int[]> entry : ordinals.entrySet()) {
                        int[] perOrd = entry.getValue();
                        Map<String, Long> byValue = counts.computeIfAbsent(entry.getKey(), f -> new HashMap<>());
                        for (int ord = 0; ord < perOrd.length; ord++) {
                            if (perOrd[ord] > 0) {
                                byValue.merge(values.get(entry.getKey()).lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                            }
                        }
                    }
                    Map<String, Long> byDecade = counts.computeIfAbsent(Facet.YEAR, f -> new HashMap<>());
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
