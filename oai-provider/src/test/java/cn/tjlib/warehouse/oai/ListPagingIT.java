package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import cn.tjlib.warehouse.oai.testing.OaiResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;

/** ListRecords and ListIdentifiers page on (datestamp, id) and select by set and datestamp. */
class ListPagingIT {
    private final Catalogue data = new Catalogue();
    private final OaiEndpoint endpoint = new OaiEndpoint(data.catalogue, data.provenance, VerbResponsesIT.SETTINGS);

    /** 250 books from tjl, in pages of 50 that share a datestamp, so pages cut through equal datestamps. */
    private void harvest250() {
        for (int page = 0; page < 5; page++) {
            Map<String, String> records = new LinkedHashMap<>();
            for (int i = 0; i < 50; i++) {
                int n = page * 50 + i;
                records.put("b" + n, dc("天津地方志 第" + n + "卷", "图书"));
            }
            data.harvest("tjl", records);
            data.tick();
        }
    }

    private List<OaiResponse> harvestAll(String verb, String... arguments) {
        List<OaiResponse> pages = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("verb", verb, "metadataPrefix", "oai_dc"));
        first.addAll(List.of(arguments));
        OaiResponse page = OaiResponse.ask(endpoint, first.toArray(String[]::new));
        pages.add(page);
        while (!page.token().isEmpty()) {
            page = OaiResponse.ask(endpoint, "verb", verb, "resumptionToken", page.token());
            pages.add(page);
        }
        return pages;
    }

    private static List<String> identifiers(List<OaiResponse> pages) {
        return pages.stream().flatMap(p -> p.texts("//oai:header/oai:identifier").stream()).toList();
    }

    @Test
    void listRecordsReturnsEveryRecordExactlyOnceAcrossPages() {
        harvest250();

        List<OaiResponse> pages = harvestAll("ListRecords");

        assertThat(pages).hasSize(3);
        assertThat(identifiers(pages)).hasSize(250).doesNotHaveDuplicates();
        assertThat(pages.stream().map(p -> p.text("//oai:resumptionToken/@cursor")).toList()).containsExactly("0", "100", "200");
        assertThat(pages.stream().map(p -> p.text("//oai:resumptionToken/@completeListSize")).toList())
                .containsOnly("250");
        assertThat(pages.get(2).token()).isEmpty();
        assertThat(pages.stream().mapToInt(p -> p.texts("//oai:record/oai:metadata").size()).sum()).isEqualTo(250);
    }

    @Test
    void listIdentifiersPagesTheSameWay() {
        harvest250();

        List<OaiResponse> pages = harvestAll("ListIdentifiers");

        assertThat(identifiers(pages)).hasSize(250).doesNotHaveDuplicates();
    }

    @Test
    void updatingAnAlreadyHarvestedRecordSkipsNothing() {
        harvest250();
        OaiResponse first = OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
        // an offset-paged list would now shift by one and skip the record at position 100
        data.harvest("tjl", "b0", dc("天津地方志 第0卷（修订）", "图书"));

        List<String> seen = new ArrayList<>(first.texts("//oai:header/oai:identifier"));
        OaiResponse page = first;
        while (!page.token().isEmpty()) {
            page = OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "resumptionToken", page.token());
            seen.addAll(page.texts("//oai:header/oai:identifier"));
        }

        assertThat(seen).hasSize(251).containsAll(identifiers(harvestAll("ListIdentifiers")));
        assertThat(seen.stream().distinct()).hasSize(250);
    }

    @Test
    void setSelectsOneLibrary() {
        data.harvest("tjl", "b1", dc("天津历史", "图书"));
        data.harvest("nkl", "j1", dc("南开学报", "期刊"));

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "library:nkl");

        assertThat(r.texts("//dc:title")).containsExactly("南开学报");
        assertThat(r.text("/oai:OAI-PMH/oai:request/@set")).isEqualTo("library:nkl");
    }

    @Test
    void setSelectsOneResourceType() {
        data.harvest("tjl", "b1", dc("天津历史", "图书"));
        data.harvest("tjl", "j1", dc("天津社会科学", "期刊"));

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type:journal");

        assertThat(r.texts("//oai:header/oai:identifier")).containsExactly("oai:tjdl.tjlib.cn:" + data.unifiedId("tjl", "j1"));
    }

    @Test
    void setFilterHoldsAcrossPages() {
        harvest250();
        data.harvest("nkl", "j1", dc("南开学报", "期刊"));

        assertThat(identifiers(harvestAll("ListIdentifiers", "set", "library:tjl"))).hasSize(250).doesNotHaveDuplicates();
        assertThat(identifiers(harvestAll("ListIdentifiers", "set", "library"))).hasSize(251);
    }

    @Test
    void fromAndUntilAreInclusiveToTheSecond() {
        data.harvest("tjl", "b1", dc("一", "图书"));
        data.tick();
        data.harvest("tjl", "b2", dc("二", "图书"));
        data.tick();
        data.harvest("tjl", "b3", dc("三", "图书"));

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc",
                "from", "2024-03-01T08:00:01Z", "until", "2024-03-01T08:00:01Z");

        assertThat(r.texts("//dc:title")).containsExactly("二");
        assertThat(r.text("/oai:OAI-PMH/oai:request/@until")).isEqualTo("2024-03-01T08:00:01Z");
    }

    @Test
    void dayGranularityCoversTheWholeDay() {
        data.harvest("tjl", "b1", dc("一", "图书"));
        data.clock.advance(Duration.ofHours(15));
        data.harvest("tjl", "b2", dc("二", "图书"));
        data.clock.advance(Duration.ofHours(1));
        data.harvest("tjl", "b3", dc("三", "图书"));

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc",
                "from", "2024-03-01", "until", "2024-03-01");

        assertThat(r.texts("//dc:title")).containsExactly("一", "二");
    }

    @Test
    void chineseTextRoundTripsThroughListRecords() {
        String title = "《津门杂记》校注 & <续编> — 𠀋";
        data.harvest("tjl", "b1", dc(title, "图书", "description", "清代张焘撰，记天津风土。", "creator", "张焘 撰"));

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc");

        assertThat(r.texts("//dc:title")).containsExactly(title);
        assertThat(r.texts("//dc:description")).containsExactly("清代张焘撰，记天津风土。");
        assertThat(r.texts("//dc:creator")).containsExactly("张焘 撰");
    }
}
