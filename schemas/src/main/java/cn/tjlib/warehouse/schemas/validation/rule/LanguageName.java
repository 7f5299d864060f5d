package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/** A language should be coded, not named: {@code 中文} → {@code chi}; suggests the code. */
final class LanguageName extends ValueCheck {
    private final LanguageNames names;

    LanguageName(LanguageNames names) {
        this.names = names;
    }

    @Override
    Optional<String> inspect(String value) {
        return names.code(value);
    }
}
