package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.NormalisedTitle;
import cn.tjlib.warehouse.dedup.normalize.TitleNormaliser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TitleSimilarityTest {
    private final TitleNormaliser normaliser = new TitleNormaliser();

    private double raw(String a, String b) {
        NormalisedTitle x = normaliser.normalise(a);
        NormalisedTitle y = normaliser.normalise(b);
        return TitleSimilarity.raw(x, y);
    }

    @Test
    void scoresSpellingVariantsOfOneTitleAsIdentical() {
        assertThat(raw("紅樓夢", "红楼梦")).isEqualTo(1.0);
        assertThat(raw("COSIMA - Your Smart, Speaking E-Salesperson", "COSIMA- your smart, speaking E-salesperson")).isEqualTo(1.0);
    }

    @Test
    void scoresADroppedSubtitleHighButBelowIdentical() {
        assertThat(raw("红楼梦：脂评汇校本", "红楼梦")).isEqualTo(TitleSimilarity.SUBTITLE_DROPPED);
    }

    @Test
    void scoresDifferentAnnotationsJustBelowIdentical() {
        assertThat(raw("DEVise (demo abstract): integrated querying", "DEVise: Integrated Querying"))
                .isEqualTo(TitleSimilarity.ANNOTATIONS_DIFFER);
    }

    @Test
    void scoresOneTypoHigh() {
        assertThat(raw("Upsizing from file server to client server architectures",
                "Upsizing form file server to client server architectures")).isGreaterThan(0.95);
    }

    @Test
    void scoresUnrelatedTitlesLow() {
        assertThat(raw("Query optimization in object databases", "A survey of spatial indexing")).isLessThan(0.3);
    }

    @Test
    void sharpensSoThatOnlyNearIdenticalTitlesAreStrongEvidence() {
        var a = cn.tjlib.warehouse.dedup.TestRecords.book("Efficient query processing for XML streams").prepared();
        var b = cn.tjlib.warehouse.dedup.TestRecords.book("Efficient query processing for relational data").prepared();
        double rawSimilarity = TitleSimilarity.raw(a.title(), b.title());
        assertThat(new TitleSimilarity().similarity(a, b)).hasValueCloseTo(Math.pow(rawSimilarity, 4), within(1e-9));
    }
}
