package cn.tjlib.warehouse.dedup.normalize;

/** Reduces one field value to the form records are compared on; empty when nothing usable is left. */
public interface Cleaner {
    String clean(String value);
}
