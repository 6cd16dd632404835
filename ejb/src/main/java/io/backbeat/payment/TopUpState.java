package io.backbeat.payment;

/** Where a card top-up stands. */
public enum TopUpState {
    /** Charged and the points granted. */
    PAID,
    /** The card holder disputed the charge: the points were taken back (what was left of them). */
    DISPUTED,
    /** The provider reported after the fact that the payment failed (a late failure): points taken back likewise. */
    FAILED
}
