package io.backbeat.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One month of a zone paid for, once: the ledger entry that paid it (none when the fee is 0 points). */
@Entity
@Table(name = "zone_fee")
@IdClass(ZoneFee.Key.class)
public class ZoneFee {

    public record Key(long zone, String month) implements Serializable {
    }

    @Id
    @Column(name = "zone_id")
    private long zone;

    @Id
    @Column(name = "billed_month", length = 7)
    private String month;

    @Column(name = "organisation_id", nullable = false)
    private long organisation;

    @Column(name = "entry_id")
    private Long entry;

    @Column(nullable = false)
    private long points;

    protected ZoneFee() {
    }

    ZoneFee(long zone, String month, long organisation, Long entry, long points) {
        this.zone = zone;
        this.month = month;
        this.organisation = organisation;
        this.entry = entry;
        this.points = points;
    }
}
