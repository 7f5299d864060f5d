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

    private static ProblemDetail problem(String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(title);
        return p;
    }
}
