package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The server answered with an HTTP status other than success, on the last attempt. */
public final class HttpStatusFailure extends HarvestFailure {
    private final int status;

    public HttpStatusFailure(URI url, int status, int attempts) {
        super(url, "HTTP " + status + " from " + url + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"), null);
        this.status = status;
    }

    /** The HTTP status of the last attempt. */
    public int status() {
        return status;
    }
}
