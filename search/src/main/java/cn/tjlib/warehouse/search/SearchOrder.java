package cn.tjlib.warehouse.search;

/** The order of a search's hits; ties are broken by ascending record id. */
public enum SearchOrder {
    /** Best match first; a blank query lists records by id. */
    RELEVANCE,
    /** Most recent publication year first; records without a year last. */
    NEWEST,
    /** Earliest publication year first; records without a year last. */
    OLDEST,
    /** Ascending unified record id. */
    ID
}
