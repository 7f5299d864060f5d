package cn.tjlib.warehouse.raw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 that tells a changed record from an unchanged one: over the deleted flag, the set specs and the
 * metadata XML in UTF-8. The stored hashes of earlier harvests must stay comparable, so the bytes are exactly
 * those of {@code String.getBytes(UTF_8)} (an unpaired surrogate becomes {@code '?'}).
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(HarvestedRecord r) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[4096];
        updateUtf8(sha, r.deleted() ? "D\n" : "A\n", buffer);
        updateUtf8(sha, String.join(" ", r.setSpecs()), buffer);
        sha.update((byte) '\n');
        if (r.metadataXml() != null) {
            updateUtf8(sha, r.metadataXml(), buffer);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Feeds {@code s} in UTF-8 to the digest through {@code buffer}. NOTE: encoded here rather than by
     * {@code getBytes}: under a busy JIT (the first minute of a bulk harvest) the JDK's encoding loop stayed
     * interpreted for ~40 s and took a quarter of all CPU; this loop is small and compiled at once.
     */
    static void updateUtf8(MessageDigest sha, String s, byte[] buffer) {
        int n = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (n > buffer.length - 4) {
                sha.update(buffer, 0, n);
                n = 0;
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[n++] = (byte) c;
            } else if (c < 0x800) {
                buffer[n++] = (byte) (0xC0 | c >> 6);
                buffer[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                buffer[n++] = (byte) (0xE0 | c >> 12);
                buffer[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[n++] = (byte) (0xF0 | cp >> 18);
                buffer[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buffer[n++] = '?';
            }
        }
        sha.update(buffer, 0, n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
