package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestRun;

/** A run in progress: where its list starts, where it has got to, and what it has done so far. */
final class RunState {
    private final long id;
    private final String from;
    private String token;
    private int pages;
    private HarvestCounts counts;

    private RunState(long id, String from, String token, int pages, HarvestCounts counts) {
        this.id = id;
        this.from = from;
        this.token = token;
        this.pages = pages;
        this.counts = counts;
    }

    static RunState fresh(long id, String from) {
        return new RunState(id, from, null, 0, HarvestCounts.ZERO);
    }

    /** Continues an interrupted run from its checkpoint. */
    static RunState resumed(HarvestRun run) {
        return new RunState(run.id(), run.fromDate(), run.resumptionToken(), run.pages(), run.counts());
    }

    void pageStored(HarvestCounts page, String nextToken) {
        pages++;
        counts = counts.plus(page);
        token = nextToken;
    }

    long id() {
        return id;
    }

    String from() {
        return from;
    }

    /** The token to continue with, or null to start the list. */
    String token() {
        return token;
    }

    int pages() {
        return pages;
    }

    HarvestCounts counts() {
        return counts;
    }
}
