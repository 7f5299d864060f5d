package cn.tjlib.warehouse.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreatorRolesTest {
    @ParameterizedTest
    @CsvSource({"张三著,张三,著", "李四 主编,李四,主编", "王五等编,王五,等编", "赵六（译）,赵六,译", "钱七,钱七,''", "Smith J.,Smith J.,''"})
    void splitsTrailingRoleWords(String value, String name, String role) {
        assertThat(CreatorRoles.split(value)).isEqualTo(new Creator(name, role));
    }
}
