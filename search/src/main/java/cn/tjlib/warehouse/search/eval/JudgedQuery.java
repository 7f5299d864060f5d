package cn.tjlib.warehouse.search.eval;

import java.util.List;

/** A query and the records relevant to it, each as {@code library-code:source-record-id}. */
public record JudgedQuery(String query, List<String> relevant) {
    public JudgedQuery {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("a judged query must not be blank");
        }
        relevant = List.copyOf(relevant);
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("query '" + query + "' lists no relevant record");
        }
        for (String r : relevant) {
            int colon = r.indexOf(':');
            if (colon <= 0 || colon == r.length() - 1) {
                throw new IllegalArgumentException("relevant record must be library:source-record-id, got '" + r
                        + "' for query '" + query + "'");
            }
        }
    }
}
