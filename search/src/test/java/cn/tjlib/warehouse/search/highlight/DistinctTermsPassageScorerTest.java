package cn.tjlib.warehouse.search.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctTermsPassageScorerTest {
    private static final String[] TERMS = {"天津", "经济", "济概", "概论", "历史", "tianjin"};

    @Test
    void scoresEveryPassageExactlyAsLucenesScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new DistinctTermsPassageScorer();
        Random random = new Random(20261125);
        for (int n = 0; n < 2_000; n++) {
            Passage passage = new Passage();
            int start = random.nextInt(500);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000); // matches must fall inside the passage as it grows
            int offset = start;
            for (int m = random.nextInt(8); m > 0; m--) {
                int t = random.nextInt(TERMS.length);
                // a term's frequency in the document is the same at each of its matches
                passage.addMatch(offset, offset + 2, new BytesRef(TERMS[t]), 1 + t * 3);
                offset += 2 + random.nextInt(10);
            }
            passage.setEndOffset(offset + random.nextInt(20));
            int contentLength = passage.getEndOffset() + random.nextInt(300);
            assertThat(ours.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }

    @Test
    void countsARepeatedTermOnceWithItsFrequencyInThePassage() {
        Passage once = new Passage();
        once.setStartOffset(0);
        once.setEndOffset(40);
        once.addMatch(0, 2, new BytesRef("经济"), 3);
        once.setEndOffset(40);
        Passage twice = new Passage();
        twice.setStartOffset(0);
        twice.setEndOffset(40);
        twice.addMatch(0, 2, new BytesRef("经济"), 3);
        twice.addMatch(10, 12, new BytesRef("经济"), 3);
        twice.setEndOffset(40);
        PassageScorer scorer = new DistinctTermsPassageScorer();
        assertThat(scorer.score(twice, 100)).isGreaterThan(scorer.score(once, 100));
        assertThat(scorer.score(twice, 100)).isEqualTo(new PassageScorer().score(twice, 100));
    }
}
