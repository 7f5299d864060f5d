package cn.tjlib.warehouse.dedup.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the volume or part a title names (ISBD 1.1.5.2, dependent title designation): 第1卷, 第二册,
 * 卷三, 上册/中册/下册, vol. 2, volume II, part 3, pt. IV, tome 2, Bd. 3. Several (vol. 2, part 1) join as "2.1".
 */
public final class VolumeDesignation implements Designation {
    private static final String CJK_NUMBER = "[0-9一二三四五六七八九十两〇零]+";
    private static final Pattern PATTERN = Pattern.compile(
            "第\\s*(" + CJK_NUMBER + ")\\s*(?:分册|卷|册|辑|部分|部|集|编)"
                    + "|卷\\s*(" + CJK_NUMBER + ")"
                    + "|([上中下])\\s*(?:册|卷|编)"
                    + "|\\b(?:vol|volume|volumes|part|pt|tome|band|bd|teil|v)\\b\\.?\\s*([0-9]{1,4}|[ivxlc]{1,6})\\b");

    @Override
    public Optional<String> find(String folded) {
        Matcher m = PATTERN.matcher(folded);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(number(m));
        }
        return numbers.isEmpty() ? Optional.empty() : Optional.of(String.join(".", numbers));
    }

    @Override
    public String remove(String folded) {
        return PATTERN.matcher(folded).replaceAll(" ");
    }

    private static String number(Matcher m) {
        if (m.group(3) != null) {
            return String.valueOf("上中下".indexOf(m.group(3)) + 1);
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
        return Numerals.normalise(n);
    }
}
