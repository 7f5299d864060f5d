package cn.tjlib.warehouse.search.eval;

import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.InvalidQueryException;
import cn.tjlib.warehouse.search.SearchHit;
import cn.tjlib.warehouse.search.SearchRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs judged queries against a catalogue and measures the ranking: mean reciprocal rank of the
 * first relevant hit (over the first {@value #DEPTH} hits), and nDCG@10 with binary relevance.
 */
public final class SearchEvaluation {
    public static final int DEPTH = 100;
    private static final int NDCG_AT = 10;

    private final CatalogueSearch search;
    private final Function<String, Set<Long>> unifiedIds;

    /**
     * @param unifiedIds the unified records that hold {@code library:source-record-id} (none if unknown)
     */
    public SearchEvaluation(CatalogueSearch search, Function<String, Set<Long>> unifiedIds) {
        this.search = search;
        this.unifiedIds = unifiedIds;
    }

    /** The scores of every query and their means. */
    public EvaluationReport evaluate(List<JudgedQuery> queries) {
        List<EvaluationReport.QueryResult> results = new ArrayList<>();
        for (JudgedQuery judged : queries) {
            Set<Long> relevant = new java.util.HashSet<>();
            judged.relevant().forEach(r -> relevant.addAll(unifiedIds.apply(r)));
            List<Long> ranked = ranked(judged.query());
            results.add(new EvaluationReport.QueryResult(judged.query(), relevant.size(), firstRelevantRank(ranked, relevant),
                    ndcg(ranked, relevant)));
        }
        return new EvaluationReport(results);
    }

    /** The ids of the first hits; none for a query the catalogue rejects, which a reader would see fail. */
    private List<Long> ranked(String query) {
        try {
            return search.search(new SearchRequest(query, 0, DEPTH)).hits().stream().map(SearchHit::id).toList();
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }

    static int firstRelevantRank(List<Long> ranked, Set<Long> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    static double ndcg(List<Long> ranked, Set<Long> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(NDCG_AT, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(NDCG_AT, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
