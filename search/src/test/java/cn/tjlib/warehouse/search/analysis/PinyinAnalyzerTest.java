package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinAnalyzerTest {
    @Test
    void indexesFullPinyinAndInitialsOfEachWord() {
        assertThat(Tokens.terms(PinyinAnalyzer.forIndexing(), "天津历史"))
                .containsExactly("tianjin", "tj", "lishi", "ls");
    }

    @Test
    void indexesTraditionalCharactersByTheirReading() {
        assertThat(Tokens.terms(PinyinAnalyzer.forIndexing(), "歷史")).containsExactly("lishi", "ls");
    }

    @Test
    void leavesLatinWordsOutOfTheIndex() {
        assertThat(Tokens.terms(PinyinAnalyzer.forIndexing(), "Java 编程")).containsExactly("biancheng", "bc");
    }

    @Test
    void queriesWithPinyinAsTypedAndIgnoresHanWords() {
        assertThat(Tokens.terms(PinyinAnalyzer.forQueries(), "TianJin 历史")).containsExactly("tianjin");
    }
}
