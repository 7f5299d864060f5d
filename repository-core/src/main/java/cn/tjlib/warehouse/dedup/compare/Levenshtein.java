package cn.tjlib.warehouse.dedup.compare;

/** Edit-distance similarity: 1 − distance / longer length, computed only as far as it can still reach a floor. */
public final class Levenshtein {
    private Levenshtein() {
    }

    /** The similarity of {@code a} and {@code b}, or 0 as soon as it is certain to be below {@code floor}. */
    public static double similarity(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int longer = Math.max(a.length(), b.length());
        int bound = (int) Math.floor((1.0 - floor) * longer);
        if (Math.abs(a.length() - b.length()) > bound) {
            return 0.0;
        }
        int distance = distance(a, b, bound);
        return distance > bound ? 0.0 : 1.0 - (double) distance / longer;
    }

    /** The edit distance, or {@code bound + 1} once every path exceeds {@code bound}. */
    static int distance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
