package cn.tjlib.warehouse.harvest.client;

import java.net.URI;
import java.util.Locale;

/** A successful response, decompressed: the final URL after redirects, its Content-Type and body. */
record Fetched(URI uri, String contentType, byte[] body) {
    /** The charset parameter of the Content-Type, or null. */
    String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    boolean declaresHtml() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).strip().startsWith("text/html");
    }
}
