package cn.tjlib.warehouse.search.query;

import org.apache.lucene.queryparser.classic.ParseException;

/** A clause that parses but cannot be searched, e.g. an unknown field or a year that is not a number. */
final class RejectedClauseException extends ParseException {
    RejectedClauseException(String message) {
        super(message);
    }
}
