package cn.tjlib.warehouse.dedup.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Connected components over matched pairs, merged best score first (ties by record index, so runs are
 * repeatable), refusing any merge that would put two records of one source in one cluster: a library's
 * own duplicates are not merged, and of two candidates from one library the better-scoring one wins.
 */
public final class BestFirstUnionFind {
    /** The clusters of records {@code 0 … sources.length - 1}, each as record indices in ascending order. */
    public List<int[]> cluster(int[] sources, ScoredLinks links) {
        int n = sources.length;
        int[] parent = IntStream.range(0, n).toArray();
        List<Set<Integer>> sourcesOf = new ArrayList<>(java.util.Collections.nCopies(n, null));
        for (int link : order(links)) {
            int a = find(parent, links.left(link));
            int b = find(parent, links.right(link));
            if (a == b) {
                continue;
            }
            Set<Integer> sa = sourcesOf(sourcesOf, a, sources);
            Set<Integer> sb = sourcesOf(sourcesOf, b, sources);
            if (!java.util.Collections.disjoint(sa, sb)) {
                continue;
            }
            // the larger source set absorbs the smaller, so each source id moves O(log n) times
            int root = sa.size() >= sb.size() ? a : b;
            int child = root == a ? b : a;
            parent[child] = root;
            sourcesOf.get(root).addAll(sourcesOf.get(child));
            sourcesOf.set(child, null);
        }
        return components(parent);
    }

    private static Integer[] order(ScoredLinks links) {
        Integer[] order = new Integer[links.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> {
            int byScore = Double.compare(links.score(y), links.score(x));
            if (byScore != 0) {
                return byScore;
            }
            int byLeft = Integer.compare(links.left(x), links.left(y));
            return byLeft != 0 ? byLeft : Integer.compare(links.right(x), links.right(y));
        });
        return order;
    }

    private static Set<Integer> sourcesOf(List<Set<Integer>> sourcesOf, int root, int[] sources) {
        Set<Integer> set = sourcesOf.get(root);
        if (set == null) {
            set = new HashSet<>();
            set.add(sources[root]);
            sourcesOf.set(root, set);
        }
        return set;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static List<int[]> components(int[] parent) {
        int n = parent.length;
        int[] root = new int[n];
        int[] size = new int[n];
        for (int x = 0; x < n; x++) {
            root[x] = find(parent, x);
            size[root[x]]++;
        }
        int[][] members = new int[n][];
        int[] fill = new int[n];
        List<int[]> clusters = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            int r = root[x];
            if (members[r] == null) {
                members[r] = new int[size[r]];
                clusters.add(members[r]);
            }
            members[r][fill[r]++] = x;
        }
        return clusters;
    }
}
