package cn.tjlib.warehouse.search.query;

import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lucene's classic syntax over the catalogue: each term typed under a reader's field name
 * ({@link QueryFields}) becomes a disjunction over that name's index fields, with boosts.
 * Terms are ANDed. Not thread-safe: one parser per query.
 */
final class CatalogueQueryParser extends QueryParser {
    /** How much the non-best fields of a term add to its score. */
    private static final float TIE_BREAKER = 0.1f;

    @FunctionalInterface
    private interface FieldQuery {
        Query on(String field) throws ParseException;
    }

    CatalogueQueryParser(Analyzer analyzer) {
        super(QueryFields.ANY, analyzer);
        setDefaultOperator(Operator.AND);
        // Each whitespace-separated term must match in some field, not all terms in one field.
        setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (CatalogueFields.YEAR.equals(field)) {
            int year = year(text);
            return CatalogueFields.yearRange(year, year);
        }
        if (QueryFields.ANY.equals(field) && !quoted) {
            return freeText(text);
        }
        if (!quoted && !QueryFields.isIndexFieldOnly(field)
                && splitIntoCharacters(terms(CatalogueFields.words(CatalogueFields.TITLE), text))) {
            // as in free text: a name the segmenter splits into characters (王/伟/明) would match them
            // in any order in the word field (王明伟), over long postings; its bigrams keep them together.
            // A named index field (creator.word:) is searched as asked.
            return expand(field, f -> QueryFields.isWords(f) ? null : super.getFieldQuery(f, text, false));
        }
        return expand(field, f -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        return expand(field, f -> super.getFieldQuery(f, text, slop));
    }

    @Override
    protected Query getRangeQuery(String field, String lower, String upper, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (CatalogueFields.YEAR.equals(field)) {
            int from = lower == null ? Integer.MIN_VALUE : year(lower) + (startInclusive ? 0 : 1);
            int to = upper == null ? Integer.MAX_VALUE : year(upper) - (endInclusive ? 0 : 1);
            return CatalogueFields.yearRange(from, to);
        }
        return expand(field, f -> super.getRangeQuery(f, lower, upper, startInclusive, endInclusive));
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        return expand(field, f -> super.getPrefixQuery(f, text));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        return expand(field, f -> super.getWildcardQuery(f, text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        return expand(field, f -> super.getFuzzyQuery(f, text, similarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        return expand(field, f -> super.getRegexpQuery(f, text));
    }

    /**
     * An unquoted term typed without a field name: its words, or else all its bigrams, in the
     * combined free-text field, whose weights stand for the per-element fields and their boosts;
     * or its pinyin or ISBN. Quoted phrases need positions and still search every element's fields.
     */
    private Query freeText(String text) throws ParseException {
        List<String> words = terms(CatalogueFields.words(CatalogueFields.TITLE), text);
        List<String> bigrams = terms(CatalogueFields.bigrams(CatalogueFields.TITLE), text);
        List<Query> disjuncts = new ArrayList<>();
        // NOTE: free text holds every field's terms, so the words of a term may match in different
        // fields; when the segmenter finds no word at all (a name: 刘/军/沽), its single characters
        // would match records with them anywhere. Its bigrams (刘军 军沽) keep the characters together.
        boolean splitIntoCharacters = splitIntoCharacters(words);
        if (!words.isEmpty() && !splitIntoCharacters) {
            disjuncts.add(allOf(words));
        }
        if (!bigrams.isEmpty() && !bigrams.equals(words)) {
            disjuncts.add(allOf(bigrams));
        }
        for (QueryFields.Target target : QueryFields.besideFreeText()) {
            Query q = super.getFieldQuery(target.field(), text, false);
            if (q != null) {
                disjuncts.add(boosted(q, target.boost()));
            }
        }
        return anyOf(disjuncts);
    }

    /** Whether the segmenter found no word in a text of several Han characters, only the characters. */
    private static boolean splitIntoCharacters(List<String> words) {
        return words.size() > 1 && words.stream().allMatch(CatalogueQueryParser::isOneHanCharacter);
    }

    private static boolean isOneHanCharacter(String term) {
        return term.codePointCount(0, term.length()) == 1
                && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** The distinct terms of {@code text} analysed as for index field {@code analysedAs}. */
    private List<String> terms(String analysedAs, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = getAnalyzer().tokenStream(analysedAs, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse '" + text + "'", e); // a String: no I/O
        }
        return terms.stream().distinct().toList();
    }

    /** All of {@code terms} required in free text. */
    private static Query allOf(List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(CatalogueFields.FREE_TEXT, terms.getFirst()));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(t -> all.add(new TermQuery(new Term(CatalogueFields.FREE_TEXT, t)), BooleanClause.Occur.MUST));
        return all.build();
    }

    private Query expand(String field, FieldQuery query) throws ParseException {
        if ("*".equals(field) || QueryFields.isIndexFieldOnly(field)) {
            return query.on(field); // "*:*", or a re-entrant call from the superclass
        }
        List<QueryFields.Target> targets = QueryFields.targets(field);
        if (targets == null) {
            throw new RejectedClauseException("unknown field '" + field + "'; the fields are "
                    + String.join(", ", QueryFields.aliases()));
        }
        List<Query> disjuncts = new ArrayList<>();
        for (QueryFields.Target target : targets) {
            if (CatalogueFields.YEAR.equals(target.field())) {
                throw new RejectedClauseException("year takes a number like 2020 or a range like [2000 TO 2010]");
            }
            Query q = query.on(target.field());
            if (q != null) {
                disjuncts.add(boosted(q, target.boost()));
            }
        }
        return anyOf(disjuncts);
    }

    /** The best of these alternatives with a little of the others (null if none, the query itself if one). */
    private static Query anyOf(List<Query> disjuncts) {
        return switch (disjuncts.size()) {
            case 0 -> null;
            case 1 -> disjuncts.getFirst();
            default -> new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        };
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new RejectedClauseException("year must be a number, got '" + text + "'");
        }
    }
}
