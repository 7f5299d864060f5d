package cn.tjlib.warehouse.dedup.blocking;

import java.util.Arrays;

/** A growable list of ints without boxing: blocks of a million records stay small. */
final class IntBag {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int k) {
        return values[k];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }
}
