package cn.tjlib.warehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's temporary directory, deleted when the run ends or is interrupted: an H2 file of a
 * million-record run grows to tens of gigabytes (MVStore keeps superseded chunks for a while) and a few
 * runs left behind fill the disk.
 */
final class ScratchDirectory implements AutoCloseable {
    private final Path path;
    private final Thread onExit;

    private ScratchDirectory(Path path) {
        this.path = path;
        this.onExit = new Thread(this::delete, "delete " + path);
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    static ScratchDirectory create(String prefix) throws IOException {
        return new ScratchDirectory(Files.createTempDirectory(prefix));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private void delete() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
