package cn.tjlib.warehouse.app;

import cn.tjlib.warehouse.app.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/** The warehouse service: harvesting, the catalogue's OAI-PMH endpoint and the search API; or one operator command. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WarehouseApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("cli")) {
            System.exit(CommandLine.run(WarehouseApplication.class, Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(WarehouseApplication.class, args);
    }
}
