package cn.tjlib.warehouse.xml;

/** A document tried to declare a DTD or use an entity, which the warehouse never processes. */
public final class DoctypeRefusedException extends MalformedXmlException {
    public DoctypeRefusedException(String message) {
        super(message, null);
    }
}
