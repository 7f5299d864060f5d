package cn.tjlib.warehouse.raw;

/** The effect of storing a harvested record: its row id, current version, and whether its content was new, changed or the same. */
public record RawChange(long rawId, int version, Kind kind) {
    public enum Kind { INSERTED, CHANGED, UNCHANGED }
}
