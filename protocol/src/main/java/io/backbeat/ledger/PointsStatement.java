package io.backbeat.ledger;

import java.util.List;

/** A customer's points: what the account holds and its latest movements, newest first. */
public record PointsStatement(long balance, List<Movement> movements) {

    /** One entry as it touched this account: points in (positive) or out (negative). */
    public record Movement(long entry, String kind, String memo, long points, String postedAt) {
    }
}
