package cn.tjlib.warehouse.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client of one kept-alive loopback connection: GET only, the whole body read
 * (by {@code Content-Length} or chunked). NOTE: the benchmark's clients share the two cores with
 * the service they measure, so whatever they spend shows up as the service's latency, while a
 * portal's back end runs elsewhere; {@code java.net.http.HttpClient} hands every exchange to a
 * selector thread and back through futures, this client reads and writes on the caller's thread
 * (measured at 8 clients on 1M records: 0.97 CPU-ms per query for the JDK client, 0.05–0.08 for this
 * one, where the service spends 3–4).
 * Not thread-safe: one per client thread.
 */
final class KeepAliveHttpClient implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveHttpClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The response to {@code GET pathAndQuery} (already URL-encoded): its status and body. */
    Response get(String pathAndQuery) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: '" + status + "'");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close");
                default -> { }
            }
        }
        byte[] body = chunked ? chunkedBody() : in.readNBytes((int) Math.max(0, length));
        if (close) {
            close();
        }
        return new Response(code, body);
    }

    record Response(int status, byte[] body) {
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 2_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line(); // the CRLF after the chunk
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
