package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.TestRecords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenueAbbreviationMatchTest {
    private double venue(String a, String b) {
        return new VenueAbbreviationMatch().similarity(TestRecords.book("t").venue(a).prepared(),
                TestRecords.book("t").venue(b).prepared()).orElseThrow();
    }

    @Test
    void matchesAnAcronymWithTheWordsItAbbreviates() {
        assertThat(venue("VLDB", "Very Large Data Bases")).isEqualTo(1.0);
    }

    @Test
    void matchesAbbreviatedWordsWithFullStops() {
        assertThat(venue("ACM Trans. Database Syst.", "ACM Transactions on Database Systems (TODS)")).isGreaterThan(0.8);
    }

    @Test
    void ranksAJournalAboveTheConferenceOfTheSameName() {
        String journal = "The VLDB Journal — The International Journal on Very Large Data Bases";
        assertThat(venue("VLDB J.", journal)).isGreaterThan(venue("VLDB", journal));
    }

    @Test
    void comparesChinesePublishersAfterCleaning() {
        assertThat(venue("科学出版社", "北京：科学出版社有限公司")).isEqualTo(1.0);
    }

    @Test
    void scoresUnrelatedVenuesZero() {
        assertThat(venue("SIGMOD Record", "Information Systems")).isZero();
    }
}
