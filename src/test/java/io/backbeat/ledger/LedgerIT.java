package io.backbeat.ledger;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.backbeat.SystemTest;
import org.junit.jupiter.api.Test;

/** Points move only through the double-entry ledger, and the administrators' audit proves that it balances. */
class LedgerIT extends SystemTest {

    @Test
    void theDemoCustomerStartsWithPointsGivenThroughTheLedger() {
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/me/points").then().statusCode(200)
                .body("balance", greaterThanOrEqualTo(0))
                .body("movements.kind", hasItem("PROMOTION"))
                .body("movements.find { it.kind == 'PROMOTION' }.points", equalTo(1000));
    }

    @Test
    void aCustomerWhoNeverHeldPointsHoldsNone() {
        api(MUSICIAN, MUSICIAN_PASSWORD).get("/me/points").then().statusCode(200)
                .body("balance", equalTo(0))
                .body("movements", empty());
    }

    @Test
    void theLedgerBalances() {
        asAdmin().get("/admin/ledger/audit").then().statusCode(200)
                .body("postingsSum", equalTo(0))
                .body("unbalancedEntries", empty())
                .body("mismatches", empty())
                .body("overdrawn", empty())
                .body("entries", greaterThanOrEqualTo(1))
                .body("entriesByKind.PROMOTION", greaterThanOrEqualTo(1))
                .body("accounts", greaterThanOrEqualTo(2));
    }

    @Test
    void pointsAreTheirHoldersAndTheAuditTheAdministrators() {
        api().get("/me/points").then().statusCode(401);
        asAdmin().get("/me/points").then().statusCode(403);
        api().get("/admin/ledger/audit").then().statusCode(401);
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/admin/ledger/audit").then().statusCode(403);
        api(MUSICIAN, MUSICIAN_PASSWORD).get("/admin/ledger/audit").then().statusCode(403);
        api().get("/admin/ledger/entries/1").then().statusCode(401);
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/admin/ledger/entries/1").then().statusCode(403);
        asAdmin().get("/admin/ledger/entries/999999").then().statusCode(404);
    }
}
