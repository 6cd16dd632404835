package io.backbeat.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An Idempotency-Key as first used: by whom, for what request, and what that request made. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey {

    public record Id(long accountId, String key) implements Serializable {
    }

    @jakarta.persistence.Id
    @Column(name = "account_id")
    private long accountId;

    @jakarta.persistence.Id
    @Column(name = "idem_key", length = 255)
    private String key;

    @Column(nullable = false, length = 500)
    private String request;

    @Column(name = "result_id")
    private Long resultId;

    @Column(nullable = false)
    private boolean created;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected IdempotencyKey() {
    }

    IdempotencyKey(long accountId, String key, String request, Instant usedAt) {
        this.accountId = accountId;
        this.key = key;
        this.request = request;
        this.usedAt = usedAt;
    }

    String key() {
        return key;
    }

    String request() {
        return request;
    }

    Long resultId() {
        return resultId;
    }

    boolean created() {
        return created;
    }

    void completed(long resultId, boolean created) {
        this.resultId = resultId;
        this.created = created;
    }
}
