package cn.tjlib.warehouse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real service ({@code app/target/warehouse.jar}) started as a child JVM with the given heap limit
 * over a prepared database, with no demo network, start-up harvest or schedules, logging its
 * collections so that its peak heap can be read afterwards.
 */
final class OaiBenchServer implements AutoCloseable {
    // e.g. "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->52M(512M) 8.123ms"
    private static final Pattern GC_SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path gcLog;

    private OaiBenchServer(Process process, int port, Path gcLog) {
        this.process = process;
        this.port = port;
        this.gcLog = gcLog;
    }

    /** Starts the service and waits until it answers; {@code database} holds the Spring datasource arguments. */
    static OaiBenchServer start(Path jar, Path dataDir, int port, String heap, int pageSize, List<String> database, Path jfr)
            throws IOException, InterruptedException {
        Path gcLog = dataDir.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
        if (jfr != null) {
            command.addAll(List.of("-XX:FlightRecorderOptions:stackdepth=256",
                    "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile"));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--warehouse.data-dir=" + dataDir,
                "--warehouse.demo.enabled=false", "--warehouse.harvest.on-start=false", "--warehouse.schedule.enabled=false",
                "--warehouse.oai.page-size=" + pageSize, "--warehouse.security.admin-password=bench-admin-secret",
                "--logging.level.root=warn"));
        command.addAll(database);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile()).start();
        OaiBenchServer server = new OaiBenchServer(p, port, gcLog);
        server.awaitUp(Duration.ofMinutes(3));
        return server;
    }

    URI oai(String query) {
        return URI.create("http://127.0.0.1:" + port + "/oai?" + query);
    }

    long pid() {
        return process.pid();
    }

    private void awaitUp(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see its service.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not come up within " + limit);
    }

    /**
     * The largest heap in use the service's GC log shows: the "before" size of every collection (heap
     * use only grows between collections, so these are its peaks) and the last "after" size. Read from
     * the log rather than by polling the service, which would spend the service's CPU on the polling.
     */
    long peakHeapMiB() throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_SIZES.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, mebibytes(m.group(1), m.group(2)));
                peak = Math.max(peak, mebibytes(m.group(3), m.group(4)));
            }
        }
        return peak;
    }

    private static long mebibytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful shutdown, which also writes the JFR recording
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
