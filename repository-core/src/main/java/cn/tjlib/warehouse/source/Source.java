package cn.tjlib.warehouse.source;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/** A member library's OAI-PMH endpoint, as the warehouse harvests it. */
public record Source(String code, String name, URI baseUrl, String metadataPrefix, String setSpec,
                     String schedule, boolean enabled) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,31}");

    public Source {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("source code must be 2-32 lower-case letters, digits, '-' or '_', got '" + code + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source " + code + " needs a name");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("source " + code + " base URL must be http(s), got '" + baseUrl + "'");
        }
        metadataPrefix = metadataPrefix == null || metadataPrefix.isBlank() ? "oai_dc" : metadataPrefix;
        setSpec = setSpec == null || setSpec.isBlank() ? null : setSpec;
        schedule = schedule == null || schedule.isBlank() ? null : schedule;
    }

    public static Source of(String code, String name, URI baseUrl) {
        return new Source(code, name, baseUrl, "oai_dc", null, null, true);
    }
}
