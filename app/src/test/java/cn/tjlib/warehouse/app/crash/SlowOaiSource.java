package cn.tjlib.warehouse.app.crash;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAI-PMH repository on loopback whose ListRecords pages come slowly (as from a district
 * library's server on a thin line), so that a harvest can be interrupted in the middle. It serves
 * {@code pages × perPage} records, page k ≥ 2 asked for with the token {@code page-k}, and remembers
 * every request it was sent.
 */
final class SlowOaiSource implements AutoCloseable {
    /** One request as the repository saw it: its verb and resumption token (null on a list's first request). */
    record Request(String verb, String resumptionToken) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final int pages;
    private final int perPage;
    private final Duration delay;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private SlowOaiSource(HttpServer server, ExecutorService threads, int pages, int perPage, Duration delay) {
        this.server = server;
        this.threads = threads;
        this.pages = pages;
        this.perPage = perPage;
        this.delay = delay;
    }

    static SlowOaiSource start(int pages, int perPage, Duration delayPerPage) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> new Thread(r, "slow-oai-" + n.incrementAndGet()));
        server.setExecutor(threads);
        SlowOaiSource source = new SlowOaiSource(server, threads, pages, perPage, delayPerPage);
        server.createContext("/oai", source::handle);
        server.start();
        return source;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
    }

    int recordCount() {
        return pages * perPage;
    }

    int pages() {
        return pages;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> args = arguments(exchange.getRequestURI().getRawQuery());
        String verb = args.getOrDefault("verb", "");
        requests.add(new Request(verb, args.get("resumptionToken")));
        String body = switch (verb) {
            case "Identify" -> envelope("<Identify><repositoryName>慢速测试图书馆</repositoryName><baseURL>" + baseUrl()
                    + "</baseURL><protocolVersion>2.0</protocolVersion><adminEmail>oai@example.cn</adminEmail>"
                    + "<earliestDatestamp>2020-01-01T00:00:00Z</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
                    + "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>");
            case "ListMetadataFormats" -> envelope("<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix>"
                    + "<schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>"
                    + "<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace></metadataFormat>"
                    + "</ListMetadataFormats>");
            case "ListSets" -> envelope("<error code=\"noSetHierarchy\">no sets</error>");
            case "ListRecords" -> listRecords(args.get("resumptionToken"));
            default -> envelope("<error code=\"badVerb\">" + verb + "</error>");
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String listRecords(String token) {
        int page = token == null ? 1 : Integer.parseInt(token.substring("page-".length()));
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StringBuilder xml = new StringBuilder("<ListRecords>");
        for (int i = (page - 1) * perPage + 1; i <= page * perPage; i++) {
            xml.append("<record><header><identifier>oai:slow.example.cn:").append(i).append("</identifier>")
                    .append("<datestamp>2024-03-01T08:00:00Z</datestamp></header><metadata>")
                    .append("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" ")
                    .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>慢速图书馆藏书 第").append(i).append("种</dc:title>")
                    .append("<dc:creator>作者").append(i).append(" 著</dc:creator><dc:type>图书</dc:type><dc:date>20")
                    .append(10 + i % 15).append("</dc:date><dc:language>chi</dc:language></oai_dc:dc></metadata></record>");
        }
        String next = page < pages ? "page-" + (page + 1) : "";
        xml.append("<resumptionToken completeListSize=\"").append(recordCount()).append("\" cursor=\"")
                .append((page - 1) * perPage).append("\">").append(next).append("</resumptionToken></ListRecords>");
        return envelope(xml.toString());
    }

    private static String envelope(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2024-05-01T08:00:00Z</responseDate><request>http://127.0.0.1/oai</request>" + content + "</OAI-PMH>";
    }

    private static Map<String, String> arguments(String rawQuery) {
        Map<String, String> args = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    args.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return args;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
