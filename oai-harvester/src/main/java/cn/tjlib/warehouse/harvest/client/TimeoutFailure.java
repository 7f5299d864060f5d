package cn.tjlib.warehouse.harvest.client;

import java.io.IOException;
import java.net.URI;

/** No complete response arrived in time (connect or request timeout) on every attempt. */
public final class TimeoutFailure extends HarvestFailure {
    public TimeoutFailure(URI url, int attempts, IOException cause) {
        super(url, "timed out requesting " + url + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + "): "
                + cause.getMessage(), cause);
    }
}
