package cn.tjlib.warehouse.oai.record;

import java.util.Optional;
import java.util.regex.Pattern;

/** The OAI identifier of a unified record, {@code oai:{repositoryIdentifier}:{id}}. */
public record OaiIdentifier(String repositoryIdentifier, long id) {
    private static final Pattern DIGITS = Pattern.compile("[1-9]\\d{0,17}");

    public OaiIdentifier {
        if (repositoryIdentifier == null || repositoryIdentifier.isBlank()) {
            throw new IllegalArgumentException("repositoryIdentifier must not be blank");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("unified record id must be positive, got " + id);
        }
    }

    /** The identifier {@code value} names in this repository; empty for any other text, which then names no record. */
    public static Optional<OaiIdentifier> parse(String repositoryIdentifier, String value) {
        String prefix = "oai:" + repositoryIdentifier + ":";
        if (value == null || !value.startsWith(prefix)) {
            return Optional.empty();
        }
        String local = value.substring(prefix.length());
        return DIGITS.matcher(local).matches()
                ? Optional.of(new OaiIdentifier(repositoryIdentifier, Long.parseLong(local)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "oai:" + repositoryIdentifier + ":" + id;
    }
}
