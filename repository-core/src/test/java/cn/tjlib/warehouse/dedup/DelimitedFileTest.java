package cn.tjlib.warehouse.dedup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedFileTest {
    @Test
    void readsQuotedFieldsContainingTheDelimiterAndDoubledQuotes() {
        assertThat(DelimitedFile.parse("a%\"b%c\"%\"say \"\"hi\"\"\"\n", '%'))
                .containsExactly(List.of("a", "b%c", "say \"hi\""));
    }

    @Test
    void dropsRowsWhoseFieldCountDiffersFromTheHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "id%title\n1%A\n2%B%extra\n", StandardCharsets.UTF_8);

        DelimitedFile table = DelimitedFile.read(file, '%');

        assertThat(table.rows()).containsExactly(List.of("1", "A"));
        assertThat(table.droppedRows()).isEqualTo(1);
    }

    @Test
    void splitsAuthorsWithoutBreakingHtmlCharacterReferences() {
        assertThat(CitationFile.creators("Mauricio A. Hern&#225;ndez, Salvatore J. Stolfo"))
                .containsExactly("Mauricio A. Hernández", "Salvatore J. Stolfo");
        assertThat(CitationFile.creators("Smith, J.; Jones, K.")).containsExactly("Smith, J.", "Jones, K.");
    }
}
