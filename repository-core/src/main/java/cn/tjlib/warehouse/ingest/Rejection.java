package cn.tjlib.warehouse.ingest;

/** A harvested record kept out of the catalogue, and why. */
public record Rejection(String oaiIdentifier, String reason) {
}
