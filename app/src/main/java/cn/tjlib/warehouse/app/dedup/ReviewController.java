package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.ingest.ReviewPair;
import cn.tjlib.warehouse.ingest.ReviewStatus;
import cn.tjlib.warehouse.ingest.Warehouse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/**
 * The review queue of matching (查重审核): pairs scored between the match and non-match thresholds,
 * which staff confirm (one work) or reject (two works). A decision applies at once and binds every later run.
 */
@RestController
@RequestMapping("/api/admin/review")
@Tag(name = "review", description = "查重审核 · uncertain record pairs for staff to confirm or reject")
class ReviewController {
    /** The body of a decision: {@code {"decision": "CONFIRMED"}} or {@code {"decision": "REJECTED"}}. */
    record Decision(ReviewStatus decision) {
    }

    private final Warehouse warehouse;

    ReviewController(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @GetMapping
    @Operation(summary = "Pairs with a status (PENDING by default), in queue order after the id 'after'")
    List<ReviewPair> list(@RequestParam(defaultValue = "PENDING") ReviewStatus status, @RequestParam(defaultValue = "0") long after,
                          @RequestParam(defaultValue = "50") int limit) {
        return warehouse.reviews(status, after, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pair, 404 if there is none")
    ResponseEntity<ReviewPair> one(@PathVariable long id) {
        return ResponseEntity.of(warehouse.review(id));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Confirm or reject a pair; 409 if confirming would put two records of one library together")
    ResponseEntity<ReviewPair> decide(@PathVariable long id, @RequestBody Decision body, Principal principal) {
        if (body == null || body.decision() == null) {
            throw new IllegalArgumentException("body needs \"decision\": CONFIRMED or REJECTED");
        }
        String by = principal == null ? "anonymous" : principal.getName();
        return ResponseEntity.of(warehouse.decide(id, body.decision(), by));
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("decision cannot be applied");
        return p;
    }
}
