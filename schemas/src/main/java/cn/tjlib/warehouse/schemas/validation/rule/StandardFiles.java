package cn.tjlib.warehouse.schemas.validation.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The profile and vocabulary files, read from the classpath or from a directory staff edit; remembers
 * what it read so that {@link #fingerprint()} changes whenever any file in force changes.
 */
public final class StandardFiles {
    private final String origin;
    private final Opener opener;
    private final Map<String, byte[]> read = new TreeMap<>();

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private StandardFiles(String origin, Opener opener) {
        this.origin = origin;
        this.opener = opener;
    }

    /** Files under the classpath folder {@code base}, e.g. {@code cn/tjlib/warehouse/schemas/validation}. */
    public static StandardFiles classpath(String base) {
        ClassLoader loader = StandardFiles.class.getClassLoader();
        return new StandardFiles("classpath:" + base, name -> loader.getResourceAsStream(base + "/" + name));
    }

    /** Files in {@code directory}. */
    public static StandardFiles directory(Path directory) {
        return new StandardFiles(directory.toString(), name -> Files.newInputStream(directory.resolve(name)));
    }

    /** The lines of the file as UTF-8, un-gzipped if its name ends in {@code .gz}; throws naming the file. */
    public synchronized List<String> lines(String name) {
        byte[] bytes = read.computeIfAbsent(name, this::load);
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    /** A hash of every file read so far, by name and content. */
    public synchronized String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            read.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private byte[] load(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            throw new IllegalArgumentException("file names are relative to " + origin + ", got '" + name + "'");
        }
        try (InputStream raw = opener.open(name)) {
            if (raw == null) {
                throw new IllegalArgumentException("no file " + name + " in " + origin);
            }
            try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " in " + origin, e);
        }
    }
}
