package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.harvestlog.HarvestRun;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console's pages print times and durations: in the network's zone, to the second. */
public final class ConsoleFormat {
    private final DateTimeFormatter time;

    ConsoleFormat(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The console's formats in {@code zone}, for the pages of other features (the review queue). */
    public static ConsoleFormat in(ZoneId zone) {
        return new ConsoleFormat(zone);
    }

    public String time(Instant t) {
        return t == null ? "—" : time.format(t);
    }

    public String duration(HarvestRun run) {
        return run == null || run.finishedAt() == null ? "—" : seconds(Duration.between(run.startedAt(), run.finishedAt()));
    }

    public String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? String.format("%.1f s", d.toMillis() / 1000.0) : s < 3600 ? s / 60 + " min " + s % 60 + " s"
                : s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    /** The status in Chinese and English, e.g. 失败 failed. */
    public String status(String status) {
        return switch (status) {
            case "idle" -> "空闲 idle";
            case "queued" -> "排队 queued";
            case "running" -> "采集中 running";
            case "failed" -> "失败 failed";
            case "disabled" -> "已停用 disabled";
            case "SUCCEEDED" -> "成功 succeeded";
            case "FAILED" -> "失败 failed";
            case "CANCELLED" -> "已取消 cancelled";
            case "RUNNING" -> "进行中/中断 running";
            default -> status;
        };
    }
}
