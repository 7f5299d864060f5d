package cn.tjlib.warehouse.record;

/**
 * A person or body responsible for a work, with the role word as catalogued (著, 编, 主编, 译 …),
 * empty when the record gives none.
 */
public record Creator(String name, String role) {
    public Creator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("creator name must not be blank, got '" + name + "'");
        }
        name = name.strip();
        role = role == null ? "" : role.strip();
    }

    public static Creator of(String name) {
        return new Creator(name, "");
    }
}
