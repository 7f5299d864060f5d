package cn.tjlib.warehouse.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Best-first connected components over the few records of one cluster, used when a cluster must be
 * checked again (a member left, staff rejected a pair): links are merged best score first, refusing
 * any merge that would put two records of one library, or a rejected pair, in one component.
 */
final class LocalClusters {
    record Link(int a, int b, double score) {
    }

    private LocalClusters() {
    }

    /** The components of nodes {@code 0 … libraries.size() - 1}; {@code cannotLink} holds packed index pairs. */
    static List<List<Integer>> components(List<String> libraries, List<Link> links, Set<Long> cannotLink) {
        int n = libraries.size();
        List<List<Integer>> members = new ArrayList<>();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        List<Link> ordered = new ArrayList<>(links);
        ordered.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparingInt(Link::a).thenComparingInt(Link::b));
        for (Link link : ordered) {
            int ra = root[link.a()];
            int rb = root[link.b()];
            if (ra == rb || !compatible(members.get(ra), members.get(rb), libraries, cannotLink)) {
                continue;
            }
            for (int x : members.get(rb)) {
                root[x] = ra;
            }
            members.get(ra).addAll(members.get(rb));
            members.get(rb).clear();
        }
        return members.stream().filter(m -> !m.isEmpty()).toList();
    }

    static long pack(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static boolean compatible(List<Integer> left, List<Integer> right, List<String> libraries, Set<Long> cannotLink) {
        Set<String> seen = new HashSet<>();
        left.forEach(x -> seen.add(libraries.get(x)));
        for (int y : right) {
            if (seen.contains(libraries.get(y))) {
                return false;
            }
            for (int x : left) {
                if (cannotLink.contains(pack(x, y))) {
                    return false;
                }
            }
        }
        return true;
    }
}
