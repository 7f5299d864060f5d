package cn.tjlib.warehouse.harvest.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns response bytes into text before any XML parsing, so that forbidden characters can be found
 * and repaired first. The charset is, in order: a byte-order mark; the XML declaration's encoding;
 * the HTTP charset; UTF-8; GB18030. The declaration comes before HTTP because OAI software writes it
 * next to the bytes, while servlet containers often add a default charset (Tomcat: ISO-8859-1) that
 * was never true. GB18030 is last because several member systems emit GBK while declaring UTF-8. The
 * first charset in which the bytes are valid wins; if none is, the first is used with U+FFFD for bad bytes.
 */
public final class ResponseText {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTML = Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ResponseText() {
    }

    /** Decodes {@code body}; {@code httpCharset} is the Content-Type charset parameter, or null. */
    public static DecodedText decode(byte[] body, String httpCharset) {
        Optional<Charset> bom = byteOrderMark(body);
        if (bom.isPresent()) {
            return new DecodedText(dropBom(new String(body, bom.get())), bom.get().name(), null);
        }
        Set<Charset> candidates = new LinkedHashSet<>();
        // without a byte-order mark or UTF-16 pattern the bytes are ASCII-compatible, whatever a label claims
        declaredEncoding(body).filter(ResponseText::asciiCompatible).ifPresent(candidates::add);
        charset(httpCharset).filter(ResponseText::asciiCompatible).ifPresent(candidates::add);
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(Charset.forName("GB18030"));
        Charset first = candidates.iterator().next();
        for (Charset c : candidates) {
            Optional<String> text = strict(body, c);
            if (text.isPresent()) {
                String note = c.equals(first) ? null : "bytes are not valid " + first.name() + "; read as " + c.name();
                return new DecodedText(dropBom(text.get()), c.name(), note);
            }
        }
        return new DecodedText(dropBom(new String(body, first)), first.name(),
                "bytes are not valid in any of " + candidates + "; invalid bytes replaced with U+FFFD");
    }

    /** True when {@code text} is an HTML page (an error or login page) rather than XML. */
    public static boolean looksLikeHtml(String text) {
        return HTML.matcher(text.length() > 2000 ? text.substring(0, 2000) : text).find();
    }

    /** The HTML page's title, whitespace collapsed and at most 120 characters, if it has one. */
    public static Optional<String> htmlTitle(String html) {
        Matcher m = TITLE.matcher(html.length() > 20_000 ? html.substring(0, 20_000) : html);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = m.group(1).replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title.length() > 120 ? title.substring(0, 120) + "…" : title);
    }

    static Optional<Charset> declaredEncoding(byte[] body) {
        // the declaration is ASCII in every encoding a byte-order mark does not announce
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            String n = name.strip().replace("\"", "").toUpperCase(Locale.ROOT);
            // GB2312 and GBK labels are routinely used for text with characters only GB18030 has
            return Optional.of(Charset.forName(n.equals("GB2312") || n.equals("GBK") ? "GB18030" : n));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown or illegal name is treated as not declared
        }
    }

    private static boolean asciiCompatible(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
    }

    private static Optional<String> strict(byte[] body, Charset c) {
        if (c.equals(StandardCharsets.UTF_8)) {
            // the common case, read by String's own UTF-8 decoder (no CharBuffer and copy of a page of text):
            // it turns every malformed sequence into U+FFFD, so text without one came from valid bytes
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        try {
            CharBuffer chars = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String dropBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
