package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.ingest.ReviewSide;

import java.util.List;

/**
 * One record of a pair in the review queue as staff compare it: the library's name and what its
 * record says about the work; {@code problem} explains why only the title is known (the record
 * could not be read), else null.
 */
public record ReviewSideView(ReviewSide side, String libraryName, String title, List<String> creators, List<String> publishers,
                             String date, List<String> identifiers, List<String> types, String problem) {
    public ReviewSideView {
        creators = List.copyOf(creators);
        publishers = List.copyOf(publishers);
        identifiers = List.copyOf(identifiers);
        types = List.copyOf(types);
        date = date == null ? "" : date;
    }
}
