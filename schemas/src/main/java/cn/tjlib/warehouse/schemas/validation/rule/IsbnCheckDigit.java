package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.validation.ValidationSubject;

/**
 * Every ISBN must be an ISBN-10 or an ISBN-13 with prefix 978/979 whose check digit is right
 * (GB/T 5795-2006); the suggestion is the ISBN-13 with the check digit the other digits call for.
 */
final class IsbnCheckDigit implements Check {

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (String value : IsbnNumber.candidates(subject.record().identifiers())) {
            String compact = IsbnNumber.compact(value);
            if (!IsbnNumber.wellFormed(compact)) {
                out.report(field.fieldName(), value, "");
            } else if (IsbnNumber.expectedCheck(compact) != compact.charAt(compact.length() - 1)) {
                out.report(field.fieldName(), value, "ISBN " + IsbnNumber.toIsbn13(value));
            }
        }
    }
}
