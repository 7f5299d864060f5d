package cn.tjlib.warehouse.search.facet;

import cn.tjlib.warehouse.search.Facet;
import cn.tjlib.warehouse.search.SearchFilters;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Restricts a query by facet filters: non-scoring clauses, values of one facet ORed, facets ANDed. */
public final class FilterQueries {
    private FilterQueries() {
    }

    /** {@code query} restricted by {@code filters}; {@code query} itself if there are none. */
    public static Query restrict(Query query, SearchFilters filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (Map.Entry<Facet, List<String>> filter : filters.values().entrySet()) {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : filter.getValue()) {
                anyOf.add(valueQuery(filter.getKey(), value), BooleanClause.Occur.SHOULD);
            }
            restricted.add(anyOf.build(), BooleanClause.Occur.FILTER);
        }
        return restricted.build();
    }

    private static Query valueQuery(Facet facet, String value) {
        return switch (facet) {
            case LIBRARY -> new TermQuery(new Term(CatalogueFields.FACET_LIBRARY, value));
            case TYPE -> new TermQuery(new Term(CatalogueFields.FACET_TYPE, value.toLowerCase(Locale.ROOT)));
            case LANGUAGE -> new TermQuery(new Term(CatalogueFields.FACET_LANGUAGE, Languages.code(value).equals(
                    Languages.UNDETERMINED) ? value.toLowerCase(Locale.ROOT) : Languages.code(value)));
            case CLC -> new TermQuery(new Term(CatalogueFields.CLC_TOP, value.toUpperCase(Locale.ROOT)));
            case YEAR -> {
                YearRange range = YearRange.parse(value);
                yield CatalogueFields.yearRange(range.from(), range.to());
            }
        };
    }
}
