package cn.tjlib.warehouse.harvest.protocol;

import java.util.List;
import java.util.Objects;

/** One ListSets response: its sets and its resumption token. */
public record ListSetsPage(List<OaiSet> sets, ResumptionToken token) {
    public ListSetsPage {
        sets = List.copyOf(sets);
        Objects.requireNonNull(token, "token");
    }

    /** The answer of a repository without sets ({@code noSetHierarchy}): an empty, final page. */
    public static ListSetsPage empty() {
        return new ListSetsPage(List.of(), ResumptionToken.NONE);
    }

    /** The token that fetches the next page, or null on the last page. */
    public String nextToken() {
        return token.hasNext() ? token.value() : null;
    }
}
