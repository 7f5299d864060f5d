package cn.tjlib.warehouse.dedup.normalize;

import java.util.Map;

/** Reads the number in a designation written with digits, Chinese numerals or Roman numerals. */
final class Numerals {
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    private static final Map<Character, Integer> ROMAN = Map.of('i', 1, 'v', 5, 'x', 10, 'l', 50, 'c', 100);

    private Numerals() {
    }

    static String normalise(String numeral) {
        String n = numeral.strip().toLowerCase(java.util.Locale.ROOT);
        if (n.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Integer.parseInt(n.length() > 6 ? n.substring(n.length() - 6) : n));
        }
        if (n.chars().allMatch(c -> ROMAN.containsKey((char) c))) {
            return String.valueOf(roman(n));
        }
        return String.valueOf(chinese(n));
    }

    private static int roman(String n) {
        int total = 0;
        for (int i = 0; i < n.length(); i++) {
            int v = ROMAN.get(n.charAt(i));
            boolean subtractive = i + 1 < n.length() && ROMAN.get(n.charAt(i + 1)) > v;
            total += subtractive ? -v : v;
        }
        return total;
    }

    /** 三 = 3, 十二 = 12, 二十 = 20, 一二 = 12 (digit by digit), 两 = 2, 〇 = 0. */
    private static int chinese(String n) {
        String s = n.replace('两', '二').replace('〇', '零');
        int ten = s.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (char c : s.toCharArray()) {
                value = value * 10 + Math.max(0, CHINESE_DIGITS.indexOf(c));
            }
            return value;
        }
        int tens = ten == 0 ? 1 : Math.max(0, CHINESE_DIGITS.indexOf(s.charAt(ten - 1)));
        int units = ten + 1 < s.length() ? Math.max(0, CHINESE_DIGITS.indexOf(s.charAt(ten + 1))) : 0;
        return tens * 10 + units;
    }
}
