package cn.tjlib.warehouse.dedup.compare;

import java.util.List;

/** Finds the run of words an acronym abbreviates: "vldb" in "very large data bases". */
final class Acronyms {
    private static final int MIN_LENGTH = 2;

    private Acronyms() {
    }

    /** Marks in {@code used} every run of {@code words} whose initials spell {@code acronym}; true if any. */
    static boolean expand(String acronym, List<String> words, boolean[] used) {
        if (acronym.length() < MIN_LENGTH || acronym.length() > words.size()) {
            return false;
        }
        boolean found = false;
        for (int start = 0; start + acronym.length() <= words.size(); start++) {
            if (spells(acronym, words, start)) {
                for (int k = start; k < start + acronym.length(); k++) {
                    used[k] = true;
                }
                found = true;
            }
        }
        return found;
    }

    private static boolean spells(String acronym, List<String> words, int start) {
        for (int k = 0; k < acronym.length(); k++) {
            String word = words.get(start + k);
            if (word.isEmpty() || word.charAt(0) != acronym.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
