package cn.tjlib.warehouse.harvest;

import java.util.function.BooleanSupplier;

/**
 * What to harvest and who is watching: {@code full} ignores earlier harvests (otherwise only records
 * changed since the last successful one are asked for); {@code cancelRequested} is polled between pages.
 */
public record HarvestRequest(boolean full, HarvestListener listener, BooleanSupplier cancelRequested) {
    public HarvestRequest {
        listener = listener == null ? HarvestListener.NONE : listener;
        cancelRequested = cancelRequested == null ? () -> false : cancelRequested;
    }

    /** Records changed since the last successful harvest (everything, when there was none). */
    public static HarvestRequest incremental() {
        return new HarvestRequest(false, null, null);
    }

    /** Every record the source has. */
    public static HarvestRequest fullHarvest() {
        return new HarvestRequest(true, null, null);
    }

    /** This request, reporting to {@code l}. */
    public HarvestRequest withListener(HarvestListener l) {
        return new HarvestRequest(full, l, cancelRequested);
    }

    /** This request, cancelled at the next page boundary once {@code cancelled} turns true. */
    public HarvestRequest cancelledWhen(BooleanSupplier cancelled) {
        return new HarvestRequest(full, listener, cancelled);
    }
}
