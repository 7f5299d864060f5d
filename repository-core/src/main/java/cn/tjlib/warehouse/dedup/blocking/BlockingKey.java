package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Set;

/** The exact keys a record is filed under; records sharing a key become candidates. */
public interface BlockingKey {
    Set<String> keys(PreparedRecord record);
}
