package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.ResourceType;
import io.gdcc.xoai.dataprovider.model.Set;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueSetsTest {
    private final CatalogueSets sets = new CatalogueSets(Map.of("tjl", "天津图书馆"));

    @Test
    void listsParentsThenLibrariesThenTypes() {
        List<String> specs = sets.all(List.of("nkl", "tjl")).stream().map(Set::getSpec).toList();

        assertThat(specs).startsWith("library", "library:nkl", "library:tjl", "type", "type:book");
        assertThat(specs).hasSize(3 + 1 + ResourceType.values().length);
    }

    @Test
    void namesUnnamedLibrariesByCode() {
        assertThat(sets.all(List.of("nkl")).get(1).getName()).isEqualTo("nkl");
        assertThat(sets.all(List.of()).get(1).getName()).isEqualTo("天津图书馆");
    }

    @Test
    void selectsByLibraryOrTypeAndKnowsNoOtherSets() {
        assertThat(sets.select("library:nkl", List.of("nkl"))).contains(new CatalogueSets.Selection("nkl", null));
        assertThat(sets.select("type:thesis", List.of())).contains(new CatalogueSets.Selection(null, ResourceType.THESIS));
        assertThat(sets.select("library", List.of())).contains(CatalogueSets.Selection.ALL);
        assertThat(sets.select("library:zzz", List.of("nkl"))).isEmpty();
        assertThat(sets.select("type:zzz", List.of())).isEmpty();
        assertThat(sets.select("colour:red", List.of())).isEmpty();
    }

    @Test
    void aDeletedRecordKeepsItsSets() {
        UnifiedRecord gone = new UnifiedRecord(7, Instant.EPOCH, true, ResourceType.JOURNAL, null, List.of(), List.of("tjl", "nkl"));

        assertThat(CatalogueSets.specsOf(gone)).containsExactly("library:tjl", "library:nkl", "type:journal");
    }
}
