package io.backbeat.business;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A part of a venue with its own music, its schedule, and the registered player that plays it (if bound yet). */
@Entity
@Table(name = "venue_zone")
public class Zone {

    /** A daypart as stored: weekdays as bits, Monday 1 to Sunday 64. */
    @Embeddable
    public static class StoredDaypart {

        @Column(nullable = false)
        private int weekdays;

        @Column(name = "start_time", nullable = false)
        private LocalTime start;

        @Column(name = "end_time", nullable = false)
        private LocalTime end;

        @Column(name = "programme_id", nullable = false)
        private long programme;

        protected StoredDaypart() {
        }

        StoredDaypart(Daypart daypart) {
            daypart.days().forEach(day -> weekdays |= 1 << (day.getValue() - 1));
            start = daypart.start();
            end = daypart.end();
            programme = daypart.programme();
        }

        Daypart value() {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if ((weekdays & 1 << (day.getValue() - 1)) != 0) {
                    days.add(day);
                }
            }
            return new Daypart(days, start, end, programme);
        }
    }

    /** Special days as stored. */
    @Embeddable
    public static class StoredException {

        @Column(name = "first_day", nullable = false)
        private LocalDate first;

        @Column(name = "last_day", nullable = false)
        private LocalDate last;

        @Column(name = "programme_id")
        private Long programme;

        protected StoredException() {
        }

        StoredException(DateException exception) {
            first = exception.first();
            last = exception.last();
            programme = exception.programme();
        }

        DateException value() {
            return new DateException(first, last, programme);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "player_id")
    private Long player;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "daypart", joinColumns = @JoinColumn(name = "zone_id"))
    @OrderColumn(name = "ordinal")
    private List<StoredDaypart> dayparts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "date_exception", joinColumns = @JoinColumn(name = "zone_id"))
    @OrderColumn(name = "ordinal")
    private List<StoredException> exceptions = new ArrayList<>();

    protected Zone() {
    }

    Zone(Venue venue, String name, Long player, Instant createdAt) {
        this.venue = venue;
        this.name = name;
        this.player = player;
        this.createdAt = createdAt;
    }

    /**
     * The name of the zone's live stream among the server's broadcasts ({@code GET /stream/zone/{id}}), by which a
     * change that withdraws its listeners' right ends it.
     */
    public static String stream(long id) {
        return "zone/" + id;
    }

    void describe(String name, Long player) {
        this.name = name;
        this.player = player;
    }

    /** Replaces the schedule, already checked for conflicts ({@link ZoneSchedule#conflicts}). */
    void schedule(List<Daypart> dayparts, List<DateException> exceptions) {
        this.dayparts.clear();
        dayparts.forEach(daypart -> this.dayparts.add(new StoredDaypart(daypart)));
        this.exceptions.clear();
        exceptions.forEach(exception -> this.exceptions.add(new StoredException(exception)));
    }

    public ZoneSchedule schedule() {
        return new ZoneSchedule(venue.timeZone(), dayparts.stream().map(StoredDaypart::value).toList(),
                exceptions.stream().map(StoredException::value).toList());
    }

    public long id() {
        return id;
    }

    public Venue venue() {
        return venue;
    }

    public String name() {
        return name;
    }

    public Long player() {
        return player;
    }

    ZoneView view(String paidThrough) {
        return new ZoneView(id, venue.id(), name, player, player == null ? "UNBOUND" : "BOUND", paidThrough);
    }
}
