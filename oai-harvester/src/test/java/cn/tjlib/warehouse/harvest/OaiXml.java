package cn.tjlib.warehouse.harvest;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Canned OAI-PMH 2.0 responses for tests, shaped like those of the member libraries' servers. */
public final class OaiXml {
    public static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">\n"
            + "<responseDate>2024-05-01T08:00:00Z</responseDate>\n";

    private OaiXml() {
    }

    public static String identify(String granularity) {
        return PROLOG + OPEN + "<request verb=\"Identify\">http://opac.example.cn/oai</request>\n<Identify>"
                + "<repositoryName>天津测试图书馆</repositoryName><baseURL>http://opac.example.cn/oai</baseURL>"
                + "<protocolVersion>2.0</protocolVersion><adminEmail>oai@example.cn</adminEmail>"
                + "<earliestDatestamp>2001-01-01</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
                + "<granularity>" + granularity + "</granularity></Identify>\n</OAI-PMH>\n";
    }

    /** A ListRecords response; {@code token} null for no resumptionToken element, "" for an empty (final) one. */
    public static String listRecords(String token, Long completeListSize, String... records) {
        String tokenXml = token == null ? "" : "<resumptionToken"
                + (completeListSize == null ? "" : " completeListSize=\"" + completeListSize + "\" cursor=\"0\"")
                + ">" + token + "</resumptionToken>\n";
        return PROLOG + OPEN + "<request verb=\"ListRecords\" metadataPrefix=\"oai_dc\">http://opac.example.cn/oai</request>\n"
                + "<ListRecords>\n" + String.join("\n", records) + "\n" + tokenXml + "</ListRecords>\n</OAI-PMH>\n";
    }

    public static String record(String id, String datestamp, String title) {
        return "<record><header><identifier>" + id + "</identifier><datestamp>" + datestamp + "</datestamp>"
                + "<setSpec>books</setSpec></header><metadata>"
                + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + title + "</dc:title><dc:creator>鲁迅</dc:creator><dc:type>Text</dc:type>"
                + "<dc:date>2019</dc:date><dc:language>chi</dc:language>"
                + "</oai_dc:dc></metadata></record>";
    }

    public static String deleted(String id, String datestamp) {
        return "<record><header status=\"deleted\"><identifier>" + id + "</identifier><datestamp>" + datestamp
                + "</datestamp></header></record>";
    }

    /** Records {@code oai:test:from} … {@code oai:test:to}, inclusive. */
    public static String[] records(int from, int to) {
        return Stream.iterate(from, i -> i <= to, i -> i + 1)
                .map(i -> record("oai:test:" + i, "2024-04-0" + (1 + i % 9) + "T10:00:00Z", "书名 " + i))
                .toArray(String[]::new);
    }

    /** A ListMetadataFormats response offering each prefix, with a made-up schema and namespace. */
    public static String listMetadataFormats(String... prefixes) {
        String formats = Stream.of(prefixes).map(p -> "<metadataFormat><metadataPrefix>" + p + "</metadataPrefix>"
                + "<schema>http://schemas.example.cn/" + p + ".xsd</schema>"
                + "<metadataNamespace>http://ns.example.cn/" + p + "/</metadataNamespace></metadataFormat>")
                .collect(Collectors.joining("\n"));
        return PROLOG + OPEN + "<request verb=\"ListMetadataFormats\">http://opac.example.cn/oai</request>\n"
                + "<ListMetadataFormats>\n" + formats + "\n</ListMetadataFormats>\n</OAI-PMH>\n";
    }

    /** A ListSets response; {@code specAndNames} alternate setSpec and setName; {@code token} as in {@link #listRecords}. */
    public static String listSets(String token, String... specAndNames) {
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < specAndNames.length; i += 2) {
            sets.append("<set><setSpec>").append(specAndNames[i]).append("</setSpec><setName>").append(specAndNames[i + 1])
                    .append("</setName><setDescription><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description>说明</dc:description></oai_dc:dc>"
                            + "</setDescription></set>\n");
        }
        String tokenXml = token == null ? "" : "<resumptionToken>" + token + "</resumptionToken>\n";
        return PROLOG + OPEN + "<request verb=\"ListSets\">http://opac.example.cn/oai</request>\n<ListSets>\n" + sets
                + tokenXml + "</ListSets>\n</OAI-PMH>\n";
    }

    public static String error(String code, String message) {
        return PROLOG + OPEN + "<request>http://opac.example.cn/oai</request>\n<error code=\"" + code + "\">" + message
                + "</error>\n</OAI-PMH>\n";
    }

    public static String joined(String... parts) {
        return Stream.of(parts).collect(Collectors.joining());
    }
}
