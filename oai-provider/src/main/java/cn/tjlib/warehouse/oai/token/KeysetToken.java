package cn.tjlib.warehouse.oai.token;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A resumption token: the request's arguments and the (datestamp, id) of the last record sent,
 * plus how many were sent and how many the list held when it started. The next page starts
 * strictly after that record, so records that change mid-harvest (they move to the end of the
 * datestamp order) never shift the pages and nothing is skipped. Stateless: the token is all.
 */
public record KeysetToken(ListArguments arguments, Instant afterDatestamp, long afterId, long cursor,
                          long completeListSize) {
    static final String SEPARATOR = "|";
    private static final String VERSION = "k1";
    private static final int FIELDS = 9;

    public KeysetToken {
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(afterDatestamp, "afterDatestamp");
        if (afterId <= 0) {
            throw new IllegalArgumentException("afterId must be positive, got " + afterId);
        }
        if (cursor < 1 || completeListSize < cursor) {
            throw new IllegalArgumentException("need 0 < cursor <= completeListSize, got cursor " + cursor
                    + " and completeListSize " + completeListSize);
        }
    }

    /** The token's text: URL-safe base64 of its fields. */
    public String encode() {
        String plain = String.join(SEPARATOR, VERSION, arguments.metadataPrefix(), orEmpty(arguments.set()),
                seconds(arguments.from()), seconds(arguments.until()), seconds(afterDatestamp),
                Long.toString(afterId), Long.toString(cursor), Long.toString(completeListSize));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token this endpoint issued; anything else is a {@code badResumptionToken}. */
    public static KeysetToken decode(String token) throws BadResumptionTokenException {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] f = plain.split("\\|", -1);
            if (f.length != FIELDS || !VERSION.equals(f[0])) {
                throw new BadResumptionTokenException("'" + token + "' is not a resumption token of this repository");
            }
            ListArguments arguments = new ListArguments(f[1], f[2].isEmpty() ? null : f[2], instant(f[3]), instant(f[4]));
            return new KeysetToken(arguments, instant(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]));
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            // NumberFormatException and base64 errors are IllegalArgumentExceptions too
            throw new BadResumptionTokenException("'" + token + "' is not a resumption token of this repository", e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String seconds(Instant i) {
        return i == null ? "" : Long.toString(i.getEpochSecond());
    }

    private static Instant instant(String s) {
        return s.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(s));
    }
}
