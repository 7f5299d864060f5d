package cn.tjlib.warehouse.harvest.client;

import java.time.Duration;

/** Waits between attempts; tests substitute one that records the waits instead of sleeping. */
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
