package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** One unified record of the catalogue, read from the database (the source of truth), not the index. */
@RestController
@Tag(name = "search")
class RecordController {
    private final JdbcUnifiedCatalogue catalogue;

    RecordController(JdbcUnifiedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/api/records/{id}", produces = "application/json")
    @Operation(summary = "A unified record with its holdings and provenance",
            description = "The description chosen for the work (describedBy names the library record it comes from) "
                    + "and every member library's record of it. A record merged away or withdrawn is 410 Gone.")
    @ApiResponse(responseCode = "200", description = "the record")
    @ApiResponse(responseCode = "404", description = "no record has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "the record was deleted; the problem carries deleted=true",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RecordView record(@Parameter(description = "unified record id", example = "1") @PathVariable long id) {
        UnifiedRecord unified = catalogue.find(id).orElseThrow(() -> new RecordNotFoundException(id, null));
        if (unified.deleted()) {
            throw new RecordNotFoundException(id, unified.datestamp());
        }
        CanonicalRecord record = unified.record();
        return new RecordView(unified.id(), unified.datestamp(), unified.type().code(), unified.type().label(),
                unified.libraries(), new Provenance(record.sourceLibrary(), record.sourceRecordId()), record,
                unified.holdings());
    }

    /**
     * A unified record as the API shows it.
     *
     * @param describedBy the library record whose description was chosen for the unified record
     * @param holdings every member library's record of the work: library, OAI identifier, local id, datestamp
     */
    record RecordView(long id, Instant datestamp, String type, String typeLabel, List<String> libraries,
                      Provenance describedBy, CanonicalRecord record, List<Holding> holdings) {
    }

    record Provenance(String library, String sourceRecordId) {
    }

    /** No live record with this id; {@code deletedAt} is set when it existed and was deleted. */
    static final class RecordNotFoundException extends RuntimeException {
        final long id;
        final Instant deletedAt;

        RecordNotFoundException(long id, Instant deletedAt) {
            super(deletedAt == null ? "no unified record " + id : "unified record " + id + " was deleted at " + deletedAt);
            this.id = id;
            this.deletedAt = deletedAt;
        }
    }
}
