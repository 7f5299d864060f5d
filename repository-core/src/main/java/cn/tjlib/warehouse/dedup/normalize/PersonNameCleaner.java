package cn.tjlib.warehouse.dedup.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a creator as catalogued into a {@link PersonName}: role words go (著, 编, 主编, 编著, 译, 等,
 * ed., trans., et al.), as does a bracketed nationality (（美）); "Family, Given" is inverted; otherwise
 * the last word is the family name. Names without letters ("?", "--") are no name at all.
 */
public final class PersonNameCleaner {
    private static final Pattern NATIONALITY = Pattern.compile("^[\\(\\[【〔]\\s*[^\\)\\]】〕]{1,6}\\s*[\\)\\]】〕]\\s*");
    // ICU's Traditional-Simplified turns 著 into 着, so the folded role words include both
    private static final Pattern CHINESE_ROLE = Pattern.compile(
            "[\\s\\(\\[]*(等)?(编著|编着|主编|编译|翻译|改编|校注|整理|编写|撰|著|着|编|译|绘|摄|讲|主讲)?[\\)\\]]*$");
    private static final Pattern LATIN_ROLE = Pattern.compile(
            "[\\s,]*[\\(\\[]?\\b(et al|eds|ed|editor|editors|trans|translator|comp|compiler|illus)\\b\\.?[\\)\\]]?\\s*$");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}?]+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "dr", "prof");

    /** The name, or empty when nothing name-like remains. */
    public Optional<PersonName> parse(String creator) {
        String folded = stripRoles(TextFolder.fold(creator).strip());
        if (folded.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (TextFolder.hasHan(folded)) {
            String compact = Tokens.compact(folded);
            return compact.isEmpty() ? Optional.empty() : Optional.of(new PersonName(compact, List.of()));
        }
        return latin(folded);
    }

    /** Whether a creator list was cut short by "et al." or 等, so that missing names are no evidence. */
    public boolean truncates(String creator) {
        String folded = TextFolder.fold(creator);
        return folded.contains("et al") || folded.contains("等");
    }

    private static String stripRoles(String folded) {
        String s = NATIONALITY.matcher(folded).replaceFirst("");
        if (TextFolder.hasHan(s)) {
            return CHINESE_ROLE.matcher(s).replaceFirst("");
        }
        return LATIN_ROLE.matcher(s).replaceFirst("");
    }

    private static Optional<PersonName> latin(String folded) {
        int comma = folded.indexOf(',');
        List<String> words = words(comma < 0 ? folded : folded.substring(comma + 1) + " " + folded.substring(0, comma));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String family = words.get(words.size() - 1);
        return Optional.of(new PersonName(family, words.subList(0, words.size() - 1)));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        // unlike in titles, a "?" ending a name ("barbar?") is a lost character, never a question mark
        for (String token : WORD_BREAK.split(text)) {
            String word = token.startsWith("?") ? token.replaceFirst("^\\?+", "") : token;
            if (!word.isEmpty() && (!SUFFIXES.contains(word) || words.isEmpty())) {
                words.add(word);
            }
        }
        return words;
    }
}
