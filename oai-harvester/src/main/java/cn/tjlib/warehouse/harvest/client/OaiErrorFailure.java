package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The repository answered with an OAI-PMH error, e.g. badArgument or badResumptionToken. */
public final class OaiErrorFailure extends HarvestFailure {
    private final String code;

    public OaiErrorFailure(URI url, String code, String message) {
        super(url, message + " from " + url, null);
        this.code = code;
    }

    /** The OAI-PMH error code. */
    public String code() {
        return code;
    }
}
