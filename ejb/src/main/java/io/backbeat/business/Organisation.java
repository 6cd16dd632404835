package io.backbeat.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A business playing background music in its venues, managed by one account. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(String name, long managerId, Instant createdAt) {
        this.name = name;
        this.managerId = managerId;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long managerId() {
        return managerId;
    }

    OrganisationView view(String managerEmail) {
        return new OrganisationView(id, name, managerEmail);
    }
}
