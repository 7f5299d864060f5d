package cn.tjlib.warehouse.oai.testing;

import cn.tjlib.warehouse.oai.ListAdmission;
import cn.tjlib.warehouse.oai.OaiEndpoint;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The endpoint on the JDK's HTTP server on loopback, hosted as the app hosts it: admission first
 * (503 + Retry-After when refused), then the XML. A closed {@link #gate} holds every admitted list
 * request before its first byte, like a slow database would; {@link #admitted} counts them in.
 */
public final class LoopbackOaiServer implements AutoCloseable {
    public final CountDownLatch gate = new CountDownLatch(1);
    public final Semaphore admitted = new Semaphore(0);
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final OaiEndpoint endpoint;
    private final ListAdmission admission;

    public LoopbackOaiServer(OaiEndpoint endpoint, ListAdmission admission) throws IOException {
        this.endpoint = endpoint;
        this.admission = admission;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oai", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    public URI uri(String query) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai?" + query);
    }

    private void serve(HttpExchange exchange) throws IOException {
        Map<String, List<String>> parameters = parse(exchange.getRequestURI().getRawQuery());
        Optional<ListAdmission.Ticket> ticket = admission.tryAdmit(parameters);
        if (ticket.isEmpty()) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(admission.retryAfterSeconds()));
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        boolean list = parameters.getOrDefault("verb", List.of()).stream().anyMatch(List.of("ListRecords", "ListIdentifiers")::contains);
        try (ListAdmission.Ticket t = ticket.get(); exchange) {
            if (list) {
                admitted.release();
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            endpoint.handle(parameters, list ? held(exchange.getResponseBody()) : exchange.getResponseBody());
        }
    }

    private OutputStream held(OutputStream out) {
        return new FilterOutputStream(out) {
            private boolean opened;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!opened) {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while held", e);
                    }
                    opened = true;
                }
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return out;
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
        threads.close();
    }
}
