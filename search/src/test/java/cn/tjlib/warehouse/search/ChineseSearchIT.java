package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.Subject;
import org.junit.jupiter.api.Test;


import static cn.tjlib.warehouse.search.TestRecords.book;
import static org.assertj.core.api.Assertions.assertThat;

class ChineseSearchIT extends WithIndexedCatalogue {
    @Test
    void findsRecordByAChineseWordOfItsTitle() {
        catalogue.add(book(1, "天津历史文化研究"), book(2, "北京地理"));
        assertThat(catalogue.ids("历史")).containsExactly(1L);
        assertThat(catalogue.ids("天津")).containsExactly(1L);
        assertThat(catalogue.ids("天津历史")).containsExactly(1L);
    }

    @Test
    void findsRecordByAWordThatSegmentationKeepsInsideALongerWord() {
        catalogue.add(book(1, "天津市图书馆馆藏目录"));
        assertThat(catalogue.ids("天津")).containsExactly(1L);
    }

    @Test
    void findsRecordByASingleCharacter() {
        catalogue.add(book(1, "中国近代史"), book(2, "中国地理"));
        assertThat(catalogue.ids("史")).containsExactly(1L);
    }

    @Test
    void findsSimplifiedRecordByTraditionalQuery() {
        catalogue.add(book(1, "天津历史文化研究"));
        assertThat(catalogue.ids("歷史")).containsExactly(1L);
    }

    @Test
    void findsTraditionalRecordBySimplifiedQuery() {
        catalogue.add(book(1, "臺灣歷史"));
        assertThat(catalogue.ids("台湾历史")).containsExactly(1L);
    }

    @Test
    void findsHalfWidthRecordByFullWidthQuery() {
        catalogue.add(book(1, "Java编程思想（第4版）"));
        assertThat(catalogue.ids("ＪＡＶＡ")).containsExactly(1L);
        assertThat(catalogue.ids("ｊａｖａ编程")).containsExactly(1L);
    }

    @Test
    void findsEnglishRecordByAnotherFormOfTheWord() {
        catalogue.add(book(1, "Running a public library"));
        assertThat(catalogue.ids("libraries run")).containsExactly(1L);
    }

    @Test
    void findsRecordByPinyinAndInitials() {
        catalogue.add(book(1, "天津历史"), book(2, "北京历史"));
        assertThat(catalogue.ids("tianjin")).containsExactly(1L);
        assertThat(catalogue.ids("tj")).containsExactly(1L);
        assertThat(catalogue.ids("pinyin:lishi")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void findsRecordByIsbn10WhenCataloguedWithHyphenatedIsbn13() {
        catalogue.add(book(1, "天津历史", b -> b.identifier(new Identifier(IdentifierType.ISBN, "978-7-5306-1234-7"))),
                book(2, "北京历史", b -> b.identifier(new Identifier(IdentifierType.ISBN, "978-7-301-00000-1"))));
        assertThat(catalogue.ids("7-5306-1234-4")).containsExactly(1L);
        assertThat(catalogue.ids("7530612344")).containsExactly(1L);
        assertThat(catalogue.ids("isbn:9787530612347")).containsExactly(1L);
    }

    @Test
    void findsRecordByCreatorSubjectAndPublisher() {
        catalogue.add(book(1, "呐喊", b -> b.creator(Creator.of("鲁迅")).subject(new Subject(Subject.KEYWORD, "短篇小说"))
                .publisher("人民文学出版社")), book(2, "边城"));
        assertThat(catalogue.ids("鲁迅")).containsExactly(1L);
        assertThat(catalogue.ids("小说")).containsExactly(1L);
        assertThat(catalogue.ids("人民文学")).containsExactly(1L);
    }

    @Test
    void combinesTermsAcrossFields() {
        catalogue.add(book(1, "呐喊", b -> b.creator(Creator.of("鲁迅"))), book(2, "呐喊与彷徨"));
        assertThat(catalogue.ids("鲁迅 呐喊")).containsExactly(1L);
    }

    @Test
    void ranksATitleMatchAboveADescriptionMatch() {
        catalogue.add(book(1, "地方志概论", b -> b.description("本书讨论天津的地方志")), book(2, "天津通志"));
        assertThat(catalogue.ids("天津")).containsExactly(2L, 1L);
    }

    @Test
    void restrictsAFieldedTermToItsField() {
        catalogue.add(book(1, "鲁迅传"), book(2, "呐喊", b -> b.creator(Creator.of("鲁迅"))));
        assertThat(catalogue.ids("creator:鲁迅")).containsExactly(2L);
        assertThat(catalogue.ids("title:鲁迅")).containsExactly(1L);
    }

    @Test
    void filtersByYearRangeAndClassNumber() {
        catalogue.add(book(1, "天津史", b -> b.date("1995").subject(new Subject(Subject.CLC, "K292.1"))),
                book(2, "天津志", b -> b.date("2010-05").subject(new Subject(Subject.CLC, "K290"))));
        assertThat(catalogue.ids("天津 year:[1990 TO 2000]")).containsExactly(1L);
        assertThat(catalogue.ids("clc:K292*")).containsExactly(1L);
    }
}
