package io.backbeat.business;

import io.backbeat.platform.Refusal;
import io.backbeat.purchase.EarningsPeriod;
import io.backbeat.site.BarChart;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * business/plays.xhtml?venue=N: a venue's proof of play over a period, from {@link Plays#venue}, as a chart of plays
 * per day (per hour for a single day) and a table of every play, with the same period as the API's CSV.
 */
@Named
@ViewScoped
public class PlaysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @EJB
    transient Venues venues;

    @EJB
    transient Plays plays;

    private List<VenueView> places;
    /** The venue chosen in the form, and the one the report shows (they differ while a typed period is refused). */
    private Long venue;
    private Long shown;
    private EarningsPeriod period;
    private PlayReport report;
    private String from;
    private String to;

    @PostConstruct
    void load() {
        places = venues.list(Pages.user());
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("venue");
        venue = places.stream().map(VenueView::id).filter(id -> String.valueOf(id).equals(asked)).findFirst()
                .orElse(places.isEmpty() ? null : places.get(0).id());
        period = EarningsPeriod.of(null, null, null);
        from = period.from().toString();
        to = period.to().toString();
        if (venue != null) {
            report = plays.venue(Pages.user(), venue, period);
            shown = venue;
        }
    }

    /** Shows the chosen venue's plays in the typed period, or says what is wrong and keeps showing the last. */
    public void show() {
        try {
            EarningsPeriod asked = EarningsPeriod.of(from, to, null);
            report = plays.venue(Pages.user(), venue, asked);
            period = asked;
            shown = venue;
        } catch (Refusal refusal) {
            Pages.show(refusal, "period");
        }
    }

    /** The chart's Chart.js configuration: plays per day of the period, or per UTC hour when it is one day. */
    public String getChart() {
        boolean hourly = period.from().equals(period.to());
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (hourly) {
            for (int hour = 0; hour < 24; hour++) {
                counts.put(String.format("%02d:00", hour), 0);
            }
        } else {
            period.buckets().forEach(day -> counts.put(DAY.format(day), 0));
        }
        for (PlayReport.Entry play : report.plays()) {
            Instant start = Instant.parse(play.start());
            String bucket = hourly ? String.format("%02d:00", start.atZone(ZoneOffset.UTC).getHour())
                    : DAY.format(LocalDate.ofInstant(start, ZoneOffset.UTC));
            counts.merge(bucket, 1, Integer::sum);
        }
        return BarChart.of(Pages.text("plays.chart.series"), "#0f766e", counts.entrySet().stream()
                .map(count -> new BarChart.Bar(count.getKey(), count.getValue())).toList());
    }

    public String getChartTitle() {
        return Pages.text(period.from().equals(period.to()) ? "plays.chart.hours" : "plays.chart.days");
    }

    /** The shown period's plays as the API's CSV, named as the API names it. */
    public StreamedContent getCsv() {
        byte[] csv = plays.venueCsv(Pages.user(), shown, period).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(Plays.csvName(shown, period))
                .contentType("text/csv; charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String when(String instant) {
        return WHEN.format(Instant.parse(instant));
    }

    public String duration(long seconds) {
        return Pages.duration((int) seconds);
    }

    public List<VenueView> getVenues() {
        return places;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public PlayReport getReport() {
        return report;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
