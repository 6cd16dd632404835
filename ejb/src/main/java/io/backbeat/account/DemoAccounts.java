package io.backbeat.account;

import io.backbeat.ledger.AccountKind;
import io.backbeat.ledger.EntryKind;
import io.backbeat.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A newcomer's store is not empty: on first start (no accounts yet) it gets one login per role, the customer with
 * points to spend (given through the ledger like any points), and every start prints them. The venue manager's
 * organisation is {@code business.DemoOrganisation}'s. Production turns this off with backbeat.demo=false.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record Login(String email, String name, String password, Role... roles) {
        Role headline() {
            return roles[roles.length - 1];
        }
    }

    private static final Login[] LOGINS = {
        new Login("customer@backbeat.demo", "Demo Customer", "demo-customer", Role.CUSTOMER),
        new Login("musician@backbeat.demo", "Demo Musician", "demo-musician", Role.CUSTOMER, Role.MUSICIAN),
        new Login("enterprise@backbeat.demo", "Demo Venue Manager", "demo-enterprise", Role.CUSTOMER,
                Role.ENTERPRISE),
        new Login("admin@backbeat.demo", "Demo Administrator", "demo-admin", Role.ADMIN),
    };

    static final long CUSTOMER_POINTS = 1_000;

    @EJB
    Accounts accounts;

    @EJB
    Ledger ledger;

    @Inject
    @ConfigProperty(name = "backbeat.demo", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (accounts.count() == 0) {
            for (Login login : LOGINS) {
                accounts.register(AccountDetails.minimal(login.email(), login.name()), login.password(),
                        login.roles());
            }
            long customer = accounts.require(LOGINS[0].email()).id();
            ledger.post(EntryKind.PROMOTION, "Welcome points for the demo customer", List.of(
                    new Ledger.Leg(ledger.account(AccountKind.PROMOTIONS, AccountKind.HOUSE), -CUSTOMER_POINTS),
                    new Ledger.Leg(ledger.account(AccountKind.CUSTOMER, customer), CUSTOMER_POINTS)));
        }
        var text = new StringBuilder("Demo logins (e-mail / password):");
        for (Login login : LOGINS) {
            accounts.find(login.email()).ifPresent(account -> {
                text.append(String.format("%n    %-10s %s / %s", login.headline(), login.email(), login.password()));
                if (login.headline() == Role.CUSTOMER) {
                    text.append(String.format("  (%,d points)", ledger.balance(AccountKind.CUSTOMER, account.id())));
                }
            });
        }
        LOG.info(text::toString);
    }
}
