package cn.tjlib.warehouse.validation;

/**
 * Checks a record against the network's metadata standards; implemented by the schemas module.
 * Never throws for a bad record: what is wrong is in the report.
 */
public interface RecordValidator {
    ValidationReport validate(ValidationSubject subject);

    /** A fingerprint of the rules in force, so that a change of profile can trigger re-validation. */
    String rulesVersion();

    /** Accepts everything; for stages run without the network's rules. */
    RecordValidator ACCEPT_ALL = new RecordValidator() {
        @Override
        public ValidationReport validate(ValidationSubject subject) {
            return new ValidationReport("accept-all", java.util.List.of());
        }

        @Override
        public String rulesVersion() {
            return "accept-all";
        }
    };
}
