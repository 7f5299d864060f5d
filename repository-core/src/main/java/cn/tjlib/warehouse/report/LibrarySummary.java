package cn.tjlib.warehouse.report;

/** One library's line of the network-wide summary. */
public record LibrarySummary(String library, String libraryName, long harvested, long published, long quarantined,
                             long rejected, long errors, long warnings) {
}
