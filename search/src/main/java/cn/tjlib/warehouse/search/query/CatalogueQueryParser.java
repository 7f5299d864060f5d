package cn.tjlib.warehouse.search.query;

import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

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
            return IntPoint.newExactQuery(field, year(text));
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
            return IntPoint.newRangeQuery(field, from, to);
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
                disjuncts.add(target.boost() == 1f ? q : new BoostQuery(q, target.boost()));
            }
        }
        return switch (disjuncts.size()) {
            case 0 -> null;
            case 1 -> disjuncts.getFirst();
            default -> new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        };
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new RejectedClauseException("year must be a number, got '" + text + "'");
        }
    }
}
