package cn.tjlib.warehouse.search.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct matched terms, then the position
 * norm), the same value computed the same way, without a hash per passage. NOTE: the default
 * collects the distinct terms of each passage in a new {@code BytesRefHash}, which allocates a
 * 32 KB block: for every sentence of every hit's description that was most of the memory a
 * search allocated, for a passage that holds a handful of matches.
 */
final class DistinctTermsPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct terms in order of first occurrence, as the hash numbers them
        int[] first = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) {
                t++;
            }
            if (t == distinct) {
                first[distinct++] = i;
            }
            inPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
