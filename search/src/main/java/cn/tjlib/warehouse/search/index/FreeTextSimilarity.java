package cn.tjlib.warehouse.search.index;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 for every field but the combined free-text field, whose term frequencies are weights
 * already normalised at indexing ({@link FreeTextTerms}): there a match scores its weight times
 * BM25's idf, linearly, so that a title match keeps its lead over a publisher match.
 */
public final class FreeTextSimilarity extends PerFieldSimilarityWrapper {
    private final Similarity bm25 = new BM25Similarity();
    private final Similarity weighted = new Weighted();

    @Override
    public Similarity get(String field) {
        return CatalogueFields.FREE_TEXT.equals(field) ? weighted : bm25;
    }

    private static final class Weighted extends Similarity {
        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            double idf = 0;
            for (TermStatistics term : terms) {
                // BM25Similarity's idf, so that free text and the BM25 fields score on one scale
                idf += Math.log(1 + (collection.docCount() - term.docFreq() + 0.5) / (term.docFreq() + 0.5));
            }
            float perUnit = (float) (boost * idf / FreeTextTerms.SCALE);
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return perUnit * freq;
                }

                @Override
                public Explanation explain(Explanation freq, long norm) {
                    return Explanation.match(score(freq.getValue().floatValue(), norm),
                            "weight (freq / " + FreeTextTerms.SCALE + ") times boost and idf", freq);
                }
            };
        }
    }
}
