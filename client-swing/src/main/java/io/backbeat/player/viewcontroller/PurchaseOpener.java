package io.backbeat.player.viewcontroller;

import io.backbeat.player.model.Song;

/** Gives the MP3 of a purchased work, decrypted in memory from the player's library (never written out in clear). */
@FunctionalInterface
public interface PurchaseOpener {

    /** The opener of a player that cannot open purchases: every purchase is refused with the reason. */
    PurchaseOpener NOT_REGISTERED = purchase -> {
        throw new CannotPlayException("“" + purchase.title() + "” is a purchase, and this player cannot open"
                + " purchases until it is registered with the store.");
    };

    /** Called off the UI thread. */
    byte[] open(Song.Purchased purchase) throws Exception;
}
