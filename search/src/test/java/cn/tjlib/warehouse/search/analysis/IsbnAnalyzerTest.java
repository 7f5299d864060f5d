package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsbnAnalyzerTest {
    private final IsbnAnalyzer analyzer = new IsbnAnalyzer();

    @Test
    void makesOneIsbn13TokenOfAnyForm() {
        assertThat(Tokens.terms(analyzer, "7-5306-1234-4")).containsExactly("9787530612347");
        assertThat(Tokens.terms(analyzer, "978-7-5306-1234-7")).containsExactly("9787530612347");
    }

    @Test
    void makesNoTokenOfAWord() {
        assertThat(Tokens.terms(analyzer, "历史")).isEmpty();
    }
}
