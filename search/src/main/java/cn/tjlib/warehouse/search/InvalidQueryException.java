package cn.tjlib.warehouse.search;

/** A query that cannot be searched; the message quotes it and says what is wrong. */
public final class InvalidQueryException extends RuntimeException {
    private final String query;

    public InvalidQueryException(String query, String problem, Throwable cause) {
        super("invalid query '" + query + "': " + problem, cause);
        this.query = query;
    }

    /** The query as the reader typed it. */
    public String query() {
        return query;
    }
}
