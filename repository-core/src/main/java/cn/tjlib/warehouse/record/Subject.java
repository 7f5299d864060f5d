package cn.tjlib.warehouse.record;

/** A subject heading or keyword, or a class number when the scheme is {@link #CLC}. */
public record Subject(String scheme, String value) {
    /** 中国图书馆分类法 (Chinese Library Classification). */
    public static final String CLC = "clc";
    public static final String KEYWORD = "keyword";

    public Subject {
        if (scheme == null || scheme.isBlank()) {
            throw new IllegalArgumentException("subject scheme must not be blank");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("subject value must not be blank");
        }
        value = value.strip();
    }

    public boolean isClc() {
        return CLC.equals(scheme);
    }
}
