package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** Why a request to a repository failed; the message names the URL and what went wrong. */
public abstract sealed class HarvestFailure extends RuntimeException
        permits ConnectionFailure, HttpStatusFailure, InterruptedFailure, MalformedResponseFailure, NotXmlFailure,
        OaiErrorFailure, ResponseTooLargeFailure, TimeoutFailure {
    private final URI url;

    HarvestFailure(URI url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    /** The request URL (after redirects, when known). */
    public URI url() {
        return url;
    }
}
