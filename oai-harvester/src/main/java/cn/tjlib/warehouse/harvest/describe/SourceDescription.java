package cn.tjlib.warehouse.harvest.describe;

import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a repository declares about itself, read at {@code readAt} from {@code baseUrl}: its Identify
 * answer, the metadata formats it offers and its sets ({@code setsTruncated} when there were more
 * than the warehouse keeps). {@code error} says which of ListMetadataFormats and ListSets could not be
 * read and why (their lists are then empty); null when both were read.
 */
public record SourceDescription(URI baseUrl, Identify identify, List<MetadataFormat> formats, List<OaiSet> sets,
                                boolean setsTruncated, Instant readAt, String error) {
    public SourceDescription {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(identify, "identify");
        formats = List.copyOf(formats);
        sets = List.copyOf(sets);
        Objects.requireNonNull(readAt, "readAt");
    }

    /** True when the repository offers records in {@code prefix}. */
    public boolean offers(String prefix) {
        return formats.stream().anyMatch(f -> f.prefix().equals(prefix));
    }
}
