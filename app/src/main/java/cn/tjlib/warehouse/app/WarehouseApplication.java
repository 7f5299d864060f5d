package cn.tjlib.warehouse.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The warehouse service: harvesting, the catalogue's OAI-PMH endpoint and the search API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WarehouseApplication {
    public static void main(String[] args) {
        SpringApplication.run(WarehouseApplication.class, args);
    }
}
