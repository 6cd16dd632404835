package io.backbeat.business;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * business/dashboard.xhtml: a venue manager's venues and their zones, online or not, what each plays and what its
 * schedule expects, with a dead-air alert; skip, pause, resume and volume per zone. Polled, so a zone's state
 * follows its player's heartbeats while the page is open.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Venues venues;

    @EJB
    transient ZoneControl control;

    private List<VenueView> places;
    private final Map<Long, List<ZoneStatus>> zones = new LinkedHashMap<>();
    /** The volume each zone's slider shows: what the player last reported, until the manager moves it. */
    private final Map<Long, Integer> volumes = new HashMap<>();

    @PostConstruct
    void load() {
        places = venues.list(Pages.user());
        refresh();
    }

    /** Reads every zone's status again; the poll calls it. */
    public void refresh() {
        for (VenueView venue : places) {
            List<ZoneStatus> statuses = control.status(Pages.user(), venue.id());
            zones.put(venue.id(), statuses);
            statuses.forEach(zone -> volumes.putIfAbsent(zone.zone(), zone.reported() == null ? 100
                    : zone.reported().volume()));
        }
    }

    public void skip(ZoneStatus zone) {
        send(zone, "skip", null);
    }

    public void pause(ZoneStatus zone) {
        send(zone, "pause", null);
    }

    public void resume(ZoneStatus zone) {
        send(zone, "resume", null);
    }

    public void volume(ZoneStatus zone) {
        send(zone, "volume", volumes.get(zone.zone()));
    }

    private void send(ZoneStatus zone, String action, Integer volume) {
        try {
            control.command(Pages.user(), zone.zone(), new ZoneCommandDetails(action, volume));
            Pages.info("dashboard.sent." + action, zone.name(), volume);
        } catch (Refusal refusal) {
            Pages.show(refusal);
        }
        refresh();
    }

    public List<VenueView> getVenues() {
        return places;
    }

    public List<ZoneStatus> zones(VenueView venue) {
        return zones.get(venue.id());
    }

    public Map<Long, Integer> getVolumes() {
        return volumes;
    }

    /** What the player last said it plays: "Title – Artist", paused, or nothing. */
    /** Whether this month's fee is still unpaid: the zone plays on for its grace days, then falls silent. */
    public boolean feeDue(ZoneStatus zone) {
        return zone.paidThrough() == null
                || YearMonth.parse(zone.paidThrough()).isBefore(YearMonth.now(ZoneOffset.UTC));
    }

    public String reported(ZoneStatus zone) {
        if (zone.reported() == null) {
            return Pages.text("dashboard.never");
        }
        if (zone.reported().work() == null) {
            return Pages.text(zone.reported().paused() ? "dashboard.paused" : "dashboard.nothing");
        }
        String playing = zone.reported().title() + " \u2013 " + zone.reported().artist();
        return zone.reported().paused() ? Pages.text("dashboard.pausedOn", playing) : playing;
    }

    /** What the schedule expects now: a play, the schedule's own dead air, or closed. */
    public String expected(ZoneStatus zone) {
        NowPlaying now = zone.expected();
        return switch (now.state()) {
            case "PLAYING" -> now.play().title() + " \u2013 " + now.play().artist();
            case "DEAD_AIR" -> Pages.text("dashboard.scheduleDeadAir");
            default -> Pages.text("dashboard.closed");
        };
    }
}
