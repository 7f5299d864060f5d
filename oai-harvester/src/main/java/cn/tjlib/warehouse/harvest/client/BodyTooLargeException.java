package cn.tjlib.warehouse.harvest.client;

import java.io.IOException;

/** A body passed the size limit while it was read; never retried, since the next attempt would be as large. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(String message) {
        super(message);
    }
}
