package io.backbeat.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "account")
// The roles come in the same statement: read on their own, they cost every signed-in request a second select.
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.email = :email")
public class Account {

    static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String country;

    @Column(length = 30)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(AccountDetails details, String passwordHash, Instant createdAt, Set<Role> roles) {
        this.email = normalise(details.email());
        describe(details);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
        this.roles.addAll(roles);
    }

    /** E-mail addresses compare case-insensitively; the realm's query lowers what the user typed too. */
    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Takes the new details; the e-mail is the login name and stays as it is. */
    void describe(AccountDetails details) {
        this.displayName = details.name();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.country = details.country();
        this.phone = details.phone();
    }

    public AccountDetails details() {
        return new AccountDetails(email, displayName, street, postalCode, city, country, phone);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
