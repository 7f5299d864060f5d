package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The response is not a usable OAI-PMH document: ill-formed, truncated, refused (DOCTYPE) or out of protocol. */
public final class MalformedResponseFailure extends HarvestFailure {
    public MalformedResponseFailure(URI url, String problem, Throwable cause) {
        super(url, "malformed response from " + url + ": " + problem, cause);
    }
}
