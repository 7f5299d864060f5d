package cn.tjlib.warehouse.search.query;

import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a Lucene query: free text over titles, creators, subjects,
 * publishers, descriptions and ISBNs, or fielded ({@code title:历史 creator:鲁迅 isbn:7-5306-1234-5
 * year:[1990 TO 2000]}); blank text matches every record. Thread-safe.
 */
public final class CatalogueQueries implements AutoCloseable {
    private final Analyzer analyzer = CatalogueFields.queryAnalyzer();

    /**
     * The query for {@code text}.
     *
     * @throws ParseException whose message says, in one line, what is wrong with the text
     */
    public Query parse(String text) throws ParseException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            Query query = new CatalogueQueryParser(analyzer).parse(escapeLoneBrackets(text));
            return query == null ? new BooleanQuery.Builder().build() : query;
        } catch (ParseException e) {
            ParseException described = new ParseException(SyntaxErrors.describe(text, e));
            described.initCause(e);
            throw described;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new ParseException("it needs more than " + IndexSearcher.getMaxClauseCount()
                    + " clauses; use fewer words");
        }
    }

    /**
     * Escapes square and curly brackets unless the text has a range ({@code [2000 TO 2010]}):
     * catalogues put the author's country in brackets ({@code [美]约翰·史密斯}), and readers paste it.
     */
    static String escapeLoneBrackets(String text) {
        if (RANGE.matcher(text).find()) {
            return text;
        }
        return LONE_BRACKET.matcher(text).replaceAll("\\\\$0");
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("[\\[{][^\\]}]*\\sTO\\s");
    private static final java.util.regex.Pattern LONE_BRACKET = java.util.regex.Pattern.compile("(?<!\\\\)[\\[\\]{}]");

    @Override
    public void close() {
        analyzer.close();
    }
}
