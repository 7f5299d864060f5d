package cn.tjlib.warehouse.harvest.protocol;

import java.util.Objects;

/** A response body as text, the charset it was read with, and a note when that was a fallback (else null). */
public record DecodedText(String text, String charset, String note) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
