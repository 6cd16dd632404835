package io.backbeat.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A musician's earnings, read from the ledger: each sale's split as soon as it is bought, a refund as its reversal,
 * totals per period, and the same sales as a CSV statement. Amounts are compared before and after, since other tests
 * sell the demo musician's works too.
 */
class EarningsIT extends SystemTest {

    /** A period around today, so a test that runs across midnight (UTC) still finds its sale inside it. */
    private static final Map<String, Object> AROUND_TODAY = Map.of(
            "from", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
            "to", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());

    @TempDir
    Path folder;

    @Test
    void theMusicianSeesASalesSplitRightAfterItIsBought() throws IOException {
        long work = uploadedWork(folder, "Earnings, \"Live\" Take", 330, 50);
        JsonPath before = earnings();

        soldToNewCustomer(work);

        JsonPath after = earnings();
        assertThat(after.getLong("balance")).isEqualTo(before.getLong("balance") + 40);
        assertThat(after.getLong("earned")).isEqualTo(before.getLong("earned") + 40);
        assertThat(totalOf(after)).isEqualTo(totalOf(before) + 40);
        Map<String, Object> sale = after.getMap("sales[0]");
        assertThat(sale).containsEntry("kind", "SALE").containsEntry("work", (int) work)
                .containsEntry("title", "Earnings, \"Live\" Take").containsEntry("price", 50)
                .containsEntry("artist", 40).containsEntry("distributor", 5).containsEntry("retailer", 5);
        assertThat(sale.get("reverses")).isNull();
        JsonPath entry = asAdmin().get("/admin/ledger/entries/" + sale.get("entry")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(entry.getMap("postings.collectEntries { [it.account, it.points] }"))
                .isEqualTo(Map.of("CUSTOMER", -50, "ARTIST", 40, "DISTRIBUTOR", 5, "RETAILER", 5));

        Response csv = api(MUSICIAN, MUSICIAN_PASSWORD).queryParams(AROUND_TODAY).get("/me/earnings.csv");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"backbeat-earnings-"
                        + AROUND_TODAY.get("from") + "-to-" + AROUND_TODAY.get("to") + ".csv\""));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.asString())).getRecords();
        assertThat(rows).hasSize(after.getList("sales").size());
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(last.toMap()).isEqualTo(Map.of("date", sale.get("at"), "entry", sale.get("entry").toString(),
                "kind", "SALE", "work", String.valueOf(work), "title", "Earnings, \"Live\" Take", "price", "50",
                "artist", "40", "distributor", "5", "retailer", "5", "reverses", ""));
    }

    @Test
    void aRefundShowsAsAReversalAndTheTotalsDrop() {
        long work = uploadedWork(folder, "Earnings Refund", 370, 20);
        String customer = newCustomerWithPoints();
        long licence = soldTo(customer, work);
        JsonPath sold = earnings();
        long saleEntry = sold.getLong("sales[0].entry");

        asAdmin().header("Idempotency-Key", key()).post("/admin/licences/" + licence + "/refund")
                .then().statusCode(200);

        JsonPath refunded = earnings();
        assertThat(refunded.getLong("balance")).isEqualTo(sold.getLong("balance") - 16);
        assertThat(refunded.getLong("earned")).isEqualTo(sold.getLong("earned") - 16);
        assertThat(totalOf(refunded)).isEqualTo(totalOf(sold) - 16);
        assertThat(refunded.getMap("sales[0]")).containsEntry("kind", "REVERSAL").containsEntry("work", (int) work)
                .containsEntry("title", "Earnings Refund").containsEntry("price", -20).containsEntry("artist", -16)
                .containsEntry("distributor", -2).containsEntry("retailer", -2)
                .containsEntry("reverses", (int) saleEntry);
        assertThat(refunded.getMap("sales[1]")).containsEntry("entry", (int) saleEntry).containsEntry("kind", "SALE");
        assertTheLedgerBalances();
    }

    @Test
    void aWorkBoughtAgainAfterARefundNamesItsWorkOnEverySale() {
        long work = uploadedWork(folder, "Earnings Again", 392, 10);
        String customer = newCustomerWithPoints();
        long licence = soldTo(customer, work);
        asAdmin().header("Idempotency-Key", key()).post("/admin/licences/" + licence + "/refund")
                .then().statusCode(200);

        assertThat(soldTo(customer, work)).as("the same licence, granted anew").isEqualTo(licence);

        JsonPath statement = earnings();
        assertThat(statement.getList("sales.findAll { it.work == " + work + " }.kind"))
                .containsExactly("SALE", "REVERSAL", "SALE");
        assertThat(statement.getList("sales.findAll { it.work == " + work + " }.artist"))
                .containsExactly(8, -8, 8);
    }

    @Test
    void totalsCoverEveryBucketOfThePeriod() {
        JsonPath weeks = api(MUSICIAN, MUSICIAN_PASSWORD).queryParams(Map.of("from", "2026-01-01", "to",
                "2026-03-31", "by", "week")).get("/me/earnings").then().statusCode(200).extract().jsonPath();

        assertThat(weeks.getString("by")).isEqualTo("week");
        assertThat(weeks.getList("totals.start")).hasSize(14).startsWith("2025-12-29").endsWith("2026-03-30");

        JsonPath byDefault = api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/earnings").then().statusCode(200).extract()
                .jsonPath();
        assertThat(byDefault.getString("to")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(byDefault.getList("totals")).hasSize(30);
    }

    @Test
    void onlyMusiciansSeeEarnings() {
        for (String path : List.of("/me/earnings", "/me/earnings.csv")) {
            api().get(path).then().statusCode(401);
            api(CUSTOMER, CUSTOMER_PASSWORD).get(path).then().statusCode(403);
            asAdmin().get(path).then().statusCode(403);
        }
        site().auth().preemptive().basic(CUSTOMER, CUSTOMER_PASSWORD).get("/account/earnings.xhtml").then()
                .statusCode(403);
    }

    @Test
    void aBadPeriodIsRefusedClearlyAndChangesNothing() {
        long balance = earnings().getLong("balance");
        long entries = audit().getLong("entries");

        refused(Map.of("from", "yesterday")).body("fields.from",
                equalTo("The parameter from must be a date like 2026-12-01, not \"yesterday\"."));
        refused(Map.of("to", "2026-02-30")).body("fields", hasKey("to"));
        refused(Map.of("by", "year")).body("fields.by", equalTo("Totals are by day, week or month, not \"year\"."));
        refused(Map.of("from", "2026-12-05", "to", "2026-12-01")).body("fields.from", containsString("after"));
        refused(Map.of("from", "2020-01-01", "to", "2026-01-01")).body("fields.by", containsString("by=week"));
        api(MUSICIAN, MUSICIAN_PASSWORD).queryParam("from", "1.12.2026").get("/me/earnings.csv").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("fields", hasKey("from"));

        assertThat(earnings().getLong("balance")).isEqualTo(balance);
        assertThat(audit().getLong("entries")).isEqualTo(entries);
    }

    private static ValidatableResponse refused(Map<String, ?> period) {
        return api(MUSICIAN, MUSICIAN_PASSWORD).queryParams(period).get("/me/earnings").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("/invalid-input"));
    }

    private static JsonPath earnings() {
        return api(MUSICIAN, MUSICIAN_PASSWORD).queryParams(AROUND_TODAY).get("/me/earnings").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long totalOf(JsonPath earnings) {
        return earnings.getList("totals.points", Long.class).stream().mapToLong(Long::longValue).sum();
    }
}
