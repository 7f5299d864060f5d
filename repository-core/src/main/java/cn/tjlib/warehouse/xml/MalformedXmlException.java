package cn.tjlib.warehouse.xml;

/** Input that is not well-formed XML; the message names what was wrong and where. */
public class MalformedXmlException extends RuntimeException {
    public MalformedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
