package cn.tjlib.warehouse.dedup.normalize;

import cn.tjlib.warehouse.record.ResourceType;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One record normalised for matching, addressed by its position in the batch. {@code source} numbers
 * the contributing library; {@code year} is 0 when unknown; {@code volume} and {@code edition} are
 * empty when the record states none; {@code documentNumbers} are issuing numbers of official documents and {@code uris} cleaned web addresses.
 */
public record PreparedRecord(int index, int source, NormalisedTitle title, List<PersonName> creators,
                             boolean creatorsTruncated, String venue, int year, Set<String> isbns,
                             Set<String> issns, Set<String> serialNumbers, ResourceType type, String volume,
                             String edition, Set<String> documentNumbers, Set<String> uris) {
    public PreparedRecord {
        if (index < 0 || source < 0) {
            throw new IllegalArgumentException("index and source must not be negative, got " + index + ", " + source);
        }
        Objects.requireNonNull(title, "title");
        creators = List.copyOf(creators);
        Objects.requireNonNull(venue, "venue");
        isbns = Set.copyOf(isbns);
        issns = Set.copyOf(issns);
        serialNumbers = Set.copyOf(serialNumbers);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(edition, "edition");
        documentNumbers = Set.copyOf(documentNumbers);
        uris = Set.copyOf(uris);
    }

    public boolean hasYear() {
        return year != 0;
    }
}
