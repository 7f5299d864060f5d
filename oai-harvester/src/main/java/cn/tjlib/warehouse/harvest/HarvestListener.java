package cn.tjlib.warehouse.harvest;

/** Hears about a harvest as it goes; called on the harvesting thread, so keep it quick. Exceptions it throws are logged and ignored. */
public interface HarvestListener {
    /** Listens to nothing. */
    HarvestListener NONE = new HarvestListener() {
    };

    /** A page was stored with its checkpoint. */
    default void pageHarvested(HarvestProgress progress) {
    }

    /** The run ended, in whatever state. */
    default void finished(HarvestReport report) {
    }
}
