package cn.tjlib.warehouse.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCodecTest {
    @Test
    void roundTripsEveryFieldIncludingTabsAndNewlines() {
        CanonicalRecord r = CanonicalRecord.builder("tjl", "b1").title("标题\t含制表符\n和换行\\").creator(new Creator("张三", "著"))
                .subject(new Subject(Subject.CLC, "K29")).publisher("中华书局").date("2015").type("图书").format("text")
                .identifier(new Identifier(IdentifierType.ISBN, "9787201088883")).language("chi").description("描述")
                .rights("权利").relation("关联").build();

        assertThat(RecordCodec.decode(RecordCodec.encode(r))).isEqualTo(r);
    }

    @Test
    void rejectsUnknownFieldNamingIt() {
        assertThatThrownBy(() -> RecordCodec.decode("library\t\ttjl\nrecordId\t\tb1\ncolour\t\tred\n"))
                .hasMessageContaining("colour");
    }
}
