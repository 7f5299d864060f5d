package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The response body (or what it decompresses to) is larger than {@code maxResponseBytes}; the download was aborted. */
public final class ResponseTooLargeFailure extends HarvestFailure {
    public ResponseTooLargeFailure(URI url, long limit, String detail) {
        super(url, "response from " + url + " exceeds the limit of " + limit + " bytes (maxResponseBytes)"
                + (detail == null ? "" : ": " + detail) + "; download aborted", null);
    }
}
