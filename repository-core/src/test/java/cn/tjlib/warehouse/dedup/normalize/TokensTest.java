package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {
    @Test
    void splitsLatinWordsAndSingleHanCharacters() {
        assertThat(Tokens.of("xml数据库: a survey")).containsExactly("xml", "数", "据", "库", "a", "survey");
    }

    @Test
    void keepsApostrophesAndLostCharactersInsideWords() {
        assertThat(Tokens.of("editor's notes on kr?ll's work?")).containsExactly("editors", "notes", "on", "kr?lls", "work");
    }

    @Test
    void compactsToLettersAndDigits() {
        assertThat(Tokens.compact("the merge/purge problem")).isEqualTo("themergepurgeproblem");
    }
}
