package cn.tjlib.warehouse.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a judged query file: TSV, one query per line followed by its relevant records as
 * {@code library-code:source-record-id}, tab-separated; blank lines and lines starting with
 * {@code #} are skipped.
 */
public final class JudgedQueries {
    private JudgedQueries() {
    }

    /** The queries of {@code tsv}; throws naming the line of a malformed one. */
    public static List<JudgedQuery> read(Reader tsv) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(tsv);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            try {
                queries.add(new JudgedQuery(columns[0].strip(), Arrays.stream(columns).skip(1).map(String::strip)
                        .filter(c -> !c.isEmpty()).toList()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return queries;
    }
}
