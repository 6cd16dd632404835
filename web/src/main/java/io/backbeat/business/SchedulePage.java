package io.backbeat.business;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * business/schedule.xhtml?zone=N: a zone's week as a weekday × hour grid of its programmes, and its dayparts as rows
 * to edit, and its special days to add and remove, each change saved whole through {@link Schedules#plan} (the other
 * part kept as saved), with the dead air it warns of.
 */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();

    /** One daypart as its row of the editor. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private List<String> days = new ArrayList<>();
        private String start = "09:00";
        private String end = "17:00";
        private Long programme;

        public List<String> getDays() {
            return days;
        }

        public void setDays(List<String> days) {
            this.days = days;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public Long getProgramme() {
            return programme;
        }

        public void setProgramme(Long programme) {
            this.programme = programme;
        }
    }

    @EJB
    transient Zones zones;

    @EJB
    transient Schedules schedules;

    @EJB
    transient Programmes programmes;

    private ZoneView zone;
    private ScheduleView schedule;
    private List<ProgrammeView> choices;
    private final List<Row> rows = new ArrayList<>();
    private String specialFirst;
    private String specialLast;
    private Long specialProgramme;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("zone");
        try {
            zone = zones.get(Pages.user(), Long.parseLong(id == null ? "" : id));
            choices = programmes.list(Pages.user());
            show(schedules.schedule(Pages.user(), zone.id()));
        } catch (NumberFormatException | Refusal notThere) {
            zone = null;
        }
    }

    public void add() {
        var row = new Row();
        row.setProgramme(choices.isEmpty() ? null : choices.get(0).id());
        rows.add(row);
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Saves the rows as the zone's dayparts; a refusal names what is wrong and changes nothing. */
    public void save() {
        var dayparts = rows.stream().map(row -> new ScheduleView.Daypart(row.getDays(), row.getStart(), row.getEnd(),
                row.getProgramme() == null ? 0 : row.getProgramme())).toList();
        plan(new ScheduleDetails(dayparts, schedule.exceptions()), "schedule.saved");
    }

    /** Adds the typed special days (a blank last day: one day) to the saved ones, the dayparts kept as saved. */
    public void addSpecialDay() {
        var exceptions = new ArrayList<>(schedule.exceptions());
        exceptions.add(new ScheduleView.DateException(specialFirst, specialLast == null || specialLast.isBlank()
                ? null : specialLast, specialProgramme));
        if (plan(new ScheduleDetails(schedule.dayparts(), exceptions), "schedule.special.added")) {
            specialFirst = null;
            specialLast = null;
        }
    }

    public void removeSpecialDay(ScheduleView.DateException exception) {
        var exceptions = new ArrayList<>(schedule.exceptions());
        exceptions.remove(exception);
        plan(new ScheduleDetails(schedule.dayparts(), exceptions), "schedule.special.added");
    }

    /** Saves the schedule whole and says so, or shows the refusal and changes nothing; whether it was saved. */
    private boolean plan(ScheduleDetails details, String saved) {
        try {
            show(schedules.plan(Pages.user(), zone.id(), details));
            Pages.info(saved, zone.name());
            return true;
        } catch (Refusal refusal) {
            Pages.show(refusal);
            return false;
        }
    }

    /** The name of the programme a special day plays, or silence. */
    public String plays(ScheduleView.DateException exception) {
        return exception.programme() == null ? Pages.text("schedule.special.silence")
                : choices.stream().filter(p -> p.id() == exception.programme()).map(ProgrammeView::name)
                .findFirst().orElse("?");
    }

    private void show(ScheduleView view) {
        schedule = view;
        rows.clear();
        for (ScheduleView.Daypart daypart : view.dayparts()) {
            var row = new Row();
            row.setDays(new ArrayList<>(daypart.days()));
            row.setStart(daypart.start());
            row.setEnd(daypart.end());
            row.setProgramme(daypart.programme());
            rows.add(row);
        }
    }

    public ZoneView getZone() {
        return zone;
    }

    public ScheduleView getSchedule() {
        return schedule;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ProgrammeView> getProgrammes() {
        return choices;
    }

    public String getSpecialFirst() {
        return specialFirst;
    }

    public void setSpecialFirst(String specialFirst) {
        this.specialFirst = specialFirst;
    }

    public String getSpecialLast() {
        return specialLast;
    }

    public void setSpecialLast(String specialLast) {
        this.specialLast = specialLast;
    }

    public Long getSpecialProgramme() {
        return specialProgramme;
    }

    public void setSpecialProgramme(Long specialProgramme) {
        this.specialProgramme = specialProgramme;
    }

    public List<String> getDays() {
        return DAYS;
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    /** The programme the saved schedule plays on {@code day} from {@code hour}:00 (its name), or empty. */
    public String cell(String day, int hour) {
        Map<Long, String> names = choices.stream().collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name));
        return schedule.dayparts().stream().filter(daypart -> covers(daypart, DayOfWeek.valueOf(day), hour))
                .map(daypart -> names.getOrDefault(daypart.programme(), "?")).findFirst().orElse("");
    }

    /** The position of the programme among the organisation's (for its colour in the grid), or -1. */
    public int shade(String day, int hour) {
        String name = cell(day, hour);
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).name().equals(name)).findFirst()
                .orElse(-1) % 6;
    }

    /** Whether the daypart sounds during the hour: on one of its days, or past midnight on the day after. */
    private static boolean covers(ScheduleView.Daypart daypart, DayOfWeek day, int hour) {
        int start = minutes(daypart.start());
        int end = minutes(daypart.end());
        int from = hour * 60;
        int to = from + 60;
        boolean today = daypart.days().contains(day.name());
        boolean yesterday = daypart.days().contains(day.minus(1).name());
        if (start < end) {
            return today && from < end && to > start;
        }
        // An end at or before the start crosses midnight (equal: round the clock, start to start).
        return today && to > start || yesterday && from < end;
    }

    private static int minutes(String time) {
        LocalTime at = LocalTime.parse(time);
        return at.getHour() * 60 + at.getMinute();
    }
}
