package cn.tjlib.warehouse.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntaxErrorsTest {
    @Test
    void balancedQueryHasNoBalanceProblem() {
        assertThat(SyntaxErrors.unbalanced("(天津 OR 北京) AND \"历史(上)\"")).isNull();
    }

    @Test
    void escapedCharactersDoNotCount() {
        assertThat(SyntaxErrors.unbalanced("C\\(\\\"")).isNull();
    }

    @Test
    void parenthesesInsideQuotesDoNotCount() {
        assertThat(SyntaxErrors.unbalanced("\"(\"")).isNull();
    }
}
