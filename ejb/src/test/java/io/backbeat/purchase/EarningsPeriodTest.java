package io.backbeat.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.platform.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What an earnings statement covers, read from what was typed, with every mistake named by its field. */
class EarningsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3); // a Thursday

    @Test
    void nothingTypedIsTheLastThirtyDaysByDay() {
        EarningsPeriod period = EarningsPeriod.of(null, "", " ", TODAY);

        assertThat(period).isEqualTo(new EarningsPeriod(LocalDate.of(2026, 11, 4), TODAY, EarningsPeriod.Bucket.DAY));
        assertThat(period.buckets()).hasSize(30).startsWith(LocalDate.of(2026, 11, 4)).endsWith(TODAY);
        assertThat(period.start()).hasToString("2026-11-04T00:00:00Z");
        assertThat(period.end()).hasToString("2026-12-04T00:00:00Z");
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        EarningsPeriod weeks = EarningsPeriod.of(null, null, "Week", TODAY);
        assertThat(weeks.from()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(weeks.buckets()).hasSize(12).endsWith(LocalDate.of(2026, 11, 30));

        EarningsPeriod months = EarningsPeriod.of("2026-01-15", "2026-03-02", "month", TODAY);
        assertThat(months.buckets()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1));
        assertThat(months.start()).hasToString("2026-01-15T00:00:00Z");
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        assertThatThrownBy(() -> EarningsPeriod.of("yesterday", "2026-13-01", "year", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fields())
                        .containsOnlyKeys("from", "to", "by")
                        .containsEntry("from", "The parameter from must be a date like 2026-12-01, not \"yesterday\".")
                        .containsEntry("by", "Totals are by day, week or month, not \"year\"."));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> EarningsPeriod.of("2026-12-05", "2026-12-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fields())
                        .containsOnlyKeys("from"));
    }

    @Test
    void tooManyBucketsAreRefusedWithTheWayOut() {
        assertThat(EarningsPeriod.of("2025-12-03", "2026-12-03", "day", TODAY).buckets()).hasSize(366);
        assertThatThrownBy(() -> EarningsPeriod.of("2025-12-02", "2026-12-03", "day", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fields().get("by"))
                        .contains("367 days", "by=week"));
        assertThat(EarningsPeriod.of("2000-01-01", "2026-12-03", "month", TODAY).buckets()).hasSize(324);
        assertThatThrownBy(() -> EarningsPeriod.of("0001-01-01", "2026-12-03", "month", TODAY))
                .isInstanceOf(InvalidInputException.class);
    }
}
