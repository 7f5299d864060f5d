package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.ingest.Warehouse;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code ./warehouse revalidate}: judges every stored record again with the current validation profiles. */
@Component
class RevalidateCommand implements WarehouseCommand {
    private final Warehouse warehouse;

    RevalidateCommand(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String name() {
        return "revalidate";
    }

    @Override
    public String usage() {
        return "revalidate                     re-validate stored records against the current profiles";
    }

    @Override
    public int run(List<String> args) {
        long began = System.nanoTime();
        int n = warehouse.revalidate();
        System.out.printf("re-validated %d records in %.1f s%n", n, (System.nanoTime() - began) / 1e9);
        return 0;
    }
}
