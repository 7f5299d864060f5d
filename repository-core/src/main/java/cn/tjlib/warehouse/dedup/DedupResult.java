package cn.tjlib.warehouse.dedup;

import java.util.List;

/**
 * The outcome of one run: every record in exactly one cluster, the pairs left for review, and how many
 * pairs blocking proposed and how many matched.
 */
public record DedupResult(List<Cluster> clusters, List<ScoredPair> possibles, long candidatePairs, long matchedPairs) {
    public DedupResult {
        clusters = List.copyOf(clusters);
        possibles = List.copyOf(possibles);
    }
}
