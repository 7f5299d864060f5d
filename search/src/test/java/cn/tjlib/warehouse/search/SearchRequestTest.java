package cn.tjlib.warehouse.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestTest {
    @Test
    void rejectsLimitOfZeroNamingIt() {
        assertThatThrownBy(() -> new SearchRequest("历史", 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100, got 0");
    }

    @Test
    void rejectsLimitAboveOneHundred() {
        assertThatThrownBy(() -> new SearchRequest("历史", 0, 101))
                .hasMessage("limit must be between 1 and 100, got 101");
    }

    @Test
    void rejectsNegativeOffset() {
        assertThatThrownBy(() -> new SearchRequest("历史", -1, 10))
                .hasMessage("offset must be between 0 and 10000, got -1");
    }

    @Test
    void rejectsOverlongQuery() {
        assertThatThrownBy(() -> new SearchRequest("史".repeat(1001), 0, 10))
                .hasMessage("query must be at most 1000 characters, got 1001");
    }

    @Test
    void stripsTheQueryAndDefaultsToRelevance() {
        SearchRequest request = SearchRequest.of("  天津 ");
        assertThat(request.query()).isEqualTo("天津");
        assertThat(request.order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(request.limit()).isEqualTo(10);
    }

    @Test
    void pageCannotHoldMoreHitsThanTheTotal() {
        SearchHit hit = new SearchHit(1, "t", java.util.List.of(), null, java.util.List.of(), 1f);
        assertThatThrownBy(() -> new SearchPage(0, java.util.List.of(hit)))
                .hasMessage("a page of 1 hits cannot have a total of 0");
    }
}
