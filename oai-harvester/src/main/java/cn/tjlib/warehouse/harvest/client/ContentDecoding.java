package cn.tjlib.warehouse.harvest.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes gzip or deflate content coding, holding the decompressed size to the same limit as the
 * download so a small compressed bomb cannot exhaust memory. A gzip body sent without a
 * Content-Encoding header (some servers serve pre-compressed files) is recognised by its magic bytes.
 */
final class ContentDecoding {
    private ContentDecoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        String coding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        boolean gzipMagic = body.length > 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
        return switch (coding) {
            case "gzip", "x-gzip" -> read(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
            case "deflate" -> inflate(body, limit);
            case "", "identity" -> gzipMagic ? read(new GZIPInputStream(new ByteArrayInputStream(body)), limit) : body;
            default -> throw new IOException("unsupported Content-Encoding '" + contentEncoding + "'");
        };
    }

    // RFC 9110 says zlib-wrapped, but some servers send raw deflate: try the standard first
    private static byte[] inflate(byte[] body, long limit) throws IOException {
        try {
            return inflate(body, limit, false);
        } catch (ZipException e) {
            return inflate(body, limit, true);
        }
    }

    private static byte[] inflate(byte[] body, long limit, boolean raw) throws IOException {
        Inflater inflater = new Inflater(raw);
        try {
            return read(new InflaterInputStream(new ByteArrayInputStream(body), inflater), limit);
        } finally {
            inflater.end(); // an Inflater passed in is not ended by the stream, and holds native memory
        }
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new BodyTooLargeException("decompresses to more than " + limit + " bytes");
            }
            return bytes;
        }
    }
}
