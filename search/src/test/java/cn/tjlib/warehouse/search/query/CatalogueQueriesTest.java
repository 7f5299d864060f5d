package cn.tjlib.warehouse.search.query;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueQueriesTest {
    private final CatalogueQueries queries = new CatalogueQueries();

    @AfterEach
    void close() {
        queries.close();
    }

    @Test
    void blankQueryMatchesEverything() throws ParseException {
        assertThat(queries.parse("  ")).isInstanceOf(MatchAllDocsQuery.class);
    }

    @Test
    void freeTextWordSearchesTheCombinedFreeTextFieldOnly() throws ParseException {
        assertThat(queries.parse("历史").toString()).isEqualTo("text.any:历史");
    }

    @Test
    void freeTextWordOfSeveralBigramsSearchesItsWordsOrAllItsBigrams() throws ParseException {
        assertThat(queries.parse("经济概论").toString())
                .contains("+text.any:经济 +text.any:概论", "+text.any:经济 +text.any:济概 +text.any:概论").doesNotContain("title.");
    }

    @Test
    void freeTextNameTheSegmenterSplitsIntoCharactersSearchesItsBigramsOnly() throws ParseException {
        assertThat(queries.parse("刘军沽").toString()).isEqualTo("+text.any:刘军 +text.any:军沽");
    }

    @Test
    void freeTextLatinWordAlsoSearchesPinyin() throws ParseException {
        assertThat(queries.parse("tianjin").toString())
                .contains("text.any:tianjin", "(title.pinyin:tianjin)^1.5", "(creator.pinyin:tianjin)^1.5");
    }

    @Test
    void quotedFreeTextSearchesWordsAndBigramsOfEveryTextFieldAndBigramsOfDescriptions() throws ParseException {
        String query = queries.parse("\"天津 历史\"").toString();
        assertThat(query).contains("title.word:\"天津 历史\"", "title.bigram:\"天津 历史\"", "creator.word:\"天津 历史\"",
                "(description.bigram:\"天津 历史\")^0.5");
        assertThat(query).doesNotContain("text.any", "description.word");
    }

    @Test
    void freeTextThatIsAnIsbnSearchesTheIsbnField() throws ParseException {
        assertThat(queries.parse("7-5306-1234-4").toString()).contains("isbn:9787530612347");
    }

    @Test
    void fieldedTermSearchesOnlyThatElement() throws ParseException {
        String query = queries.parse("creator:鲁迅").toString();
        assertThat(query).contains("creator.word:鲁迅", "creator.bigram:鲁迅").doesNotContain("title");
    }

    @Test
    void fieldedNameTheSegmenterSplitsIntoCharactersSearchesItsBigramsOnly() throws ParseException {
        String query = queries.parse("creator:王伟明").toString();
        assertThat(query).contains("+creator.bigram:王伟 +creator.bigram:伟明").doesNotContain("creator.word");
        assertThat(queries.parse("author:何沽").toString()).contains("creator.bigram:何沽").doesNotContain("creator.word");
    }

    @Test
    void namedWordFieldIsSearchedAsAskedEvenForANameSplitIntoCharacters() throws ParseException {
        assertThat(queries.parse("creator.word:王伟明").toString()).contains("creator.word:王", "creator.word:伟", "creator.word:明");
    }

    @Test
    void quotedFieldedNameStillSearchesTheWordField() throws ParseException {
        assertThat(queries.parse("creator:\"王伟明\"").toString()).contains("creator.word:\"王 伟 明\"");
    }

    @Test
    void quotedPhraseKeepsItsSlopOnEveryField() throws ParseException {
        assertThat(queries.parse("title:\"历史 研究\"~2").toString()).contains("title.word:\"历史 研究\"~2");
    }

    @Test
    void yearRangeBecomesAPointRangeOrADocValuesRange() throws ParseException {
        assertThat(queries.parse("year:[2000 TO 2010]").toString())
                .contains("indexQuery=year:[2000 TO 2010]", "dvQuery=year.order:[2000 TO 2010]");
    }

    @Test
    void bracketedCountryOfAnAuthorIsPlainText() throws ParseException {
        assertThat(queries.parse("[美]约翰·史密斯").toString()).contains("text.any:约翰", "text.any:密斯").doesNotContain("TO");
    }

    @Test
    void bracketsOfARangeStayARange() throws ParseException {
        assertThat(queries.parse("天津 year:{2000 TO 2010]").toString()).contains("year:[2001 TO 2010]");
    }

    @Test
    void rejectsRangeBoundThatIsNotAYear() {
        assertRejected("year:[2000 TO abc]", "year must be a number, got 'abc'");
    }

    @Test
    void rejectsPrefixOnYear() {
        assertRejected("year:20*", "year takes a number like 2020 or a range like [2000 TO 2010]");
    }

    @Test
    void rejectsFieldWithoutTerm() {
        assertRejected("title:", "the query ends unexpectedly after ':'");
    }

    @Test
    void rejectsOperatorWithoutLeftTerm() {
        assertRejected("AND 天津", "unexpected 'AND' at column 1");
    }

    @Test
    void rejectsUnknownFieldInsideAGroup() {
        assertRejected("天津 (foo:bar OR 历史)", "unknown field 'foo'");
    }

    @Test
    void rejectsUnclosedParenthesis() {
        assertRejected("title:(", "a '(' is never closed");
    }

    @Test
    void rejectsUnmatchedClosingParenthesis() {
        assertRejected("天津)", "')' at column 3 has no matching '('");
    }

    @Test
    void rejectsUnclosedQuotationMark() {
        assertRejected("\"天津历史", "the quotation mark at column 1 is never closed");
    }

    @Test
    void rejectsDanglingOperator() {
        assertRejected("天津 AND", "the query ends unexpectedly after 'AND'");
    }

    @Test
    void rejectsUnknownFieldNamingIt() {
        assertRejected("foo:bar", "unknown field 'foo'; the fields are author, clc, creator");
    }

    @Test
    void rejectsYearThatIsNotANumber() {
        assertRejected("year:abc", "year must be a number, got 'abc'");
    }

    @Test
    void rejectsLeadingWildcard() {
        assertThatThrownBy(() -> queries.parse("*史")).isInstanceOf(ParseException.class)
                .hasMessageContaining("'*' or '?' not allowed as first character");
    }

    private void assertRejected(String query, String message) {
        assertThatThrownBy(() -> queries.parse(query)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith(message);
    }
}
