package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.dedup.normalize.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Publisher or venue similarity that understands abbreviations: a word matches the same word, an
 * abbreviation with a full stop matches a word it begins ("j." and "journal", "syst." and "systems"),
 * and an acronym matches the run of words it abbreviates ("vldb" and "very large data bases").
 * The score is the share of words on both sides that found a partner. Han-script names (出版社 already
 * removed by the cleaner) compare by edit distance.
 */
public final class VenueAbbreviationMatch implements FieldComparator {
    private static final Set<String> NOISE = Set.of("the", "of", "on", "in", "and", "for", "a", "an", "proceedings",
            "proc", "international", "intl", "annual", "acm", "ieee");

    @Override
    public OptionalDouble similarity(PreparedRecord a, PreparedRecord b) {
        if (a.venue().isEmpty() || b.venue().isEmpty()) {
            return OptionalDouble.empty();
        }
        if (Tokens.isHan(a.venue()) || Tokens.isHan(b.venue())) {
            return OptionalDouble.of(Levenshtein.similarity(Tokens.compact(a.venue()), Tokens.compact(b.venue()), 0.0));
        }
        return OptionalDouble.of(words(a.venue(), b.venue()));
    }

    static double words(String venueA, String venueB) {
        List<String> a = words(venueA);
        List<String> b = words(venueB);
        List<String> contentA = content(a);
        List<String> contentB = content(b);
        if (contentA.isEmpty() || contentB.isEmpty()) {
            return venueA.equals(venueB) ? 1.0 : 0.0;
        }
        boolean[] usedA = new boolean[contentA.size()];
        boolean[] usedB = new boolean[contentB.size()];
        link(contentA, contentB, usedA, usedB, a);
        link(contentB, contentA, usedB, usedA, b);
        return (double) (count(usedA) + count(usedB)) / (usedA.length + usedB.length);
    }

    private static void link(List<String> from, List<String> to, boolean[] usedFrom, boolean[] usedTo,
                             List<String> allTo) {
        for (int i = 0; i < from.size(); i++) {
            String word = from.get(i);
            for (int j = 0; j < to.size(); j++) {
                if (wordMatches(word, to.get(j))) {
                    usedFrom[i] = true;
                    usedTo[j] = true;
                }
            }
            if (Acronyms.expand(stripDot(word), to, usedTo)) {
                usedFrom[i] = true;
            }
        }
    }

    private static boolean wordMatches(String word, String other) {
        String w = stripDot(word);
        String o = stripDot(other);
        if (w.equals(o)) {
            return true;
        }
        return word.endsWith(".") && o.startsWith(w) || other.endsWith(".") && w.startsWith(o);
    }

    private static List<String> words(String venue) {
        List<String> words = new ArrayList<>();
        for (String w : venue.split("\\s+")) {
            if (!w.isEmpty() && !w.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> content(List<String> words) {
        return words.stream().filter(w -> !NOISE.contains(stripDot(w))).toList();
    }

    static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static int count(boolean[] used) {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        return n;
    }
}
