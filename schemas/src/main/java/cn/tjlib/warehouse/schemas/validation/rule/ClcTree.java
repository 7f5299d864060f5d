package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class numbers of 中国图书馆分类法 (5th ed.), from {@code vocab/clc-classes.txt.gz}: the main classes
 * and T's two-letter subclasses (the letter part), and every class number for hierarchy look-ups.
 */
final class ClcTree {
    private static final Pattern LETTERS = Pattern.compile("^([A-Z]+)");
    // where the main number ends: auxiliary notation (-, =, (, ", <, +, :, /) and everything after it
    private static final Pattern MAIN_NUMBER = Pattern.compile("^([A-Z]+[0-9.]*)");

    private final Set<String> letterClasses;
    private final Set<String> numbers;

    private ClcTree(Set<String> letterClasses, Set<String> numbers) {
        this.letterClasses = Set.copyOf(letterClasses);
        this.numbers = Set.copyOf(numbers);
    }

    /** Reads one class number a line; brackets ([交替类目], {停用类目}) are dropped: those numbers exist too. */
    static ClcTree parse(List<String> lines) {
        Set<String> letters = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (String line : lines) {
            String code = line.strip().replaceAll("[\\[\\]{}]", "");
            Matcher m = LETTERS.matcher(code);
            if (m.find()) {
                letters.add(m.group(1));
                numbers.add(code);
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("the CLC class file has no class numbers");
        }
        return new ClcTree(letters, numbers);
    }

    /** Whether the letters of the class number name a main class (A–Z without L, M, W, Y) or a T subclass (TB–TV). */
    boolean hasValidLetters(String classNumber) {
        Matcher m = LETTERS.matcher(classNumber.strip());
        return m.find() && letterClasses.contains(m.group(1));
    }

    /**
     * Whether the main number, or the longest prefix of it below the letter class, is a class of the
     * tree; numbers extended beyond the printed tables (依表扩展) resolve to their printed parent.
     */
    boolean resolves(String classNumber) {
        Matcher m = MAIN_NUMBER.matcher(classNumber.strip());
        if (!m.find()) {
            return false;
        }
        String number = m.group(1);
        int letters = 0;
        while (letters < number.length() && Character.isLetter(number.charAt(letters))) {
            letters++;
        }
        if (number.length() == letters) {
            return letterClasses.contains(number);
        }
        for (String n = number; n.length() > letters; n = n.substring(0, n.length() - 1)) {
            if (numbers.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
