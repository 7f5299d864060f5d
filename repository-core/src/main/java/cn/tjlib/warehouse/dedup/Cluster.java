package cn.tjlib.warehouse.dedup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Records judged to describe one resource, at most one per source; a record matching nothing is a cluster of one. */
public record Cluster(List<MatchRecord> members) {
    public Cluster {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs at least one record");
        }
    }

    public Set<String> sources() {
        return members.stream().map(MatchRecord::source).collect(Collectors.toSet());
    }

    public int size() {
        return members.size();
    }
}
