package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.record.Creator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static cn.tjlib.warehouse.search.TestRecords.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchPagingIT extends WithIndexedCatalogue {
    @Test
    void pagesThroughEveryMatchWithTheExactTotal() {
        catalogue.index.update(LongStream.rangeClosed(1, 25).mapToObj(id -> book(id, "天津历史 第" + id + "卷")).toList());
        catalogue.refresh();
        SearchPage last = catalogue.search.search(new SearchRequest("天津", 20, 10, SearchOrder.ID));
        assertThat(last.total()).isEqualTo(25);
        assertThat(last.hits()).extracting(SearchHit::id).containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(catalogue.search.search(new SearchRequest("天津", 30, 10)).hits()).isEmpty();
    }

    @Test
    void blankQueryListsEveryRecordById() {
        catalogue.add(book(3, "丙"), book(1, "甲"), book(2, "乙"));
        SearchPage page = catalogue.search.search(SearchRequest.of(""));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).extracting(SearchHit::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void newestOrderPutsRecordsWithoutAYearLast() {
        catalogue.add(book(1, "天津史", b -> b.date("1990")), book(2, "天津志"), book(3, "天津年鉴", b -> b.date("2020")));
        SearchPage page = catalogue.search.search(new SearchRequest("天津", 0, 10, SearchOrder.NEWEST));
        assertThat(page.hits()).extracting(SearchHit::id).containsExactly(3L, 1L, 2L);
        assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
    }

    @Test
    void hitCarriesTheStoredDescription() {
        catalogue.add(book(7, "呐喊", b -> b.title("Call to Arms").creator(Creator.of("鲁迅")).creator(Creator.of("杨宪益"))
                .date("1923年")));
        SearchHit hit = catalogue.search.search(SearchRequest.of("呐喊")).hits().getFirst();
        assertThat(hit.id()).isEqualTo(7L);
        assertThat(hit.title()).isEqualTo("呐喊");
        assertThat(hit.creators()).containsExactly("鲁迅", "杨宪益");
        assertThat(hit.year()).isEqualTo(1923);
        assertThat(hit.libraries()).containsExactly(TestRecords.LIBRARY);
        assertThat(hit.score()).isPositive();
    }

    @Test
    void hitWithoutAYearHasNone() {
        catalogue.add(book(1, "天津志"));
        assertThat(catalogue.search.search(SearchRequest.of("天津")).hits().getFirst().year()).isNull();
    }

    @Test
    void malformedQueryIsRejectedSayingWhatIsWrong() {
        catalogue.add(book(1, "天津历史"));
        assertThatThrownBy(() -> catalogue.search.search(SearchRequest.of("title:(")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("invalid query 'title:(': a '(' is never closed")
                .extracting(e -> ((InvalidQueryException) e).query()).isEqualTo("title:(");
        assertThatThrownBy(() -> catalogue.search.search(SearchRequest.of("\"天津")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("quotation mark at column 1 is never closed");
    }

    @Test
    void queryOfPunctuationOnlyMatchesNothing() {
        catalogue.add(book(1, "天津历史"));
        assertThat(catalogue.search.search(SearchRequest.of("，。")).total()).isZero();
    }

    @Test
    void broadPrefixStillAnswers() {
        List<cn.tjlib.warehouse.catalogue.UnifiedRecord> many = LongStream.rangeClosed(1, 1100)
                .mapToObj(id -> book(id, "word" + id)).toList();
        catalogue.index.update(many);
        catalogue.refresh();
        // Multi-term queries rewrite to constant-score filters, so a broad prefix still answers.
        SearchPage page = catalogue.search.search(SearchRequest.of("word*"));
        assertThat(page.hits()).hasSize(10);
        if (page.totalExact()) {
            assertThat(page.total()).isEqualTo(1100);
        } else {
            assertThat(page.total()).isBetween((long) CatalogueSearch.EXACT_TOTAL_UP_TO, 1100L);
        }
    }

    @Test
    void countsTheTotalExactlyWhenCountingFacetsAndForTheWholeCatalogue() {
        catalogue.index.update(LongStream.rangeClosed(1, 1500).mapToObj(id -> book(id, "天津" + id)).toList());
        catalogue.refresh();
        SearchPage faceted = catalogue.search.search(SearchRequest.of("天津").withFacets(true));
        assertThat(faceted.total()).isEqualTo(1500);
        assertThat(faceted.totalExact()).isTrue();
        assertThat(faceted.facets().get("library")).extracting(FacetCount::count).containsExactly(1500L);
        SearchPage all = catalogue.search.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(1500);
        assertThat(all.totalExact()).isTrue();
    }

    @Test
    void countsExactlyUpToTheThresholdAndNeverMoreMatchesThanThereAre() {
        catalogue.index.update(LongStream.rangeClosed(1, 1500)
                .mapToObj(id -> book(id, id % 3 == 0 ? "天津历史" : "天津地理 天津" + id)).toList());
        catalogue.refresh();
        SearchPage broad = catalogue.search.search(SearchRequest.of("天津"));
        if (broad.totalExact()) {
            assertThat(broad.total()).isEqualTo(1500);
        } else {
            assertThat(broad.total()).isBetween((long) CatalogueSearch.EXACT_TOTAL_UP_TO, 1500L);
        }
        SearchPage narrow = catalogue.search.search(SearchRequest.of("天津历史"));
        assertThat(narrow.total()).isEqualTo(500);
        assertThat(narrow.totalExact()).isTrue();
    }

    @Test
    void queryWithMoreWordsThanLuceneAllowsClausesIsAnInvalidQuery() {
        catalogue.add(book(1, "天津历史"));
        // 120 different quoted phrases, each searched in the word and bigram fields of every element
        String manyWords = IntStream.range(0, 120).mapToObj(i -> "\"" + Character.toString(0x4E00 + 2 * i)
                + Character.toString(0x4E01 + 2 * i) + "\"").collect(Collectors.joining(" "));
        assertThatThrownBy(() -> catalogue.search.search(SearchRequest.of(manyWords)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageEndingWith("it needs more than 1024 clauses; use fewer words");
    }
}
