package cn.tjlib.warehouse.catalogue;

import cn.tjlib.warehouse.record.TabText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one published value of a unified record came from: the field ({@code title}, {@code creator},
 * {@code identifier} …, as in {@link cn.tjlib.warehouse.record.RecordCodec}), the value, and the
 * contributing library's record (library, its record id, our raw record id, its OAI datestamp).
 */
public record FieldProvenance(String field, String value, String library, String sourceRecordId, long rawRecordId,
                              Instant datestamp) {
    public FieldProvenance {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(datestamp, "datestamp");
    }

    /** One line per value, tab-separated, with backslash escapes: the stored form. */
    public static String encode(List<FieldProvenance> provenance) {
        StringBuilder out = new StringBuilder();
        for (FieldProvenance p : provenance) {
            out.append(TabText.escape(p.field)).append('\t').append(TabText.escape(p.value)).append('\t').append(TabText.escape(p.library))
                    .append('\t').append(TabText.escape(p.sourceRecordId)).append('\t').append(p.rawRecordId).append('\t')
                    .append(p.datestamp).append('\n');
        }
        return out.toString();
    }

    public static List<FieldProvenance> decode(String text) {
        List<FieldProvenance> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("malformed provenance line: '" + line + "'");
            }
            out.add(new FieldProvenance(TabText.unescape(f[0]), TabText.unescape(f[1]), TabText.unescape(f[2]), TabText.unescape(f[3]),
                    Long.parseLong(f[4]), Instant.parse(f[5])));
        }
        return out;
    }
}
