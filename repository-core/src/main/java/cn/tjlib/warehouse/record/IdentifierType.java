package cn.tjlib.warehouse.record;

/** The kinds of identifier a bibliographic record carries. */
public enum IdentifierType {
    ISBN, ISSN, CN, URI, LOCAL
}
