package cn.tjlib.warehouse.record;

/**
 * Encodes a canonical record as text for storage: one line per value, {@code field TAB qualifier
 * TAB value}, with backslash escapes. Plain text keeps the stored form readable in any SQL client
 * and free of a JSON library in the core.
 */
public final class RecordCodec {
    private RecordCodec() {
    }

    public static String encode(CanonicalRecord r) {
        StringBuilder out = new StringBuilder(512);
        line(out, "library", "", r.sourceLibrary());
        line(out, "recordId", "", r.sourceRecordId());
        r.titles().forEach(v -> line(out, "title", "", v));
        r.creators().forEach(c -> line(out, "creator", c.role(), c.name()));
        r.subjects().forEach(s -> line(out, "subject", s.scheme(), s.value()));
        r.publishers().forEach(v -> line(out, "publisher", "", v));
        r.dates().forEach(v -> line(out, "date", "", v));
        r.types().forEach(v -> line(out, "type", "", v));
        r.formats().forEach(v -> line(out, "format", "", v));
        r.identifiers().forEach(i -> line(out, "identifier", i.type().name(), i.value()));
        r.languages().forEach(v -> line(out, "language", "", v));
        r.descriptions().forEach(v -> line(out, "description", "", v));
        r.rights().forEach(v -> line(out, "rights", "", v));
        r.relations().forEach(v -> line(out, "relation", "", v));
        return out.toString();
    }

    public static CanonicalRecord decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2) {
            throw new IllegalArgumentException("encoded record needs library and recordId lines, got " + lines.length + " lines");
        }
        CanonicalRecord.Builder b = CanonicalRecord.builder(field(lines[0], "library")[2], field(lines[1], "recordId")[2]);
        for (int i = 2; i < lines.length; i++) {
            String[] f = field(lines[i], null);
            switch (f[0]) {
                case "title" -> b.title(f[2]);
                case "creator" -> b.creator(new Creator(f[2], f[1]));
                case "subject" -> b.subject(new Subject(f[1], f[2]));
                case "publisher" -> b.publisher(f[2]);
                case "date" -> b.date(f[2]);
                case "type" -> b.type(f[2]);
                case "format" -> b.format(f[2]);
                case "identifier" -> b.identifier(new Identifier(IdentifierType.valueOf(f[1]), f[2]));
                case "language" -> b.language(f[2]);
                case "description" -> b.description(f[2]);
                case "rights" -> b.rights(f[2]);
                case "relation" -> b.relation(f[2]);
                default -> throw new IllegalArgumentException("unknown field '" + f[0] + "' in encoded record");
            }
        }
        return b.build();
    }

    private static void line(StringBuilder out, String field, String qualifier, String value) {
        out.append(field).append('\t').append(TabText.escape(qualifier)).append('\t').append(TabText.escape(value)).append('\n');
    }

    private static String[] field(String line, String expected) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3 || (expected != null && !expected.equals(parts[0]))) {
            throw new IllegalArgumentException("malformed encoded record line: '" + line + "'");
        }
        return new String[] {parts[0], TabText.unescape(parts[1]), TabText.unescape(parts[2])};
    }
}
