package cn.tjlib.warehouse.dedup.normalize;

import java.util.regex.Pattern;

/**
 * Folds a title, takes out the statement of responsibility, volume, edition and bracketed annotations,
 * and splits off the subtitle.
 */
public final class TitleNormaliser {
    // ISBD puts the statement of responsibility after " / "; Chinese sources often leave it in the title
    // (in Latin titles " / " is more often "publish / subscribe")
    private static final Pattern RESPONSIBILITY = Pattern.compile("\\s/\\s.*$");
    // "(panel abstract)", "(extended version)", "[electronic resource]", "〔影印本〕": annotations, not title words
    private static final Pattern ANNOTATION = Pattern.compile("[\\(\\[【〔][^\\)\\]】〕]*[\\)\\]】〕]");
    private static final Pattern SUBTITLE = Pattern.compile(":|=|——|--|\\s-\\s");
    private final Designation volume = new VolumeDesignation();
    private final Designation edition = new EditionStatement();

    public NormalisedTitle normalise(String title) {
        String folded = TextFolder.fold(title);
        folded = TextFolder.hasHan(folded) ? RESPONSIBILITY.matcher(folded).replaceFirst("") : folded;
        String proper = edition.remove(volume.remove(folded));
        String unannotated = ANNOTATION.matcher(proper).replaceAll(" ");
        StringBuilder annotations = new StringBuilder();
        ANNOTATION.matcher(proper).results().forEach(m -> annotations.append(Tokens.compact(m.group())));
        String text = Tokens.compact(unannotated).isEmpty() ? proper : unannotated;
        String[] parts = SUBTITLE.split(text, 2);
        String fullKey = Tokens.compact(text);
        String mainKey = Tokens.compact(parts[0]);
        boolean subtitle = parts.length > 1 && !Tokens.compact(parts[1]).isEmpty() && !mainKey.isEmpty();
        return new NormalisedTitle(fullKey, mainKey.isEmpty() ? fullKey : mainKey, subtitle, Tokens.of(text),
                annotations.toString(), volume.find(folded).orElse(""), edition.find(folded).orElse(""));
    }

    /** The edition a separate edition field states: "2", "第2版", "2nd ed.", "修订版". */
    public String editionStatement(String statement) {
        String folded = TextFolder.fold(statement).strip();
        return edition.find(folded).or(() -> edition.find(folded + " ed.")).orElse("");
    }

    /** The volume a separate volume field states: "2", "第2卷", "vol. II". */
    public String volumeStatement(String statement) {
        String folded = TextFolder.fold(statement).strip();
        return volume.find(folded).or(() -> volume.find("vol. " + folded)).orElse("");
    }
}
