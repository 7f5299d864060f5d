package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.SearchOrder;
import cn.tjlib.warehouse.search.SearchPage;
import cn.tjlib.warehouse.search.SearchRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue search API. */
@RestController
class SearchController {
    private final CatalogueSearch search;

    SearchController(CatalogueSearch search) {
        this.search = search;
    }

    /** Searches the unified catalogue; a malformed query or argument is a 400 naming the problem. */
    @GetMapping(value = "/api/search", produces = "application/json")
    SearchPage search(@RequestParam(defaultValue = "") String q,
                      @RequestParam(defaultValue = "0") int offset,
                      @RequestParam(defaultValue = "20") int limit,
                      @RequestParam(defaultValue = "RELEVANCE") SearchOrder sort) {
        return search.search(new SearchRequest(q, offset, limit, sort));
    }
}
