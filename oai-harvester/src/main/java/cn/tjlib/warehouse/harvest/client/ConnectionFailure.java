package cn.tjlib.warehouse.harvest.client;

import java.io.IOException;
import java.net.URI;

/** The server could not be reached, or dropped the connection, on every attempt. */
public final class ConnectionFailure extends HarvestFailure {
    public ConnectionFailure(URI url, int attempts, IOException cause) {
        super(url, "cannot reach " + url + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + "): "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
    }
}
