package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.oai.testing.OaiXsd;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OaiDcTest {
    private static final CanonicalRecord BOOK = CanonicalRecord.builder("tjl", "b1")
            .title("天津通志·港口志 <修订> & 附录")
            .creator(new Creator("天津市地方志编修委员会", "编著"))
            .creator(Creator.of("李四"))
            .subject(new Subject(Subject.CLC, "K292.1"))
            .subject(new Subject(Subject.KEYWORD, "港口"))
            .publisher("天津社会科学院出版社")
            .date("1999")
            .type("普通图书")
            .identifier(new Identifier(IdentifierType.ISBN, "978-7-80563-000-1"))
            .identifier(new Identifier(IdentifierType.CN, "CN12-1009/C"))
            .identifier(new Identifier(IdentifierType.LOCAL, "0012345"))
            .language("chi")
            .description("记述天津港\u0001历史\uFFFE。")
            .build();

    @Test
    void escapesMarkupAndDropsCharactersXmlForbids() {
        String xml = OaiDc.xml(BOOK, ResourceType.BOOK);

        assertThat(xml).contains("<dc:title>天津通志·港口志 &lt;修订&gt; &amp; 附录</dc:title>")
                .contains("<dc:description>记述天津港历史。</dc:description>");
    }

    @Test
    void writesRolesPrefixesAndTypeLabels() {
        String xml = OaiDc.xml(BOOK, ResourceType.BOOK);

        assertThat(xml).contains("<dc:creator>天津市地方志编修委员会 编著</dc:creator>", "<dc:creator>李四</dc:creator>",
                "<dc:subject>K292.1</dc:subject>", "<dc:identifier>ISBN 978-7-80563-000-1</dc:identifier>",
                "<dc:identifier>CN12-1009/C</dc:identifier>", "<dc:type>图书</dc:type><dc:type>Text</dc:type>");
        assertThat(xml).doesNotContain("0012345");
    }

    @Test
    void isValidOaiDc() {
        OaiXsd.assertValid(OaiDc.xml(BOOK, ResourceType.BOOK).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBackToTheSameValuesThroughTheNetworksOwnParser() {
        CanonicalRecord back = new OaiDcParser().parse("tjdl", "1", OaiDc.xml(BOOK, ResourceType.BOOK));

        assertThat(back.titles()).isEqualTo(BOOK.titles());
        assertThat(back.creators()).isEqualTo(BOOK.creators());
        assertThat(back.subjects()).isEqualTo(BOOK.subjects());
        assertThat(back.identifiers(IdentifierType.ISBN)).isEqualTo(BOOK.identifiers(IdentifierType.ISBN));
        assertThat(back.identifiers(IdentifierType.CN)).isEqualTo(BOOK.identifiers(IdentifierType.CN));
        assertThat(ResourceType.fromDcTypes(back.types())).isEqualTo(ResourceType.BOOK);
    }
}
