package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/** A value should be at most {@code max} characters long (counted in code points, so 𠀀 is one). */
final class MaxLength extends ValueCheck {
    private final int max;

    MaxLength(int max) {
        if (max < 1 || max == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("max-length needs max, a positive integer, got " + max);
        }
        this.max = max;
    }

    @Override
    Optional<String> inspect(String value) {
        // length() bounds the code point count from above: most values never need counting
        return value.length() > max && value.codePointCount(0, value.length()) > max ? Optional.of("") : Optional.empty();
    }
}
