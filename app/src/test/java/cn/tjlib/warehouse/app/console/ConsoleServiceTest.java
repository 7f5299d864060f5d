package cn.tjlib.warehouse.app.console;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service with the demo network but without the start-up harvest or cron schedules, and with a
 * known administrator password: one shared Spring context for the console, admin API, security and
 * browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "warehouse.data-dir=./target/console-data/${random.uuid}",
        "warehouse.harvest.on-start=false",
        "warehouse.schedule.enabled=false",
        "warehouse.security.admin-password=" + ConsoleServiceTest.ADMIN_PASSWORD})
public @interface ConsoleServiceTest {
    String ADMIN = "admin";
    String ADMIN_PASSWORD = "test-admin-Pw-42";
}
