package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.normalize.TextFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads citation records from a {@code %}-separated file with the header {@code id%title%authors%venue%year}
 * (authors, venue and year optional). Records are attributed to {@code source}, or each to a source of
 * its own when {@code source} is null (dirty deduplication within one file).
 */
final class CitationFile {
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9][0-9]{2}|20[0-9]{2})\\b");
    // "A, B and C", "A; B", "张三、李四"; a comma inside one name ("Smith, J.") only when ";" separates names
    private static final Pattern SEMICOLONS = Pattern.compile("\\s*;\\s*");
    private static final Pattern COMMAS = Pattern.compile("\\s*(?:,|、|\\band\\b|&)\\s*");

    private CitationFile() {
    }

    static List<MatchRecord> read(Path file, String source) {
        DelimitedFile table = DelimitedFile.read(file, '%');
        int id = table.column("id");
        int title = table.column("title");
        int authors = table.header().indexOf("authors");
        int venue = table.header().indexOf("venue");
        int year = table.header().indexOf("year");
        List<MatchRecord> records = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            String recordId = row.get(id).strip();
            records.add(MatchRecord.of(recordId, source != null ? source : file.getFileName() + "#" + recordId,
                    row.get(title), authors < 0 ? List.of() : creators(row.get(authors)),
                    venue < 0 ? "" : row.get(venue), year < 0 ? OptionalInt.empty() : year(row.get(year))));
        }
        return records;
    }

    static List<String> creators(String raw) {
        // decoded first: the ";" of "&#225;" must not split a name
        String authors = TextFolder.decodeReferences(raw);
        Pattern separator = authors.contains(";") ? SEMICOLONS : COMMAS;
        return separator.splitAsStream(authors.strip()).filter(a -> !a.isBlank()).toList();
    }

    static OptionalInt year(String value) {
        Matcher m = YEAR.matcher(value);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
