package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/** A date should be written in W3CDTF (GB/T 25100-2010 recommends it for dc:date); suggests the W3CDTF form where one can be read. */
final class W3cdtfForm extends ValueCheck {

    @Override
    Optional<String> inspect(String value) {
        Optional<DateForm> form = DateForm.read(value);
        if (form.isPresent() && form.get().w3cdtf()) {
            return Optional.empty();
        }
        return Optional.of(form.map(DateForm::toW3cdtf).orElse(""));
    }
}
