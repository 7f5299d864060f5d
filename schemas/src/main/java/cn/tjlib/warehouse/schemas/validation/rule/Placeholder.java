package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A value must not be a stand-in for a missing one (无题名, 未知, ?), which hides the gap from the required rule. */
final class Placeholder extends ValueCheck {
    private final Set<String> placeholders;

    Placeholder(List<String> placeholders) {
        if (placeholders.isEmpty()) {
            throw new IllegalArgumentException("not-placeholder needs values, e.g. values = 无题名, 未知, ?");
        }
        this.placeholders = placeholders.stream().map(Placeholder::key).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    Optional<String> inspect(String value) {
        return placeholders.contains(key(value)) ? Optional.of("") : Optional.empty();
    }

    private static String key(String value) {
        return Text.foldWidth(value).strip().toLowerCase(Locale.ROOT);
    }
}
