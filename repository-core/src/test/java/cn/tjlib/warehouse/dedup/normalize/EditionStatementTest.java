package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditionStatementTest {
    @ParameterizedTest
    @CsvSource({"数据结构 第2版,2", "数据结构（第二版）,2", "数据结构 修订版,revised", "'Database systems, 2nd ed.',2",
            "Compilers second edition,2", "Algorithms 3rd edition,3", "Operating systems revised edition,revised"})
    void findsTheEditionATitleStates(String title, String edition) {
        assertThat(new EditionStatement().find(TextFolder.fold(title))).hasValue(edition);
    }

    @ParameterizedTest
    @CsvSource({"数据结构", "Editing the edited", "Edition-based redefinition"})
    void findsNoEditionWhereTheTitleStatesNone(String title) {
        assertThat(new EditionStatement().find(TextFolder.fold(title))).isEmpty();
    }
}
