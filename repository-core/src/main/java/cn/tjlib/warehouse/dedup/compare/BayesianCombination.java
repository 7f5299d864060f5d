package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Combines the fields' match probabilities by Bayes' rule from an even prior (as Duke does): the
 * odds multiply, so each field moves the result by its own evidence and a missing field moves nothing.
 */
public final class BayesianCombination {
    /** A comparator with the weight of its evidence. */
    public record Field(String name, FieldComparator comparator, FieldWeight weight) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(comparator, "comparator of " + name);
            Objects.requireNonNull(weight, "weight of " + name);
        }
    }

    private final List<Field> fields;

    public BayesianCombination(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The probability that {@code a} and {@code b} describe the same resource. */
    public double probability(PreparedRecord a, PreparedRecord b) {
        double odds = 1.0;
        for (Field field : fields) {
            OptionalDouble similarity = field.comparator().similarity(a, b);
            if (similarity.isPresent()) {
                double p = field.weight().probability(similarity.getAsDouble());
                odds *= p / (1.0 - p);
            }
        }
        return odds / (1.0 + odds);
    }
}
