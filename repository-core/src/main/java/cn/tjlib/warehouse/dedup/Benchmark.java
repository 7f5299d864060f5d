package cn.tjlib.warehouse.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A labelled benchmark loaded for {@link DedupEvaluation}: the records of every file and the gold
 * pairs, both keyed as "file index:id" so that ids may repeat across files.
 */
record Benchmark(List<MatchRecord> records, Set<String> gold, Map<MatchRecord, String> keys, boolean singleFile) {

    static Benchmark load(List<Path> recordFiles, Path goldFile) {
        List<MatchRecord> records = new ArrayList<>();
        Map<MatchRecord, String> keys = new IdentityHashMap<>();
        boolean single = recordFiles.size() == 1;
        for (int f = 0; f < recordFiles.size(); f++) {
            String source = single ? null : "file" + f + ":" + recordFiles.get(f).getFileName();
            for (MatchRecord r : CitationFile.read(recordFiles.get(f), source)) {
                records.add(r);
                keys.put(r, f + ":" + r.id());
            }
        }
        Set<String> gold = new HashSet<>();
        DelimitedFile pairs = DelimitedFile.read(goldFile, '%');
        for (List<String> row : pairs.rows()) {
            gold.add(key("0:" + row.get(0).strip(), (single ? "0:" : "1:") + row.get(1).strip(), single));
        }
        return new Benchmark(records, gold, keys, single);
    }

    /** The key of a pair the gold standard can judge; empty for pairs outside the first two files. */
    Optional<String> pairKey(MatchRecord a, MatchRecord b) {
        String ka = keys.get(a);
        String kb = keys.get(b);
        if (singleFile) {
            return Optional.of(key(ka, kb, true));
        }
        if (ka.startsWith("0:") && kb.startsWith("1:")) {
            return Optional.of(key(ka, kb, false));
        }
        return ka.startsWith("1:") && kb.startsWith("0:") ? Optional.of(key(kb, ka, false)) : Optional.empty();
    }

    Set<String> predictedPairs(List<Cluster> clusters) {
        Set<String> predicted = new HashSet<>();
        for (Cluster cluster : clusters) {
            List<MatchRecord> m = cluster.members();
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    pairKey(m.get(x), m.get(y)).ifPresent(predicted::add);
                }
            }
        }
        return predicted;
    }

    private static String key(String a, String b, boolean unordered) {
        return unordered && a.compareTo(b) > 0 ? b + "|" + a : a + "|" + b;
    }
}
