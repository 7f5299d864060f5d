package cn.tjlib.warehouse.harvest.protocol;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of one ListRecords request: either the first request of a list (prefix, optional
 * set and {@code from}) or a follow-up that carries only the resumption token, as OAI-PMH requires.
 */
public record ListRecordsQuery(String metadataPrefix, String setSpec, String from, String resumptionToken) {
    public ListRecordsQuery {
        if (resumptionToken == null && (metadataPrefix == null || metadataPrefix.isBlank())) {
            throw new IllegalArgumentException("a ListRecords request needs a metadataPrefix or a resumptionToken");
        }
        if (resumptionToken != null && resumptionToken.isBlank()) {
            throw new IllegalArgumentException("resumption token must not be blank");
        }
    }

    /** The first request of a list; {@code setSpec} and {@code from} may be null. */
    public static ListRecordsQuery first(String metadataPrefix, String setSpec, String from) {
        return new ListRecordsQuery(metadataPrefix, setSpec, from, null);
    }

    /** The request for the page after the one that returned {@code token}. */
    public static ListRecordsQuery resume(String token) {
        return new ListRecordsQuery(null, null, null, token);
    }

    /** True for a follow-up request that carries a resumption token. */
    public boolean isResumption() {
        return resumptionToken != null;
    }

    /** The request URL at {@code baseUrl}. */
    public URI toUri(URI baseUrl) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("verb", "ListRecords");
        if (isResumption()) {
            args.put("resumptionToken", resumptionToken);
        } else {
            args.put("metadataPrefix", metadataPrefix);
            putIfPresent(args, "set", setSpec);
            putIfPresent(args, "from", from);
        }
        return OaiUris.withArguments(baseUrl, args);
    }

    private static void putIfPresent(Map<String, String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.put(name, value);
        }
    }
}
