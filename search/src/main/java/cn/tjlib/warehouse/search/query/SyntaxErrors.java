package cn.tjlib.warehouse.search.query;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;

/**
 * Says in one line what is wrong with a query the parser rejected, instead of the parser's
 * multi-line list of expected tokens.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    static String describe(String query, ParseException failure) {
        // The parser wraps what its grammar or our field handling threw; the cause is the detail.
        if (failure.getCause() instanceof RejectedClauseException rejected) {
            return rejected.getMessage();
        }
        String unbalanced = unbalanced(query);
        if (unbalanced != null) {
            return unbalanced;
        }
        if (failure.getCause() instanceof ParseException grammar && grammar.currentToken != null) {
            return unexpected(grammar.currentToken);
        }
        return firstLine(failure.getMessage());
    }

    /** The first unclosed quotation mark or unmatched parenthesis, or null. */
    static String unbalanced(String query) {
        int depth = 0;
        int quoteAt = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoteAt = quoteAt < 0 ? i : -1;
            } else if (quoteAt < 0 && c == '(') {
                depth++;
            } else if (quoteAt < 0 && c == ')' && --depth < 0) {
                return "')' at column " + (i + 1) + " has no matching '('";
            }
        }
        if (quoteAt >= 0) {
            return "the quotation mark at column " + (quoteAt + 1) + " is never closed";
        }
        return depth > 0 ? "a '(' is never closed" : null;
    }

    private static String unexpected(Token last) {
        Token next = last.next;
        if (next == null || next.kind == QueryParserConstants.EOF) {
            return last.image == null || last.image.isEmpty()
                    ? "the query has no search terms"
                    : "the query ends unexpectedly after '" + last.image + "'";
        }
        // the parser counts columns from 0; readers count from 1
        return "unexpected '" + next.image + "' at column " + (next.beginColumn + 1);
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int detail = line.indexOf("': ");
        return detail >= 0 ? line.substring(detail + 3) : line;
    }
}
