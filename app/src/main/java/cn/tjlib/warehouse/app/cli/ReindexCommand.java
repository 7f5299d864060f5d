package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.ingest.Warehouse;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code ./warehouse reindex}: rebuilds the Lucene index from the database, the source of truth. */
@Component
class ReindexCommand implements WarehouseCommand {
    private final Warehouse warehouse;

    ReindexCommand(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex                        rebuild the search index from the database";
    }

    @Override
    public int run(List<String> args) {
        long began = System.nanoTime();
        warehouse.reindex();
        System.out.printf("index rebuilt in %.1f s%n", (System.nanoTime() - began) / 1e9);
        return 0;
    }
}
