package cn.tjlib.warehouse.app.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import cn.tjlib.warehouse.app.schedule.HarvestSnapshot;
import cn.tjlib.warehouse.harvest.describe.SourceDescription;
import cn.tjlib.warehouse.harvest.describe.JdbcSourceDescriptions;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The console's actions as a JSON API for scripts (HTTP Basic, role ADMIN). */
@ConditionalOnWebApplication
@RestController
@RequestMapping(value = "/api/admin", produces = "application/json")
@Tag(name = "admin", description = "采集源管理 / harvest sources: list, add, edit, run, cancel (HTTP Basic, ADMIN)")
class AdminApi {
    private final SourceOverview overview;
    private final SourceEditing editing;
    private final HarvestActions actions;
    private final ConnectionTest connection;
    private final JdbcSourceDescriptions descriptions;

    AdminApi(SourceOverview overview, SourceEditing editing, HarvestActions actions, ConnectionTest connection,
             JdbcSourceDescriptions descriptions) {
        this.overview = overview;
        this.editing = editing;
        this.actions = actions;
        this.connection = connection;
        this.descriptions = descriptions;
    }

    /** A source with its recent runs and what it last declared about itself (null when never read). */
    record SourceDetail(SourceRow source, List<HarvestRun> runs, SourceDescription declared) {
    }

    @GetMapping("/sources")
    @Operation(summary = "Every source with status, last and next harvest (sort: code, name, status, last, next)")
    List<SourceRow> sources(@RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "false") boolean desc) {
        return overview.rows(sort, desc);
    }

    @GetMapping("/sources/{code}")
    @Operation(summary = "One source with its last 20 harvest runs and the Identify answer, formats and sets it declared")
    ResponseEntity<SourceDetail> source(@PathVariable String code) {
        return ResponseEntity.of(overview.row(code).map(r -> new SourceDetail(r, overview.history(code, 20),
                descriptions.find(code).orElse(null))));
    }

    @PostMapping(value = "/sources", consumes = "application/json")
    @Operation(summary = "Add a source; 400 with the field errors when invalid")
    ResponseEntity<?> add(@Valid @RequestBody SourceForm form, BindingResult errors) {
        form.setEditing("");
        return saved(form, true, errors);
    }

    @PutMapping(value = "/sources/{code}", consumes = "application/json")
    @Operation(summary = "Change a source (also to disable it: enabled=false)")
    ResponseEntity<?> update(@PathVariable String code, @Valid @RequestBody SourceForm form, BindingResult errors) {
        form.setCode(code);
        form.setEditing(code);
        return saved(form, false, errors);
    }

    @PostMapping("/sources/{code}/run")
    @Operation(summary = "Harvest now (full=true: a full re-harvest); 202 when queued, 409 when already running")
    ResponseEntity<Map<String, String>> run(@PathVariable String code, @RequestParam(defaultValue = "false") boolean full) {
        HarvestActions.Outcome o = actions.run(code, full, "api");
        HttpStatus status = switch (o) {
            case STARTED -> HttpStatus.ACCEPTED;
            case NO_SUCH_SOURCE -> HttpStatus.NOT_FOUND;
            case ALREADY_RUNNING, RUNNING_ELSEWHERE -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(Map.of("outcome", o.name(), "message", HarvestActions.message(o, code, full)));
    }

    @PostMapping("/sources/{code}/cancel")
    @Operation(summary = "Stop the source's harvest at the next page boundary; 404 when none runs in this instance")
    ResponseEntity<Map<String, String>> cancel(@PathVariable String code) {
        return actions.cancel(code) ? ResponseEntity.accepted().body(Map.of("outcome", "CANCELLING"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("outcome", "NOT_RUNNING"));
    }

    @GetMapping("/sources/{code}/progress")
    @Operation(summary = "Live progress of the source's queued, running or last finished harvest in this instance")
    ResponseEntity<HarvestSnapshot> progress(@PathVariable String code) {
        return ResponseEntity.of(overview.row(code).map(SourceRow::live));
    }

    @PostMapping("/identify")
    @Operation(summary = "Test connection: run Identify, ListMetadataFormats and ListSets against a base URL and return the answers or the error")
    IdentifyResult identify(@RequestParam String baseUrl) {
        return connection.identify(baseUrl);
    }

    private ResponseEntity<?> saved(SourceForm form, boolean adding, BindingResult errors) {
        String code = editing.save(form, adding, errors);
        if (code == null) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the source is invalid");
            p.setTitle("invalid source");
            p.setProperty("errors", errors.getAllErrors().stream().map(e -> Map.of(
                    "field", e instanceof org.springframework.validation.FieldError f ? f.getField() : "",
                    "message", String.valueOf(e.getDefaultMessage()))).toList());
            return ResponseEntity.badRequest().body(p);
        }
        return (adding ? ResponseEntity.created(URI.create("/api/admin/sources/" + code)) : ResponseEntity.ok())
                .body(overview.row(code).orElseThrow());
    }

}
