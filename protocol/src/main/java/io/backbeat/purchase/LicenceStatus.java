package io.backbeat.purchase;

/** A customer's licence to a work: what it cost and since when it is held; revoked when it was refunded. */
public record LicenceStatus(long id, long work, String title, String artist, int points, String grantedAt,
                            String revokedAt) {
}
