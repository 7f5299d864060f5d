package cn.tjlib.warehouse.bench;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * A harvester that is not ours: plain HTTP GETs following resumption tokens, each page streamed
 * through StAX, every record's identifier counted once in a bit set (so a repeat is caught without
 * keeping a million strings), every page's bytes and time recorded.
 */
final class OaiBenchHarvest {
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    /** What the harvest saw: records, repeats, bytes, and each page's time from request to last byte. */
    record Result(long records, long duplicates, long deleted, long bytes, double seconds, List<Double> pageMillis) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final XMLInputFactory xml = XMLInputFactory.newFactory();

    OaiBenchHarvest() {
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    Result listRecords(Function<String, URI> oai, String prefix) throws IOException, InterruptedException, XMLStreamException {
        BitSet seen = new BitSet();
        long records = 0;
        long duplicates = 0;
        long deleted = 0;
        long bytes = 0;
        List<Double> pageMillis = new ArrayList<>();
        String query = "verb=ListRecords&metadataPrefix=" + prefix;
        long began = System.nanoTime();
        while (query != null) {
            long pageStart = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(oai.apply(query)).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for ?" + query);
            }
            Page page;
            try (CountingStream body = new CountingStream(response.body())) {
                page = read(body);
                bytes += body.count;
            }
            pageMillis.add((System.nanoTime() - pageStart) / 1e6);
            for (long id : page.ids()) {
                if (id < 0 || id > Integer.MAX_VALUE) {
                    throw new IllegalStateException("unexpected identifier number " + id);
                }
                if (seen.get((int) id)) {
                    duplicates++;
                }
                seen.set((int) id);
            }
            records += page.ids().length;
            deleted += page.deleted();
            query = page.token() == null || page.token().isEmpty() ? null
                    : "verb=ListRecords&resumptionToken=" + URLEncoder.encode(page.token(), StandardCharsets.UTF_8);
        }
        return new Result(records, duplicates, deleted, bytes, (System.nanoTime() - began) / 1e9, pageMillis);
    }

    private record Page(long[] ids, long deleted, String token) {
    }

    private Page read(InputStream body) throws XMLStreamException {
        XMLStreamReader r = xml.createXMLStreamReader(body, "UTF-8");
        List<Long> ids = new ArrayList<>(512);
        long deleted = 0;
        String token = null;
        String error = null;
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !OAI.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "header" -> deleted += "deleted".equals(r.getAttributeValue(null, "status")) ? 1 : 0;
                    case "identifier" -> {
                        String id = r.getElementText();
                        ids.add(Long.parseLong(id.substring(id.lastIndexOf(':') + 1)));
                    }
                    case "resumptionToken" -> token = r.getElementText();
                    case "error" -> error = r.getAttributeValue(null, "code") + ": " + r.getElementText();
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        if (error != null) {
            throw new IllegalStateException("OAI-PMH error " + error);
        }
        return new Page(ids.stream().mapToLong(Long::longValue).toArray(), deleted, token);
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
