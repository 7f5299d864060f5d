package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The harvesting thread was interrupted (the service is stopping); the thread's interrupt flag is kept set. */
public final class InterruptedFailure extends HarvestFailure {
    public InterruptedFailure(URI url) {
        super(url, "interrupted while requesting " + url, null);
    }
}
