package cn.tjlib.warehouse.validation;

/** How much a finding matters: an error keeps the record out of the published catalogue, a warning does not. */
public enum Severity {
    ERROR, WARNING
}
