package cn.tjlib.warehouse.search;

/**
 * A hit's title and a snippet of its description with the matched terms in {@code <em>…</em>},
 * everything else HTML-escaped; {@code description} is null when the description has no match.
 */
public record Highlight(String title, String description) {
}
