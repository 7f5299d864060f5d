package cn.tjlib.warehouse.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file with a header row, quoting as in RFC 4180 (a field may be wrapped in
 * double quotes, which then may contain the delimiter, line breaks and doubled quotes). Rows whose
 * field count differs from the header's are dropped and counted: a broken row must not shift fields.
 */
final class DelimitedFile {
    private final List<String> header;
    private final List<List<String>> rows;
    private final int droppedRows;

    private DelimitedFile(List<String> header, List<List<String>> rows, int droppedRows) {
        this.header = header;
        this.rows = rows;
        this.droppedRows = droppedRows;
    }

    static DelimitedFile read(Path file, char delimiter) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> all = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no header row in " + file);
            }
            List<String> header = all.get(0);
            List<List<String>> rows = all.subList(1, all.size()).stream().filter(r -> r.size() == header.size()).toList();
            return new DelimitedFile(header, rows, all.size() - 1 - rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    int droppedRows() {
        return droppedRows;
    }

    int column(String name) {
        int k = header.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in header " + header);
        }
        return k;
    }

    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < text.length() && text.charAt(k + 1) == '"') {
                    field.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
            } else if (c == delimiter || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    addRow(rows, row);
                    row = new ArrayList<>();
                }
            } else if (c != '\r') {
                field.append(c);
            }
            atFieldStart = !quoted && (c == delimiter || c == '\n');
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(List.copyOf(row));
        }
    }
}
