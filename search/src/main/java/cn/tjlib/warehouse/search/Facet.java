package cn.tjlib.warehouse.search;

import java.util.Locale;

/** The dimensions a search is counted and filtered by; {@link #param()} is the name portals use. */
public enum Facet {
    /** The holding library's code, e.g. {@code tjl}. */
    LIBRARY,
    /** The resource type's code, e.g. {@code book}. */
    TYPE,
    /** The publication year, counted by decade ({@code 2010-2019}) and filtered by any range. */
    YEAR,
    /** The language as an ISO 639-2 code, e.g. {@code chi}. */
    LANGUAGE,
    /** The top class of the Chinese Library Classification, e.g. {@code K} or {@code TP}. */
    CLC;

    /** The lower-case name used in URLs and JSON, e.g. {@code library}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
