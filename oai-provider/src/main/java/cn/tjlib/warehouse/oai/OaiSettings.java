package cn.tjlib.warehouse.oai;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the endpoint describes itself: the Identify answers, the {@code oai:{repositoryIdentifier}:{id}}
 * identifiers it mints, how many records a list page carries, the Chinese names of the member
 * libraries' sets (a library without a name here is named by its code), and how many list requests
 * may run at once before the next is told to come back after {@code retryAfter} (HTTP 503).
 */
public record OaiSettings(String repositoryName, URI baseUrl, String adminEmail, String repositoryIdentifier,
                          int pageSize, Map<String, String> libraryNames, int maxConcurrentLists, Duration retryAfter) {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int DEFAULT_MAX_CONCURRENT_LISTS = 4;
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    // the patterns of oai-identifier.xsd and OAI-PMH.xsd, so that Identify stays valid
    private static final Pattern REPOSITORY_IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");

    public OaiSettings {
        if (repositoryName == null || repositoryName.isBlank()) {
            throw new IllegalArgumentException("repositoryName must not be blank");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL, got '" + baseUrl + "'");
        }
        if (adminEmail == null || !EMAIL.matcher(adminEmail).matches()) {
            throw new IllegalArgumentException("adminEmail must be an e-mail address, got '" + adminEmail + "'");
        }
        if (repositoryIdentifier == null || !REPOSITORY_IDENTIFIER.matcher(repositoryIdentifier).matches()) {
            throw new IllegalArgumentException("repositoryIdentifier must be a domain name such as tjdl.tjlib.cn, got '"
                    + repositoryIdentifier + "'");
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1..1000, got " + pageSize);
        }
        libraryNames = Map.copyOf(libraryNames);
        if (maxConcurrentLists < 1 || maxConcurrentLists > 1000) {
            throw new IllegalArgumentException("maxConcurrentLists must be 1..1000, got " + maxConcurrentLists);
        }
        // Retry-After is a whole number of seconds; 0 would invite an immediate retry storm
        if (retryAfter == null || retryAfter.toSeconds() < 1 || retryAfter.toSeconds() > 86_400) {
            throw new IllegalArgumentException("retryAfter must be 1 s..1 day, got " + retryAfter);
        }
    }

    /** Settings with the default page size and no library names. */
    public static OaiSettings of(String repositoryName, URI baseUrl, String adminEmail, String repositoryIdentifier) {
        return new OaiSettings(repositoryName, baseUrl, adminEmail, repositoryIdentifier, DEFAULT_PAGE_SIZE, Map.of(),
                DEFAULT_MAX_CONCURRENT_LISTS, DEFAULT_RETRY_AFTER);
    }

    public OaiSettings withPageSize(int size) {
        return new OaiSettings(repositoryName, baseUrl, adminEmail, repositoryIdentifier, size, libraryNames,
                maxConcurrentLists, retryAfter);
    }

    public OaiSettings withLibraryNames(Map<String, String> names) {
        return new OaiSettings(repositoryName, baseUrl, adminEmail, repositoryIdentifier, pageSize, names,
                maxConcurrentLists, retryAfter);
    }

    public OaiSettings withListLimit(int maxConcurrent, Duration retry) {
        return new OaiSettings(repositoryName, baseUrl, adminEmail, repositoryIdentifier, pageSize, libraryNames,
                maxConcurrent, retry);
    }
}
