package io.backbeat.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * The accounts boundary: registration and look-up. Login itself is the container's (Elytron jdbc-realm).
 * Sign-up is open to anyone, so the bean is too; the web layer decides who sees what.
 */
@Stateless
@PermitAll
public class Accounts {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public Account register(String email, String displayName, String password, Role... extraRoles) {
        if (find(email).isPresent()) {
            throw new EmailTakenException(Account.normalise(email));
        }
        var account = new Account(email, displayName, PasswordHashing.hash(password), clock.instant());
        Arrays.stream(extraRoles).forEach(account::grant);
        em.persist(account);
        return account;
    }

    public Optional<Account> find(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
