package cn.tjlib.warehouse.app.e2e;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service on a random port with the demo network (plus the hostile XXE sources) harvested at
 * start-up into a fresh H2 database. Test classes with this annotation share one Spring context,
 * so the 20,000-record harvest runs once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "warehouse.data-dir=./target/e2e-data/${random.uuid}",
        "warehouse.demo.hostile-sources=true",
        "warehouse.oai.page-size=500",
        "warehouse.security.admin-password=" + DemoWarehouseTest.ADMIN_PASSWORD})
public @interface DemoWarehouseTest {
    /** The password of the first administrator, {@code admin}, in these tests. */
    String ADMIN_PASSWORD = "e2e-admin-secret";
}
