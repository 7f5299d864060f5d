package cn.tjlib.warehouse.app.cli;

import java.util.List;

/**
 * One operator command of {@code ./warehouse NAME [args]}: a Spring bean run in a context without the
 * web server. Returns the process exit code (0 = success).
 */
public interface WarehouseCommand {
    /** The subcommand name, e.g. {@code harvest}. */
    String name();

    /** One line on how to call it, shown by {@code ./warehouse help}. */
    String usage();

    int run(List<String> args);
}
