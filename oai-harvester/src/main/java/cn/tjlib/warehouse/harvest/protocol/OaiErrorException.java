package cn.tjlib.warehouse.harvest.protocol;

/** A response carried an OAI-PMH {@code <error>} element; {@code code} is its code, e.g. badArgument. */
public final class OaiErrorException extends RuntimeException {
    private final String code;

    public OaiErrorException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The OAI-PMH error code. */
    public String code() {
        return code;
    }
}
