package cn.tjlib.warehouse.app.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.app.schedule.HarvestSnapshot;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What the console's pages poll while they are open (same login as the pages, read-only). */
@ConditionalOnWebApplication
@RestController
@RequestMapping(value = "/console/api", produces = "application/json")
class ConsoleApi {
    private final HarvestJobs jobs;
    private final JdbcSourceRegistry registry;
    private final ConnectionTest connection;

    ConsoleApi(HarvestJobs jobs, JdbcSourceRegistry registry, ConnectionTest connection) {
        this.jobs = jobs;
        this.registry = registry;
        this.connection = connection;
    }

    @GetMapping("/progress")
    List<HarvestSnapshot> progress() {
        return jobs.active();
    }

    @GetMapping("/sources/{code}/progress")
    ResponseEntity<HarvestSnapshot> progress(@PathVariable String code) {
        return ResponseEntity.of(jobs.snapshot(code));
    }

    @GetMapping("/sources/{code}/identify")
    ResponseEntity<IdentifyResult> identify(@PathVariable String code) {
        return ResponseEntity.of(registry.find(code).map(s -> connection.identify(s.baseUrl().toString(), s.code())));
    }
}
