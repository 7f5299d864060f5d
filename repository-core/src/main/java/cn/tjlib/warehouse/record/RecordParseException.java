package cn.tjlib.warehouse.record;

/** Metadata that is well-formed XML but not a record we can read; the message says why. */
public final class RecordParseException extends RuntimeException {
    public RecordParseException(String message) {
        super(message);
    }
}
