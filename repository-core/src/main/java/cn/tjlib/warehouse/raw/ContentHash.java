package cn.tjlib.warehouse.raw;

import cn.tjlib.warehouse.xml.Utf8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 that tells a changed record from an unchanged one: over the deleted flag, the set specs and the
 * metadata XML in UTF-8. The stored hashes of earlier harvests must stay comparable, so the bytes are exactly
 * those of {@code String.getBytes(UTF_8)}, encoded by {@link Utf8} (see there why).
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(HarvestedRecord r) {
        MessageDigest sha = sha256();
        sha.update((byte) (r.deleted() ? 'D' : 'A'));
        sha.update((byte) '\n');
        sha.update(Utf8.bytes(String.join(" ", r.setSpecs())));
        sha.update((byte) '\n');
        if (r.metadataXml() != null) {
            sha.update(Utf8.bytes(r.metadataXml()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
