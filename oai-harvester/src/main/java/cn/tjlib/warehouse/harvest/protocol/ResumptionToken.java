package cn.tjlib.warehouse.harvest.protocol;

import java.util.OptionalLong;

/**
 * The resumptionToken element of a list response. An empty {@code value} marks the last page;
 * the list size and cursor are given by some repositories only.
 */
public record ResumptionToken(String value, OptionalLong completeListSize, OptionalLong cursor) {
    /** No resumptionToken element at all: the list fitted in one page. */
    public static final ResumptionToken NONE = new ResumptionToken("", OptionalLong.empty(), OptionalLong.empty());

    public ResumptionToken {
        value = value == null ? "" : value.strip();
        completeListSize = completeListSize == null ? OptionalLong.empty() : completeListSize;
        cursor = cursor == null ? OptionalLong.empty() : cursor;
    }

    /** True when another page follows. */
    public boolean hasNext() {
        return !value.isEmpty();
    }
}
