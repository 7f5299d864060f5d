package cn.tjlib.warehouse.search.suggest;

import cn.tjlib.warehouse.search.Suggestion;
import cn.tjlib.warehouse.search.analysis.SuggestKeys;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles and creator names that start with what a reader typed, in characters (folded, so
 * {@code 歷史} finds {@code 历史}) or in pinyin or initials ({@code tianj}, {@code tj}). Prefix
 * queries on the folded keys find the records; their stored entries say which value matched.
 * The most frequent values come first.
 */
public final class PrefixSuggester {
    /** How many matching records are read to find and count values: enough to rank, bounded in cost. */
    static final int SAMPLE = 1_000;

    /** At most {@code limit} suggestions for {@code typed}, most frequent first; none for blank text. */
    public List<Suggestion> suggest(IndexSearcher searcher, String typed, int limit) throws IOException {
        String prefix = SuggestKeys.fold(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        boolean latin = prefix.chars().allMatch(c -> c >= 'a' && c <= 'z');
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(CatalogueFields.SUGGEST_TITLE, prefix)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(CatalogueFields.SUGGEST_CREATOR, prefix)), BooleanClause.Occur.SHOULD);
        if (latin) {
            query.add(new PrefixQuery(new Term(CatalogueFields.SUGGEST_PINYIN, prefix)), BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] docs = searcher.search(query.build(), SAMPLE).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ScoreDoc doc : docs) {
            for (String entry : stored.document(doc.doc).getValues(CatalogueFields.SUGGEST_ENTRY)) {
                String[] parts = entry.split("\t", -1);
                boolean matches = parts[2].startsWith(prefix)
                        || latin && (parts[3].startsWith(prefix) || parts[4].startsWith(prefix));
                if (matches) {
                    tallies.computeIfAbsent(parts[0] + "\t" + parts[2], k -> new Tally(parts[0], parts[1])).count++;
                }
            }
        }
        return tallies.values().stream()
                .sorted(Comparator.comparingLong((Tally t) -> t.count).reversed()
                        .thenComparingInt(t -> t.text.length()).thenComparing(t -> t.text))
                .limit(limit)
                .map(t -> new Suggestion(t.text, Suggestion.Kind.valueOf(t.kind), t.count))
                .toList();
    }

    private static final class Tally {
        final String kind;
        final String text;
        long count;

        Tally(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }
    }
}
