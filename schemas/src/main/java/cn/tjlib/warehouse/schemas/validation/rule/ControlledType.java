package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/** A type must come from the network's genre list, which maps to DCMI Type (GB/T 25100-2010 dc:type). */
final class ControlledType extends ValueCheck {
    private final TypeVocabulary vocabulary;

    ControlledType(TypeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    Optional<String> inspect(String value) {
        return vocabulary.contains(value) ? Optional.empty() : Optional.of("");
    }
}
