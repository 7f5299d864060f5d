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
    /**
     * Whether two groups of records (record indices) must stay apart although a link joins them, e.g. because
     * one record of each is clearly another work: a chain of links would otherwise join works that differ.
     */
    @FunctionalInterface
    public interface Apart {
        boolean apart(IntList left, IntList right);
    }

    /** The record indices of a group, read-only. */
    public interface IntList {
        int size();

        int get(int k);
    }

    /** The clusters of records {@code 0 … sources.length - 1}, each as record indices in ascending order. */
    public List<int[]> cluster(int[] sources, ScoredLinks links) {
        return cluster(sources, links, null);
    }

    /** As {@link #cluster(int[], ScoredLinks)}, refusing also every merge of two groups that {@code apart} keeps apart. */
    public List<int[]> cluster(int[] sources, ScoredLinks links, Apart apart) {
        int n = sources.length;
        int[] parent = IntStream.range(0, n).toArray();
        List<Set<Integer>> sourcesOf = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<Members> members = apart == null ? null : new ArrayList<>(java.util.Collections.nCopies(n, null));
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
            if (members != null && apart.apart(members(members, a), members(members, b))) {
                continue;
            }
            // the larger source set absorbs the smaller, so each source id moves O(log n) times
            int root = sa.size() >= sb.size() ? a : b;
            int child = root == a ? b : a;
            parent[child] = root;
            sourcesOf.get(root).addAll(sourcesOf.get(child));
            sourcesOf.set(child, null);
            if (members != null) {
                Members kept = members(members, root);
                kept.addAll(members(members, child));
                members.set(child, null);
            }
        }
        return components(parent);
    }

    /** A growable list of record indices. */
    private static final class Members implements IntList {
        private int[] items = new int[2];
        private int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }

        void addAll(Members other) {
            for (int k = 0; k < other.size; k++) {
                add(other.items[k]);
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int get(int k) {
            return items[k];
        }
    }

    private static Members members(List<Members> members, int root) {
        Members m = members.get(root);
        if (m == null) {
            m = new Members();
            m.add(root);
            members.set(root, m);
        }
        return m;
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
