package cn.tjlib.warehouse.dedup.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A title ready for comparison: the compact key of the whole title and of the title proper (before
 * the first ":", "=", " - " or "——"), and the tokens of the whole title. Volume and edition statements
 * and bracketed annotations ("(panel abstract)", "[电子资源]") are taken out of these; the volume and
 * edition found are kept apart, empty when the title states none, and so are the annotations (compact).
 */
public record NormalisedTitle(String fullKey, String mainKey, boolean hasSubtitle, List<String> tokens,
                              String annotations, String volume, String edition) {
    public NormalisedTitle {
        Objects.requireNonNull(fullKey, "fullKey");
        Objects.requireNonNull(mainKey, "mainKey");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(edition, "edition");
    }

    public boolean isEmpty() {
        return fullKey.isEmpty();
    }
}
