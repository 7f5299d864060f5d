package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CjkBigramAnalyzerTest {
    @Test
    void indexesOverlappingBigramsAndUnigrams() {
        assertThat(Tokens.terms(CjkBigramAnalyzer.forIndexing(), "天津市"))
                .containsExactlyInAnyOrder("天", "天津", "津", "津市", "市");
    }

    @Test
    void queriesWithBigramsOnly() {
        assertThat(Tokens.terms(CjkBigramAnalyzer.forQueries(), "天津市")).containsExactly("天津", "津市");
    }

    @Test
    void keepsALoneCharacterOfAQueryAsAUnigram() {
        assertThat(Tokens.terms(CjkBigramAnalyzer.forQueries(), "史")).containsExactly("史");
    }

    @Test
    void keepsOriginalOffsetsWhenFoldingChangesLength() {
        // U+FB01 (the "fi" ligature) folds to two characters; the Chinese after it must still
        // point at its place in the original text, for highlighting.
        assertThat(Tokens.withOffsets(CjkBigramAnalyzer.forQueries(), "\uFB01le 天津"))
                .containsExactly("file@0-3", "天津@4-6");
    }
}
