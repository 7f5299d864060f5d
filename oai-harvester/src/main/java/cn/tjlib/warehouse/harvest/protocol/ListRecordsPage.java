package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.raw.HarvestedRecord;

import java.util.List;
import java.util.Objects;

/**
 * One ListRecords response: its records (rejected ones included, with their reason), its
 * resumption token, and the records that could not even be identified, described for the log.
 */
public record ListRecordsPage(List<HarvestedRecord> records, ResumptionToken token, List<String> unreadable) {
    public ListRecordsPage {
        records = List.copyOf(records);
        Objects.requireNonNull(token, "token");
        unreadable = List.copyOf(unreadable);
    }

    /** The answer to a request that matched nothing ({@code noRecordsMatch}): an empty, final page. */
    public static ListRecordsPage empty() {
        return new ListRecordsPage(List.of(), ResumptionToken.NONE, List.of());
    }

    /** The token that fetches the next page, or null on the last page. */
    public String nextToken() {
        return token.hasNext() ? token.value() : null;
    }
}
