package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.record.Creator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.tjlib.warehouse.search.TestRecords.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HighlightAndSuggestIT extends WithIndexedCatalogue {
    private Highlight highlightOf(String query) {
        return catalogue.search.search(SearchRequest.of(query)).hits().getFirst().highlight();
    }

    @Test
    void marksAMatchedWordInTheTitle() {
        catalogue.add(book(1, "天津历史文化研究"));
        assertThat(highlightOf("历史").title()).isEqualTo("天津<em>历史</em>文化研究");
    }

    @Test
    void marksAWordThatSegmentationKeepsInsideALongerWordAsOneMark() {
        catalogue.add(book(1, "天津市图书馆馆藏目录"));
        assertThat(highlightOf("图书馆").title()).isEqualTo("天津市<em>图书馆</em>馆藏目录");
    }

    @Test
    void marksTheTraditionalTitleForASimplifiedQuery() {
        catalogue.add(book(1, "臺灣歷史"));
        assertThat(highlightOf("历史").title()).isEqualTo("臺灣<em>歷史</em>");
    }

    @Test
    void marksEnglishWordsByTheirStem() {
        catalogue.add(book(1, "Running libraries"));
        assertThat(highlightOf("library").title()).isEqualTo("Running <em>libraries</em>");
    }

    @Test
    void escapesHtmlInTitlesAndSnippets() {
        catalogue.add(book(1, "<b>天津</b> & 北京", b -> b.description("论<script>天津</script>的历史")));
        Highlight h = highlightOf("天津");
        assertThat(h.title()).isEqualTo("&lt;b&gt;<em>天津</em>&lt;&#x2F;b&gt; &amp; 北京");
        assertThat(h.description()).contains("<em>天津</em>").doesNotContain("<script>");
    }

    @Test
    void givesADescriptionSnippetOnlyWhenTheDescriptionMatches() {
        catalogue.add(book(1, "地方志概论", b -> b.description("本书讨论天津的地方志。另有附录。")), book(2, "天津通志"));
        var hits = catalogue.search.search(SearchRequest.of("天津")).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly(2L, 1L);
        assertThat(hits.get(0).highlight().description()).isNull();
        assertThat(hits.get(1).highlight().title()).isEqualTo("地方志概论");
        assertThat(hits.get(1).highlight().description()).isEqualTo("本书讨论<em>天津</em>的地方志。");
    }

    @Test
    void blankQueryHasNoHighlights() {
        catalogue.add(book(1, "天津历史"));
        assertThat(catalogue.search.search(SearchRequest.of("")).hits().getFirst().highlight()).isNull();
    }

    @Test
    void suggestsTitlesAndCreatorsByTheirBeginningMostFrequentFirst() {
        catalogue.add(book(1, "天津历史", b -> b.creator(Creator.of("天野"))), book(2, "天津历史"), book(3, "天津地理"),
                book(4, "北京天津"));
        assertThat(catalogue.search.suggest("天津", 10)).extracting(Suggestion::text, Suggestion::kind, Suggestion::count)
                .containsExactly(tuple("天津历史", Suggestion.Kind.TITLE, 2L), tuple("天津地理", Suggestion.Kind.TITLE, 1L));
        assertThat(catalogue.search.suggest("天", 10)).extracting(Suggestion::text)
                .containsExactly("天津历史", "天野", "天津地理");
    }

    @Test
    void suggestsByTraditionalFullWidthPinyinAndInitials() {
        catalogue.add(book(1, "天津历史", b -> b.creator(Creator.of("王建国"))), book(2, "Java编程"));
        assertThat(texts("天津歷")).containsExactly("天津历史");
        assertThat(texts("ｊａｖａ")).containsExactly("Java编程");
        assertThat(texts("tianj")).containsExactly("天津历史");
        assertThat(texts("TJ")).containsExactly("天津历史");
        assertThat(texts("wangjian")).containsExactly("王建国");
        assertThat(texts("wjg")).containsExactly("王建国");
    }

    @Test
    void suggestsNothingForBlankOrPunctuation() {
        catalogue.add(book(1, "天津历史"));
        assertThat(catalogue.search.suggest(" ，", 10)).isEmpty();
    }

    @Test
    void limitsTheNumberOfSuggestions() {
        catalogue.add(book(1, "天津一"), book(2, "天津二"), book(3, "天津三"));
        assertThat(catalogue.search.suggest("天津", 2)).hasSize(2);
        assertThatThrownBy(() -> catalogue.search.suggest("天津", 0)).hasMessage("limit must be between 1 and 50, got 0");
    }

    @Test
    void findsACreatorByTheWholeNameInPinyin() {
        catalogue.add(book(1, "呐喊", b -> b.creator(Creator.of("鲁迅"))), book(2, "边城", b -> b.creator(Creator.of("沈从文"))));
        assertThat(catalogue.ids("luxun")).containsExactly(1L);
        assertThat(catalogue.ids("shencongwen")).containsExactly(2L);
        assertThat(catalogue.ids("creator:scw")).containsExactly(2L);
    }

    private List<String> texts(String typed) {
        return catalogue.search.suggest(typed, 10).stream().map(Suggestion::text).toList();
    }
}
