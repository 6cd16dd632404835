package io.backbeat.account;

import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The accounts boundary: sign-up, profiles and look-up. Login itself is the container's (Elytron jdbc-realm).
 * Sign-up is open to anyone, so the bean is too; the web layer decides who may change which account.
 */
@Stateless
@PermitAll
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<CustomerRegistered> customers;

    @Inject
    AccountIds ids;

    @Inject
    Event<AccountIds.Read> idsRead;

    private final Clock clock = Clock.systemUTC();

    /**
     * Opens an account. Sign-ups pass no roles and become customers; staff accounts (the demo administrator)
     * name theirs, because an administrator is not a customer and holds no points.
     */
    public Account register(AccountDetails details, String password, Role... roles) {
        InvalidInputException.requireValid(validator, details);
        PasswordRules.check(password, details.email());
        if (find(details.email()).isPresent()) {
            throw new EmailTakenException(Account.normalise(details.email()));
        }
        var account = new Account(details, PasswordHashing.hash(password), clock.instant(),
                roles.length == 0 ? EnumSet.of(Role.CUSTOMER) : EnumSet.copyOf(Arrays.asList(roles)));
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Two sign-ups with one address at the same moment: the unique constraint decides, and says so.
            throw new EmailTakenException(account.email());
        }
        if (account.roles().contains(Role.CUSTOMER)) {
            customers.fire(new CustomerRegistered(account.id()));
        }
        return account;
    }

    public Account describe(String email, AccountDetails details) {
        Account account = require(email);
        InvalidInputException.requireValid(validator,
                new AccountDetails(account.email(), details.name(), details.street(), details.postalCode(),
                        details.city(), details.country(), details.phone()));
        account.describe(details);
        return account;
    }

    public Account require(String email) {
        return find(email).orElseThrow(() -> new IllegalStateException("No account for " + email));
    }

    /**
     * The id of the account with this address (a signed-in caller's, so it exists): read once, then known (see
     * {@link AccountIds}).
     */
    public long idOf(String email) {
        String normalised = Account.normalise(email);
        return ids.of(normalised).orElseGet(() -> {
            long id = require(normalised).id();
            idsRead.fire(new AccountIds.Read(normalised, id));
            return id;
        });
    }

    public Optional<Account> find(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultList().stream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
