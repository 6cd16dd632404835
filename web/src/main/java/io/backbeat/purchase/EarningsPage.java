package io.backbeat.purchase;

import io.backbeat.business.PlayReport;
import io.backbeat.business.Plays;
import io.backbeat.platform.Refusal;
import io.backbeat.site.BarChart;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * account/earnings.xhtml: the musician's balance, the artist's share over time as a chart, and each sale's split,
 * polled so that a sale shows up while the page is open; the same period as a CSV statement; and where the artist's
 * works played in venues' background music over the period ({@link Plays#artist}).
 */
@Named
@ViewScoped
public class EarningsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @EJB
    transient Earnings earnings;

    @EJB
    transient Plays plays;

    /** How often one work played at one venue in the period, and when last. */
    public record PlayedAt(String venue, String city, long work, String title, long plays, String last) {
    }

    private EarningsPeriod period;
    private EarningsStatement statement;
    private String from;
    private String to;
    private String by;
    private List<PlayedAt> played;

    @PostConstruct
    void load() {
        period = EarningsPeriod.of(null, null, null);
        from = period.from().toString();
        to = period.to().toString();
        by = period.by().label();
        refresh();
        readPlays();
    }

    /** Reads the statement again; the poll calls it, so sales appear as they happen. */
    public void refresh() {
        statement = earnings.statement(Pages.user(), period);
    }

    /** Shows the typed period, or says what is wrong with it and keeps showing the last one. */
    public void show() {
        try {
            period = EarningsPeriod.of(from, to, by);
            refresh();
            readPlays();
        } catch (Refusal refusal) {
            Pages.show(refusal, "period");
        }
    }

    /** Plays arrive in batches from venues' players, so they are read with the period, not polled. */
    private void readPlays() {
        var byPlace = new LinkedHashMap<List<Object>, List<PlayReport.Entry>>();
        for (PlayReport.Entry play : plays.artist(Pages.user(), period).plays()) {
            byPlace.computeIfAbsent(List.of(play.venue(), play.work()), key -> new ArrayList<>()).add(play);
        }
        played = byPlace.values().stream().map(at -> {
            PlayReport.Entry last = at.get(at.size() - 1); // the report is oldest first
            return new PlayedAt(last.venueName(), last.city(), last.work(), last.title(), at.size(), last.start());
        }).sorted(Comparator.comparingLong(PlayedAt::plays).reversed().thenComparing(PlayedAt::venue)).toList();
    }

    public List<PlayedAt> getPlayed() {
        return played;
    }

    public EarningsStatement getStatement() {
        return statement;
    }

    /** The chart's Chart.js configuration: the artist's net share per bucket, as bars. */
    public String getChart() {
        return BarChart.of(Pages.text("earnings.chart.series"), "#6366f1", statement.totals().stream()
                .map(total -> new BarChart.Bar(label(LocalDate.parse(total.start())), total.points())).toList());
    }

    /** The period's CSV statement, as the API gives it. */
    public StreamedContent getCsv() {
        byte[] csv = earnings.csv(Pages.user(), period).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(period.fileName()).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String points(long points) {
        return Pages.text("points.amount", String.format(Locale.ENGLISH, "%,d", points));
    }

    public String signed(long points) {
        return String.format(Locale.ENGLISH, "%+,d", points);
    }

    public String when(String instant) {
        return WHEN.format(Instant.parse(instant));
    }

    private String label(LocalDate start) {
        return switch (period.by()) {
            case DAY -> DAY.format(start);
            case WEEK -> Pages.text("earnings.chart.week", DAY.format(start));
            case MONTH -> MONTH.format(start);
        };
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

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
