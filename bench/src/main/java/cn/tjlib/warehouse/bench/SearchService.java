package cn.tjlib.warehouse.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real service ({@code app/target/warehouse.jar}) as a child process on loopback, over a data
 * directory whose index the benchmark wrote: no demo network, no harvest, no schedules, so that
 * nothing but the benchmark's requests runs in it. Its log goes to {@code service.log} there.
 */
final class SearchService implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final Process process;
    private final int port;

    private SearchService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service on {@code data} with the JVM options {@code ./warehouse start} uses and waits
     * until it answers a search over all {@code records} indexed records.
     */
    static SearchService start(Path jar, Path data, long records) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath() + "; build it with ./mvnw -DskipTests install");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String opts = System.getenv().getOrDefault("WAREHOUSE_JAVA_OPTS", "-Xmx1g");
        command.addAll(List.of(opts.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--warehouse.data-dir=" + data.toAbsolutePath(),
                "--warehouse.demo.enabled=false",
                "--warehouse.harvest.on-start=false",
                "--warehouse.schedule.enabled=false"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile()).start();
        SearchService service = new SearchService(process, port);
        try {
            service.awaitReady(records);
        } catch (InterruptedException | RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /** CPU time the service has used so far, all its threads together. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * CPU time the service's JIT compiler threads have used so far, from {@code /proc} (Linux); empty
     * where that cannot be read.
     */
    Optional<Duration> compilerCpu() {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"), StandardCharsets.US_ASCII);
                } catch (IOException gone) {
                    continue; // the thread ended
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !stat.substring(open + 1, close).contains("CompilerThre")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND));
    }

    /** USER_HZ, the unit of {@code /proc}'s CPU times: 100 on every Linux the JDK supports. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private void awaitReady(long records) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + "; see its service.log");
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/search?limit=1&facets=false")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    Matcher total = TOTAL.matcher(r.body());
                    if (r.statusCode() == 200 && total.find() && Long.parseLong(total.group(1)) == records) {
                        return;
                    }
                    last = "HTTP " + r.statusCode() + ": " + r.body().substring(0, Math.min(200, r.body().length()));
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the service did not answer with " + records + " records within "
                + START_TIMEOUT + "; last: " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the service gracefully (as Ctrl-C would), forcibly if it has not stopped within 30 seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
