package cn.tjlib.warehouse.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a record's combined free-text field ({@link CatalogueFields#FREE_TEXT}): every term
 * of its word and bigram fields once, with a weight that folds in what free text searched field
 * by field: each field's boost (a title word counts three times a subject word), BM25's saturation
 * and length normalisation within that field, and a tenth of the other fields the term is in.
 * The weight is indexed as the term's frequency and scored linearly by {@link FreeTextSimilarity}.
 *
 * <p>NOTE: free text used to be a disjunction over nine fields per term, and scoring it was most of
 * the cost of a query: each match was scored in every field it occurred in, and block-max skipping
 * could not bound a disjunction tightly. One field means one postings list per term.
 */
final class FreeTextTerms {
    /** Weights are indexed as integer frequencies in thousandths. */
    static final int SCALE = 1_000;
    /** What the other fields of a term add to its best field, as the per-field disjunction's tie breaker did. */
    static final float TIE_BREAKER = 0.1f;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /**
     * Each field's boost in free text and its typical length in tokens (the average length BM25
     * would take from the index; fixed here so a record's weights do not depend on the others).
     */
    private record FieldWeight(float boost, float typicalLength) {
    }

    private static final float BIGRAM_WEIGHT = 0.7f;
    private static final Map<String, FieldWeight> FIELDS = Map.of(
            CatalogueFields.words(CatalogueFields.TITLE), new FieldWeight(3f, 5),
            CatalogueFields.bigrams(CatalogueFields.TITLE), new FieldWeight(3f * BIGRAM_WEIGHT, 10),
            CatalogueFields.words(CatalogueFields.CREATOR), new FieldWeight(2f, 3),
            CatalogueFields.bigrams(CatalogueFields.CREATOR), new FieldWeight(2f * BIGRAM_WEIGHT, 4),
            CatalogueFields.words(CatalogueFields.SUBJECT), new FieldWeight(1f, 2),
            CatalogueFields.bigrams(CatalogueFields.SUBJECT), new FieldWeight(BIGRAM_WEIGHT, 4),
            CatalogueFields.words(CatalogueFields.PUBLISHER), new FieldWeight(1f, 3),
            CatalogueFields.bigrams(CatalogueFields.PUBLISHER), new FieldWeight(BIGRAM_WEIGHT, 7),
            CatalogueFields.bigrams(CatalogueFields.DESCRIPTION), new FieldWeight(0.5f, 60));

    private static final List<String> ORDER = List.copyOf(FIELDS.keySet());
    private static final float[] BOOSTS = new float[ORDER.size()];

    static {
        for (int f = 0; f < ORDER.size(); f++) {
            BOOSTS[f] = FIELDS.get(ORDER.get(f)).boost();
        }
    }

    /** Per term: how often it occurs in each field, by the field's place in {@link #ORDER}. */
    private final Map<String, int[]> frequencies = new LinkedHashMap<>(128);
    private final int[] lengths = new int[ORDER.size()];

    /** Whether values of {@code field} go into free text. */
    static boolean counts(String field) {
        return FIELDS.containsKey(field);
    }

    void add(String field, AnalyzedValue value) {
        int f = ORDER.indexOf(field);
        if (f < 0) {
            throw new IllegalArgumentException(field + " is not searched as free text");
        }
        lengths[f] += value.length();
        for (int i = 0; i < value.size(); i++) {
            String term = value.term(i);
            int[] tfs = frequencies.get(term);
            if (tfs == null) {
                tfs = new int[ORDER.size()];
                frequencies.put(term, tfs);
            }
            tfs[f]++;
        }
    }

    private float[] lengthNorms() {
        float[] lengthNorms = new float[ORDER.size()];
        for (int f = 0; f < lengthNorms.length; f++) {
            lengthNorms[f] = K1 * (1 - B + B * lengths[f] / FIELDS.get(ORDER.get(f)).typicalLength());
        }
        return lengthNorms;
    }

    private static int weight(int[] tfs, float[] lengthNorms) {
        float best = 0;
        float sum = 0;
        for (int f = 0; f < tfs.length; f++) {
            if (tfs[f] > 0) {
                float score = BOOSTS[f] * tfs[f] / (tfs[f] + lengthNorms[f]);
                best = Math.max(best, score);
                sum += score;
            }
        }
        return Math.max(1, Math.round((best + TIE_BREAKER * (sum - best)) * SCALE));
    }

    /**
     * The terms as the value of free-text field {@code name}: each once, its weight as its
     * frequency, weighed as they are read. Replayed, as {@link AnalyzedValue#field}, through the
     * stream the index writer hands back for reuse.
     */
    Field field(String name, FieldType type) {
        return new Field(name, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Weighted weighted = reuse instanceof Weighted w ? w : new Weighted();
                weighted.terms = FreeTextTerms.this;
                return weighted;
            }
        };
    }

    /** The terms of whichever record it was last given, with their weights. */
    private static final class Weighted extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private FreeTextTerms terms;
        private float[] lengthNorms;
        private Iterator<Map.Entry<String, int[]>> next;

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            Map.Entry<String, int[]> entry = next.next();
            term.setEmpty().append(entry.getKey());
            frequency.setTermFrequency(weight(entry.getValue(), lengthNorms));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            lengthNorms = terms.lengthNorms();
            next = terms.frequencies.entrySet().iterator();
        }
    }
}
