package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/**
 * A language must be an ISO 639-2 or 639-1 code or a BCP 47 tag (GB/T 4880.1/4880.2, RFC 5646);
 * a language name we can map (中文) passes here and is {@link LanguageName}'s finding.
 */
final class LanguageCode extends ValueCheck {
    private final LanguageCodes codes;
    private final LanguageNames names;

    LanguageCode(LanguageCodes codes, LanguageNames names) {
        this.codes = codes;
        this.names = names;
    }

    @Override
    Optional<String> inspect(String value) {
        return codes.known(value) || names.code(value).isPresent() ? Optional.empty() : Optional.of("");
    }
}
