package cn.tjlib.warehouse.app.report;

import java.util.Locale;

/** The download formats of a library's report: libraries work in Excel today, so XLSX and CSV first. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv;charset=UTF-8"),
    JSON("application/json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code value} (case-insensitive); throws naming the accepted ones. */
    public static ReportFormat of(String value) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be xlsx, csv or json, got '" + value + "'");
    }
}
