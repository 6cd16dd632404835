package io.backbeat.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A place of an organisation's, with an address and the time zone its dayparts are read in. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String country;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    protected Venue() {
    }

    Venue(Organisation organisation, VenueDetails details) {
        this.organisation = organisation;
        describe(details);
    }

    void describe(VenueDetails details) {
        this.name = details.name().strip();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.country = details.country();
        this.timeZone = details.timeZone();
    }

    public long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    VenueView view() {
        return new VenueView(id, organisation.id(), name, street, postalCode, city, country, timeZone);
    }
}
