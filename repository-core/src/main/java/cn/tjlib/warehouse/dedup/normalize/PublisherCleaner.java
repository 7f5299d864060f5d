package cn.tjlib.warehouse.dedup.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reduces a publisher or venue to its distinctive words: the place before "：" (北京：科学出版社),
 * corporate suffixes (出版社, 出版公司, 有限公司, Press, Publishing, Inc., Ltd.) and a leading "the" go.
 * Returns folded words separated by single spaces (an abbreviation keeps its full stop: "j."); "科学出版社" and "科学出版社有限公司" both clean to "科学".
 */
public final class PublisherCleaner implements Cleaner {
    private static final Pattern PLACE = Pattern.compile("^[^:]{1,20}?\\s*:\\s*(?=\\S)");
    private static final List<Pattern> SUFFIXES = List.of(
            Pattern.compile("(股份有限公司|有限责任公司|有限公司|出版集团|出版公司|出版社|书局|书店|公司)$"),
            Pattern.compile("\\b(press|publishing|publishers|publisher|publications|inc|ltd|llc|co|corp|"
                    + "corporation|company|gmbh|verlag|group)\\.?$"));

    @Override
    public String clean(String value) {
        String folded = TextFolder.fold(value).strip();
        String withoutPlace = TextFolder.hasHan(folded) ? PLACE.matcher(folded).replaceFirst("") : folded;
        String text = withoutPlace.replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("\\s*\\.+", ". ")
                .replaceAll("\\s+", " ").strip();
        String previous;
        do {
            previous = text;
            for (Pattern suffix : SUFFIXES) {
                text = suffix.matcher(text).replaceFirst("").strip();
            }
        } while (!text.equals(previous) && !text.isEmpty());
        text = text.startsWith("the ") ? text.substring(4) : text;
        return text.isEmpty() ? previous : text;
    }
}
