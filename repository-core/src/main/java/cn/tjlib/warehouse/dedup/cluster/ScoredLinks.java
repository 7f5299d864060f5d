package cn.tjlib.warehouse.dedup.cluster;

import java.util.Arrays;

/** Matched pairs with their scores, in parallel arrays: a million links cost 16 MB, not a million objects. */
public final class ScoredLinks {
    private int[] left = new int[256];
    private int[] right = new int[256];
    private double[] score = new double[256];
    private int size;

    public synchronized void add(int a, int b, double s) {
        if (size == left.length) {
            left = Arrays.copyOf(left, size * 2);
            right = Arrays.copyOf(right, size * 2);
            score = Arrays.copyOf(score, size * 2);
        }
        left[size] = a;
        right[size] = b;
        score[size] = s;
        size++;
    }

    public synchronized int size() {
        return size;
    }

    int left(int k) {
        return left[k];
    }

    int right(int k) {
        return right[k];
    }

    double score(int k) {
        return score[k];
    }
}
