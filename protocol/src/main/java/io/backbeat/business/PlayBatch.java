package io.backbeat.business;

import java.util.List;
import org.bouncycastle.openpgp.PGPPublicKey;

/**
 * Consecutive records of one zone's play log, as a player uploads them (one batch, or several after an outage), and
 * the fingerprint of the player that logged them. The chain rule, which {@link #verify} checks: the records' zone is
 * the batch's, their sequence numbers follow each other from {@code sequence}, each one's {@code previous} is the
 * hash of the record before it ({@code previous} for the first), each is signed by the player's key, and each ends
 * after it starts, both to the millisecond.
 */
public record PlayBatch(String player, List<SignedPlay> plays) {

    /**
     * Checks the batch continues a chain whose next record is {@code sequence}, after a record hashed
     * {@code previous}; the exception names the first rule broken.
     */
    public void verify(PGPPublicKey key, long zone, long sequence, String previous) throws PlayLogException {
        if (plays == null || plays.isEmpty()) {
            throw new PlayLogException("play-batch-empty", "A batch holds at least one play record.");
        }
        long expectedSequence = sequence;
        String expectedPrevious = previous;
        for (SignedPlay signed : plays) {
            PlayRecord play = signed == null ? null : signed.play();
            if (play == null || play.start() == null || play.end() == null || play.previous() == null
                    || signed.signature() == null) {
                throw new PlayLogException("play-record-incomplete", "Play record " + expectedSequence + " lacks a "
                        + "field: every record has zone, work, start, end, online, sequence, previous and a "
                        + "signature.");
            }
            if (play.zone() != zone) {
                throw new PlayLogException("play-other-zone", "Play record " + play.sequence() + " is for zone "
                        + play.zone() + ", not " + zone + ".");
            }
            if (play.sequence() != expectedSequence || !play.previous().equals(expectedPrevious)) {
                throw new PlayLogException("play-chain-broken", "Play record " + play.sequence() + " does not follow "
                        + "record " + (expectedSequence - 1) + ": the log was altered, reordered or cut (expected "
                        + "sequence " + expectedSequence + " after a record hashed " + expectedPrevious + ").");
            }
            if (!signed.signedBy(key)) {
                throw new PlayLogException("play-signature-invalid", "Play record " + play.sequence() + " is not "
                        + "signed by player " + player + ", or was changed after it was signed.");
            }
            if (!play.end().isAfter(play.start())) {
                throw new PlayLogException("play-ends-before-start", "Play record " + play.sequence() + " ends at "
                        + play.end() + ", not after its start " + play.start() + ".");
            }
            if (play.start().getNano() % 1_000_000 != 0 || play.end().getNano() % 1_000_000 != 0) {
                throw new PlayLogException("play-instant-too-precise", "Play record " + play.sequence() + " gives "
                        + "its start or end finer than a millisecond, which the store cannot keep to check it again.");
            }
            expectedSequence++;
            expectedPrevious = play.hash();
        }
    }
}
