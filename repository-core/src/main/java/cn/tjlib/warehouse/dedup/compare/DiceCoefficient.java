package cn.tjlib.warehouse.dedup.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Token overlap 2·|A ∩ B| / (|A| + |B|), counting repeated tokens as often as both lists repeat them. */
public final class DiceCoefficient {
    private DiceCoefficient() {
    }

    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        int shared = 0;
        for (String token : b) {
            Integer left = counts.get(token);
            if (left != null && left > 0) {
                shared++;
                counts.put(token, left - 1);
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
