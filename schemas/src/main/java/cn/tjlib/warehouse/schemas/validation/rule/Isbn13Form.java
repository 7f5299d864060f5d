package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.validation.ValidationSubject;

/** A valid ISBN-10 should be recorded in its ISBN-13 form (GB/T 5795-2006 since 2007); suggests that form. */
final class Isbn13Form implements Check {

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (String value : IsbnNumber.candidates(subject.record().identifiers())) {
            String compact = IsbnNumber.compact(value);
            // a wrong check digit is the check-digit rule's finding; this one is only about the form
            if (compact.length() == 10 && IsbnNumber.wellFormed(compact)
                    && IsbnNumber.check10(compact) == compact.charAt(9)) {
                out.report(field.fieldName(), value, "ISBN " + IsbnNumber.toIsbn13(value));
            }
        }
    }
}
