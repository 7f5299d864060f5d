package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FacetSearchIT extends WithIndexedCatalogue {
    @BeforeEach
    void addRecords() {
        catalogue.add(
                record(1, ResourceType.BOOK, "天津历史", "2015", "chi", "K29", "tjl", "heping"),
                record(2, ResourceType.BOOK, "天津地理", "2012", "zh", "K92", "tjl"),
                record(3, ResourceType.JOURNAL, "天津经济", "1998", "chi", "F12", "nankai"),
                record(4, ResourceType.VIDEO, "天津计算机讲座", "2021", "eng", "TP3", "heping"),
                record(5, ResourceType.BOOK, "北京历史", "2016", "chi", "K29", "nlc"));
    }

    @Test
    void countsEveryFacetOverAllMatchesNotJustThePage() {
        SearchPage page = catalogue.search.search(new SearchRequest("天津", 0, 1).withFacets(true));
        assertThat(page.hits()).hasSize(1);
        assertThat(page.facets().get("library")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("heping", 2L), tuple("tjl", 2L), tuple("nankai", 1L));
        assertThat(page.facets().get("type")).extracting(FacetCount::value, FacetCount::label, FacetCount::count)
                .containsExactly(tuple("book", "图书", 2L), tuple("journal", "期刊", 1L), tuple("video", "视频", 1L));
        assertThat(page.facets().get("year")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("2020-2029", 1L), tuple("2010-2019", 2L), tuple("1990-1999", 1L));
    }

    @Test
    void foldsLanguageCodesSoThatALanguageIsCountedOnce() {
        SearchPage page = catalogue.search.search(new SearchRequest("天津", 0, 10).withFacets(true));
        assertThat(page.facets().get("language")).extracting(FacetCount::value, FacetCount::label, FacetCount::count)
                .containsExactly(tuple("chi", "中文", 3L), tuple("eng", "英文", 1L));
    }

    @Test
    void countsClcTopClassesWithTheirChineseNamesAndTwoLettersUnderT() {
        SearchPage page = catalogue.search.search(new SearchRequest("", 0, 10).withFacets(true));
        assertThat(page.facets().get("clc")).extracting(FacetCount::value, FacetCount::label, FacetCount::count)
                .containsExactly(tuple("K", "历史、地理", 3L), tuple("F", "经济", 1L), tuple("TP", "自动化技术、计算机技术", 1L));
    }

    @Test
    void filtersOnEveryFacet() {
        assertThat(ids("天津", SearchFilters.of(Facet.LIBRARY, "tjl"))).containsExactly(1L, 2L);
        assertThat(ids("天津", SearchFilters.of(Facet.TYPE, "journal"))).containsExactly(3L);
        assertThat(ids("天津", SearchFilters.of(Facet.YEAR, "2010-2019"))).containsExactly(1L, 2L);
        assertThat(ids("天津", SearchFilters.of(Facet.LANGUAGE, "chi"))).containsExactly(1L, 2L, 3L);
        assertThat(ids("", SearchFilters.of(Facet.CLC, "K"))).containsExactly(1L, 2L, 5L);
        assertThat(ids("", SearchFilters.of(Facet.CLC, "T"))).containsExactly(4L);
        assertThat(ids("", SearchFilters.of(Facet.CLC, "TP"))).containsExactly(4L);
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        assertThat(ids("", SearchFilters.of(Facet.LIBRARY, "nankai", "nlc"))).containsExactly(3L, 5L);
        assertThat(ids("", SearchFilters.of(Facet.LIBRARY, "tjl", "heping").and(Facet.YEAR, List.of("2014-"))))
                .containsExactly(1L, 4L);
    }

    @Test
    void filteredFacetCountsDescribeTheFilteredMatches() {
        SearchPage page = catalogue.search.search(new SearchRequest("天津", 0, 10)
                .withFilters(SearchFilters.of(Facet.TYPE, "book")).withFacets(true));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.facets().get("type")).extracting(FacetCount::value).containsExactly("book");
    }

    @Test
    void withoutFacetsAskedForThePageHasNone() {
        assertThat(catalogue.search.search(SearchRequest.of("天津")).facets()).isEmpty();
    }

    @Test
    void sortsByYearEitherWay() {
        assertThat(catalogue.search.search(new SearchRequest("", 0, 10, SearchOrder.OLDEST)).hits())
                .extracting(SearchHit::id).containsExactly(3L, 2L, 1L, 5L, 4L);
        assertThat(catalogue.search.search(new SearchRequest("", 0, 10, SearchOrder.NEWEST)).hits())
                .extracting(SearchHit::id).containsExactly(4L, 5L, 1L, 2L, 3L);
    }

    @Test
    void malformedYearFilterIsRejectedNamingIt() {
        assertThatThrownBy(() -> SearchFilters.of(Facet.YEAR, "2010s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year filter must be a year or a range like 2010-2019, got '2010s'");
        assertThatThrownBy(() -> SearchFilters.of(Facet.YEAR, "2019-2010"))
                .hasMessage("year range must not end before it starts, got 2019-2010");
    }

    private List<Long> ids(String query, SearchFilters filters) {
        return catalogue.search.search(new SearchRequest(query, 0, 10, SearchOrder.ID).withFilters(filters)).hits()
                .stream().map(SearchHit::id).toList();
    }

    static UnifiedRecord record(long id, ResourceType type, String title, String date, String language, String clc,
                                String... libraries) {
        CanonicalRecord record = CanonicalRecord.builder(libraries[0], "r" + id).title(title).date(date)
                .language(language).subject(new Subject(Subject.CLC, clc)).build();
        List<Holding> holdings = java.util.Arrays.stream(libraries)
                .map(l -> new Holding(l, "oai:" + l + ":r" + id, "r" + id, TestRecords.NOW)).toList();
        return new UnifiedRecord(id, TestRecords.NOW, false, type, record, holdings, List.of(libraries));
    }

}
