package io.backbeat.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A newcomer's store is not empty: on first start (no accounts yet) it gets one login per role, and
 * every start prints them. Production turns this off with backbeat.demo=false.
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
        new Login("admin@backbeat.demo", "Demo Administrator", "demo-admin", Role.ADMIN),
    };

    @EJB
    Accounts accounts;

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
        }
        var text = new StringBuilder("Demo logins (e-mail / password):");
        for (Login login : LOGINS) {
            if (accounts.find(login.email()).isPresent()) {
                text.append(String.format("%n    %-9s %s / %s", login.headline(), login.email(), login.password()));
            }
        }
        LOG.info(text::toString);
    }
}
