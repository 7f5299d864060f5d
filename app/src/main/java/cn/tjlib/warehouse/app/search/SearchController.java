package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.Facet;
import cn.tjlib.warehouse.search.FacetCount;
import cn.tjlib.warehouse.search.SearchFilters;
import cn.tjlib.warehouse.search.SearchOrder;
import cn.tjlib.warehouse.search.SearchPage;
import cn.tjlib.warehouse.search.SearchRequest;
import cn.tjlib.warehouse.search.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The public catalogue search API: search with facets and highlights, and suggestions as readers type. */
@RestController
@Tag(name = "search", description = "检索 · the unified catalogue's search API for readers and portals")
class SearchController {
    private final CatalogueSearch search;
    private final LibraryNames libraries;

    SearchController(CatalogueSearch search, LibraryNames libraries) {
        this.search = search;
        this.libraries = libraries;
    }

    /** Searches the unified catalogue; a malformed query or argument is a 400 naming the problem. */
    @GetMapping(value = "/api/search", produces = "application/json")
    @Operation(summary = "Search the unified catalogue",
            description = "Free text in Chinese (simplified or traditional), pinyin or ISBN, or fielded syntax: "
                    + "title: creator: subject: publisher: isbn: year:[2010 TO 2016] library: type: language: clc:, "
                    + "phrases in quotes, AND/OR/NOT. Facet filters restrict the matches; repeat a filter or separate "
                    + "values by commas for alternatives. Matched terms are marked with <em> in hits' highlight. "
                    + "total is exact when totalExact is true; otherwise at least that many records match: "
                    + "without facets, counting stops at " + CatalogueSearch.EXACT_TOTAL_UP_TO + " matches, which keeps broad queries fast.")
    @ApiResponse(responseCode = "200", description = "a page of hits with facet counts; total exact or, if totalExact "
            + "is false, a lower bound")
    @ApiResponse(responseCode = "400", description = "malformed query or argument",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SearchPage search(
            @Parameter(description = "the query; blank lists every record", example = "天津 历史")
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "index of the first hit, 0 to 10000") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "hits per page, 1 to 100") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "relevance, newest (or year), oldest, or id")
            @RequestParam(defaultValue = "relevance") String sort,
            @Parameter(description = "holding library codes, e.g. tjl") @RequestParam(required = false) List<String> library,
            @Parameter(description = "resource type codes, e.g. book") @RequestParam(required = false) List<String> type,
            @Parameter(description = "years: 2015, 2010-2019, 2010- or -1949") @RequestParam(required = false) List<String> year,
            @Parameter(description = "ISO 639-2 language codes, e.g. chi") @RequestParam(required = false) List<String> language,
            @Parameter(description = "CLC top classes, e.g. K or TP") @RequestParam(required = false) List<String> clc,
            @Parameter(description = "whether to count the facets") @RequestParam(defaultValue = "true") boolean facets) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        putValues(filters, Facet.LIBRARY, library);
        putValues(filters, Facet.TYPE, type);
        putValues(filters, Facet.YEAR, year);
        putValues(filters, Facet.LANGUAGE, language);
        putValues(filters, Facet.CLC, clc);
        SearchPage page = search.search(new SearchRequest(q, offset, limit, order(sort), new SearchFilters(filters), facets));
        return withLibraryNames(page);
    }

    /** Titles and creator names starting with what the reader typed, in characters, pinyin or initials. */
    @GetMapping(value = "/api/suggest", produces = "application/json")
    @Operation(summary = "Suggest titles and creators as the reader types",
            description = "Prefix of a title or name in characters (traditional or simplified), pinyin (tianjin) or "
                    + "initials (tj); the most frequent first.")
    @ApiResponse(responseCode = "200", description = "the suggestions, possibly none")
    @ApiResponse(responseCode = "400", description = "bad limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Suggestions suggest(@Parameter(description = "what the reader typed so far", example = "天津")
                        @RequestParam(defaultValue = "") String q,
                        @Parameter(description = "at most this many, 1 to 50") @RequestParam(defaultValue = "10") int limit) {
        return new Suggestions(q, search.suggest(q, limit).stream()
                .map(s -> new Suggestions.Item(s.text(), s.kind().name().toLowerCase(Locale.ROOT), s.count())).toList());
    }

    /** The suggestions for {@code q}: each text, whether it is a title or a creator, and in how many records it occurs. */
    record Suggestions(String q, List<Item> suggestions) {
        record Item(String text, String kind, long count) {
        }
    }

    static SearchOrder order(String sort) {
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "" -> SearchOrder.RELEVANCE;
            case "newest", "year" -> SearchOrder.NEWEST;
            case "oldest" -> SearchOrder.OLDEST;
            case "id" -> SearchOrder.ID;
            default -> throw new IllegalArgumentException("sort must be relevance, newest, oldest or id, got '" + sort + "'");
        };
    }

    private static void putValues(Map<Facet, List<String>> filters, Facet facet, List<String> values) {
        if (values != null) {
            filters.put(facet, values.stream().flatMap(v -> Arrays.stream(v.split(","))).toList());
        }
    }

    private SearchPage withLibraryNames(SearchPage page) {
        if (page.facets().isEmpty()) {
            return page;
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>(page.facets());
        facets.computeIfPresent(Facet.LIBRARY.param(), (k, counts) -> counts.stream()
                .map(c -> new FacetCount(c.value(), libraries.nameOf(c.value()), c.count())).toList());
        return new SearchPage(page.total(), page.totalExact(), page.hits(), facets);
    }
}
