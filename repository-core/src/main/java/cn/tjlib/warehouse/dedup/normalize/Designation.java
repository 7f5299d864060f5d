package cn.tjlib.warehouse.dedup.normalize;

import java.util.Optional;

/** A statement inside a title that names one manifestation among several (a volume, an edition). */
public interface Designation {
    /** The normalised designation in folded text, e.g. "2" for 第二卷 or vol. II. */
    Optional<String> find(String folded);

    /** The folded text with the designation taken out, so that the title proper remains. */
    String remove(String folded);
}
