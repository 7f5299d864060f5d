package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PersonName;

/**
 * Whether two names can name the same person: family names equal (or, when long, within a typo by
 * Jaro–Winkler), and at least one given name agreeing ("j" agrees with "john", "john" not with
 * "james"). Middle names come and go between catalogues ("D. Scott Mackay", "Scott Mackay"), hence
 * "at least one". The two halves may be swapped, as in "Wang Wei" and "Wei Wang".
 */
public final class PersonNameAgreement {
    private static final double FAMILY_TYPO = 0.95;
    private static final int FAMILY_TYPO_MIN_LENGTH = 6;

    private PersonNameAgreement() {
    }

    public static boolean agree(PersonName a, PersonName b) {
        return sameOrder(a, b) || swapped(a, b);
    }

    private static boolean sameOrder(PersonName a, PersonName b) {
        if (!sameFamily(a.family(), b.family())) {
            return false;
        }
        if (a.given().isEmpty() || b.given().isEmpty()) {
            return true;
        }
        for (String mine : a.given()) {
            for (String theirs : b.given()) {
                if (givenAgree(mine, theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Family names equal, or within a typo when long, whatever the given names. */
    public static boolean sameFamily(PersonName a, PersonName b) {
        return sameFamily(a.family(), b.family());
    }

    private static boolean sameFamily(String a, String b) {
        return Wildcards.equal(a, b) || Math.min(a.length(), b.length()) >= FAMILY_TYPO_MIN_LENGTH
                && JaroWinkler.similarity(a, b) >= FAMILY_TYPO;
    }

    private static boolean swapped(PersonName a, PersonName b) {
        return a.given().size() == 1 && b.given().size() == 1
                && a.given().get(0).equals(b.family()) && b.given().get(0).equals(a.family());
    }

    private static boolean givenAgree(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return a.startsWith(b) || b.startsWith(a) || Wildcards.equal(a, b);
    }
}
