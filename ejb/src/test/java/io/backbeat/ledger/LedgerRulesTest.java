package io.backbeat.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.ledger.Ledger.Leg;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every entry and account keeps, before any database sees them. */
class LedgerRulesTest {

    private final LedgerAccount customer = account(1, AccountKind.CUSTOMER);
    private final LedgerAccount artist = account(2, AccountKind.ARTIST);
    private final LedgerAccount retailer = account(3, AccountKind.RETAILER);

    @Test
    void aBalancedEntryOverDistinctAccountsIsAccepted() {
        Ledger.requireBalanced(List.of(new Leg(customer, -100), new Leg(artist, 80), new Leg(retailer, 20)));
    }

    @Test
    void anEntryThatDoesNotSumToZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ledger.requireBalanced(List.of(new Leg(customer, -100), new Leg(artist, 90))))
                .withMessageContaining("sum to -10");
    }

    @Test
    void oneLegZeroPointsOrTheSameAccountTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.requireBalanced(List.of(new Leg(customer, 0))));
        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.requireBalanced(
                List.of(new Leg(customer, 0), new Leg(artist, 0))));
        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.requireBalanced(
                List.of(new Leg(customer, -5), new Leg(customer, 5))));
    }

    @Test
    void aCustomerCannotSpendPointsItDoesNotHoldAndKeepsItsBalance() {
        customer.post(30);

        assertThatThrownBy(() -> customer.post(-31)).isInstanceOf(NotEnoughPointsException.class)
                .hasMessage("This needs 31 points and the account holds 30.");
        assertThat(customer.balance()).isEqualTo(30);
        customer.post(-30);
        assertThat(customer.balance()).isZero();
    }

    /**
     * The store's and artists' accounts keep no balance row to move (every sale would lock it): their balance is
     * the sum of their postings, which may go below zero (promotions given away).
     */
    @Test
    void onlyACustomersAccountKeepsABalanceToMove() {
        LedgerAccount promotions = account(4, AccountKind.PROMOTIONS);
        assertThatThrownBy(() -> promotions.post(-1_000)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a customer's account keeps a balance, not PROMOTIONS");
        assertThatThrownBy(() -> artist.post(80)).isInstanceOf(IllegalStateException.class);
        assertThat(promotions.balance()).isZero();
        assertThat(artist.balance()).isZero();
    }

    private static LedgerAccount account(long id, AccountKind kind) {
        var account = new LedgerAccount(kind, id, Instant.EPOCH);
        try {
            Field field = LedgerAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }
}
