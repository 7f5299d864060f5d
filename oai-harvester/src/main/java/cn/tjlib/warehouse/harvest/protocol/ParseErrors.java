package cn.tjlib.warehouse.harvest.protocol;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Describes why a response is not well-formed, and says so when it simply stops early. */
final class ParseErrors {
    private ParseErrors() {
    }

    static String describe(XMLStreamException e, String text) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + 9) : message).strip();
        Location where = e.getLocation();
        if (where == null || where.getLineNumber() < 0) {
            return "not well-formed XML: " + reason;
        }
        String position = "line " + where.getLineNumber() + ", column " + where.getColumnNumber();
        boolean atEnd = offset(text, where.getLineNumber(), where.getColumnNumber()) >= text.stripTrailing().length();
        return "not well-formed XML at " + position + ": " + reason
                + (atEnd ? " (the document stops before its end: truncated response?)" : "");
    }

    // the parser's own character offset is unreliable, so count lines in the text instead
    private static int offset(String text, int line, int column) {
        int index = 0;
        for (int l = 1; l < line; l++) {
            int newline = text.indexOf('\n', index);
            if (newline < 0) {
                return text.length();
            }
            index = newline + 1;
        }
        return index + Math.max(0, column - 1);
    }
}
