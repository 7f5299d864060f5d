package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.search.InvalidQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns bad requests to the JSON API into 400 problem details that say what was wrong, never a 500. */
@RestControllerAdvice(basePackages = "cn.tjlib.warehouse.app")
class ApiErrors {
    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException e) {
        return problem("invalid query", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem("bad argument", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem("bad argument", "parameter '" + e.getName() + "' cannot be '" + e.getValue() + "'");
    }

    @ExceptionHandler(RecordController.RecordNotFoundException.class)
    ProblemDetail missingRecord(RecordController.RecordNotFoundException e) {
        if (e.deletedAt == null) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
            p.setTitle("no such record");
            return p;
        }
        // Gone, not Not Found: the id was published and portals may hold links to it.
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        p.setTitle("record deleted");
        p.setProperty("id", e.id);
        p.setProperty("deleted", true);
        p.setProperty("datestamp", e.deletedAt.toString());
        return p;
    }

    private static ProblemDetail problem(String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(title);
        return p;
    }
}
