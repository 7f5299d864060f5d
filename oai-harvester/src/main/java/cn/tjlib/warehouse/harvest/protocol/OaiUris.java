package cn.tjlib.warehouse.harvest.protocol;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Request URLs for OAI-PMH verbs. */
public final class OaiUris {
    private OaiUris() {
    }

    /** The Identify request at {@code baseUrl}. */
    public static URI identify(URI baseUrl) {
        return withArguments(baseUrl, Map.of("verb", "Identify"));
    }

    /** The ListMetadataFormats request at {@code baseUrl} (for the whole repository, not one item). */
    public static URI listMetadataFormats(URI baseUrl) {
        return withArguments(baseUrl, Map.of("verb", "ListMetadataFormats"));
    }

    /** The ListSets request at {@code baseUrl}: the first page when {@code resumptionToken} is null, else the page it names. */
    public static URI listSets(URI baseUrl, String resumptionToken) {
        if (resumptionToken == null) {
            return withArguments(baseUrl, Map.of("verb", "ListSets"));
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("verb", "ListSets");
        args.put("resumptionToken", resumptionToken);
        return withArguments(baseUrl, args);
    }

    // Some member libraries' base URLs already carry a query (e.g. "?repository=opac"), so append to it.
    static URI withArguments(URI baseUrl, Map<String, String> args) {
        String query = args.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String base = baseUrl.toString();
        int fragment = base.indexOf('#');
        if (fragment >= 0) {
            base = base.substring(0, fragment);
        }
        String separator = baseUrl.getRawQuery() == null ? "?" : base.endsWith("&") || base.endsWith("?") ? "" : "&";
        return URI.create(base + separator + query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
